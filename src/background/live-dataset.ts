// The dataset the worker serves: the bundled one, read from the package, plus the segments of imported
// articles compiled so far (import-compiler.ts), each read through a packed reader from IndexedDB and
// combined by core/dataset/composite-reader.ts. Nothing here compiles: a message is answered from what is
// stored, at once, while any pending articles are compiled in steps. Whatever goes wrong with the
// imports (a database left by a newer version, storage that cannot be read), the bundled names are
// served and the imports are reported unavailable.
import { compositeReader } from '../core/dataset/composite-reader';
import { packDataset } from '../core/dataset/packed-dataset';
import { checkHead, createPackedReader, type DatasetReader } from '../core/dataset/packed-reader';
import type { Dataset } from '../core/dataset/types';
import type { SearchResults } from '../core/protocol';
import { createDatasetSearch, type DatasetSearch } from '../core/query/search';
import { memorySource } from '../core/query/search-index-source';
import { buildSearchIndex } from '../core/query/search-index-write';
import type { ImportStore, SegmentRecord } from './import-store';
import type { SearchIndexLoader } from './search-index-loader';
import { storageProblem } from './storage-errors';

export interface LiveDataset {
  reader: DatasetReader;
  /** Answers once the search index is there (see search-index-loader.ts). */
  search: {
    search(query: string, limit?: number): Promise<SearchResults>;
    /**
     * Opens the index ahead of the first search (the popup asks when it opens), when one of this very
     * dataset is stored: never the seconds of updating one from the whole dataset, which would hold
     * up every card while imports compile.
     */
    warm(): void;
    /** Loads the index, updating and storing it if need be (the import compiler, once it is done). */
    prepare(): Promise<void>;
  };
  /** Imported articles included in this dataset. */
  imported: number;
  /** Imported articles stored and not compiled yet: while there are any, searches do not update the index. */
  compiling: number;
  /** Set when imported articles cannot be served (unreadable, or not compiled): the bundled data still is. */
  importError?: string;
}

export interface LiveDatasetDeps {
  loadBundled(): Promise<DatasetReader>;
  store: ImportStore;
  /** Where the search index comes from; without it the index is built on the first search. */
  loadSearchIndex?: SearchIndexLoader;
  /**
   * Whether the import compiler is at work in this worker. Articles left pending by a run that failed
   * (storage full) do not keep searches on an old index: only a compile that will end does.
   */
  compilerBusy?: () => boolean;
  /** Why the import compiler's last run stopped short, if it did (import-compiler.ts). */
  compileFailure?: () => unknown;
}

export function serve(
  reader: DatasetReader,
  imported: number,
  importError?: string,
  loadSearchIndex?: SearchIndexLoader,
  compiling = 0,
  compilerBusy: () => boolean = () => true,
): LiveDataset {
  // The search index is opened on the first search (or when the popup opens): its head only, then the
  // shards each search needs. A page that only needs marks and cards never reads it.
  let search: Promise<DatasetSearch> | null = null;
  /** A warm-up's open in flight: a search meanwhile waits for it before loading the whole way. */
  let opening: Promise<DatasetSearch | null> | null = null;
  const fullLoad = (): Promise<DatasetSearch> => {
    if (search) return search;
    const loading = loadSearchIndex
      ? loadSearchIndex.load(reader, imported).then((loaded) => loaded.search)
      : reader
          .all()
          .then(async (dataset) => createDatasetSearch(memorySource(buildSearchIndex(dataset)), reader));
    search = loading;
    // A failure is retried by the next search, not cached.
    loading.catch(() => {
      if (search === loading) search = null;
    });
    return loading;
  };
  /**
   * While imports compile, each step is a new dataset, and updating the index from the whole of each
   * (seconds at 10,000 articles) held every search for seconds: searches meanwhile use the index made
   * before, with this dataset's cards; the compiler brings the index up to date once it is done.
   */
  let interim: Promise<DatasetSearch | null> | null = null;
  const interimSearch = () => {
    if (compiling === 0 || !loadSearchIndex || !compilerBusy()) return null;
    interim ??= loadSearchIndex.interim(reader).then(
      (found) => found && fallingBack(found, fullLoad),
      () => null,
    );
    return interim;
  };
  const lazySearch = async (): Promise<DatasetSearch> =>
    search ?? (opening && (await opening)) ?? (await interimSearch()) ?? fullLoad();
  const warm = () => {
    if (search || opening || !loadSearchIndex) return;
    opening = loadSearchIndex.open(reader, imported).then(
      (opened) => {
        if (opened && !search) search = Promise.resolve(opened.search);
        return opened?.search ?? null;
      },
      () => null, // the first search tries again, the whole way
    );
  };
  return {
    reader,
    search: {
      search: async (query, limit) => (await lazySearch()).search(query, limit),
      warm,
      prepare: async () => void (await fullLoad()),
    },
    imported,
    compiling,
    ...(importError ? { importError } : {}),
  };
}

/** `first`, or where it fails (a shard of the older index unreadable), the search `rest` loads. */
function fallingBack(first: DatasetSearch, rest: () => Promise<DatasetSearch>): DatasetSearch {
  return {
    async search(query, limit) {
      try {
        return await first.search(query, limit);
      } catch {
        return (await rest()).search(query, limit);
      }
    },
  };
}

/** A reader over a dataset held in memory, packed the way the package and the store hold it. */
export function readerOf(dataset: Dataset): DatasetReader {
  const { head, shards } = packDataset(dataset);
  return createPackedReader(head, async (name) => shards.get(name));
}

interface Imports {
  segments: SegmentRecord[];
  /** Stored articles in no segment yet. */
  pending: number;
  /** Why the stored imports cannot be read at all; the bundled data is served alone. */
  unavailable?: string;
}

async function readImports(store: ImportStore): Promise<Imports> {
  try {
    const [segments, state] = await Promise.all([store.segments(), store.state()]);
    const inSegments = segments.reduce((n, s) => n + s.count, 0);
    return { segments, pending: Math.max(0, state.count - inSegments) };
  } catch (error) {
    return {
      segments: [],
      pending: 0,
      unavailable: `Imported articles are unavailable: ${storageProblem(error)}`,
    };
  }
}

function segmentReader(
  store: ImportStore,
  segment: SegmentRecord & { head: NonNullable<SegmentRecord['head']> },
) {
  return createPackedReader(checkHead(segment.head), (name) => store.readSegmentShard(segment.id, name));
}

/**
 * Articles stored but not compiled, with no compile at work because the last one failed (storage full,
 * say): the reader is told why, instead of reading that they are still being compiled.
 */
function stalledCompile(deps: LiveDatasetDeps, imports: Imports): string | undefined {
  if (imports.pending === 0 || deps.compilerBusy?.()) return undefined;
  const failure = deps.compileFailure?.();
  if (failure === undefined) return undefined;
  const articles = imports.pending === 1 ? 'article' : 'articles';
  return `${imports.pending.toLocaleString('en')} imported ${articles} could not be compiled yet: ${storageProblem(failure)}. Free disk space or delete imported articles, and they are compiled`;
}

function errorOf(imports: Imports): string | undefined {
  if (imports.unavailable) return imports.unavailable;
  const failed = imports.segments.filter((s) => s.error);
  if (failed.length === 0) return undefined;
  const count = failed.reduce((n, s) => n + s.count, 0);
  return `${count.toLocaleString('en')} imported articles could not be compiled: ${failed[0]?.error ?? ''}`;
}

async function load(deps: LiveDatasetDeps, imports: Imports, stalled?: string): Promise<LiveDataset> {
  const bundled = await deps.loadBundled();
  const parts: DatasetReader[] = [];
  let imported = 0;
  for (const segment of imports.segments) {
    const { head } = segment;
    if (!head) continue;
    try {
      parts.push(segmentReader(deps.store, { ...segment, head }));
      imported += segment.count;
    } catch {
      // A head this code cannot read (written by another version): its articles are counted as not served.
    }
  }
  const reader = parts.length ? compositeReader([bundled, ...parts]) : bundled;
  const importError = errorOf(imports) ?? stalled;
  return serve(reader, imported, importError, deps.loadSearchIndex, imports.pending, deps.compilerBusy);
}

/** getDataset() for the handlers: reads the stored segments on every call, so a change is never missed. */
export function createLiveDataset(deps: LiveDatasetDeps): () => Promise<LiveDataset> {
  let current: { key: string; loading: Promise<LiveDataset> } | null = null;
  return async () => {
    const imports = await readImports(deps.store);
    const stalled = stalledCompile(deps, imports);
    const key = `${imports.segments.map((s) => s.id).join(',')}|${imports.pending}|${imports.unavailable ?? ''}|${stalled ?? ''}`;
    if (current?.key === key) return current.loading;
    const loading = load(deps, imports, stalled);
    current = { key, loading };
    // A failure (the bundled file unreadable) is retried by the next message, not cached.
    loading.catch(() => {
      if (current?.loading === loading) current = null;
    });
    return loading;
  };
}
