// The dataset the worker serves: the bundled one alone, or bundled plus imported articles compiled
// together. Either way it is read through a packed reader (core/dataset/packed-reader.ts): the head on
// wake, a shard per card. The compiled dataset with imports is kept packed in IndexedDB under the
// revision it was made from, so a restarted worker reads its head and nothing else until a card asks.
import type { Override } from '../core/dataset/overrides';
import { packDataset } from '../core/dataset/packed-dataset';
import { checkHead, createPackedReader, type DatasetReader } from '../core/dataset/packed-reader';
import type { Dataset } from '../core/dataset/types';
import { validateDataset } from '../core/dataset/validate-dataset';
import { compileWithImports } from '../core/imports/compile-with-imports';
import type { SearchResults } from '../core/protocol';
import { createDatasetSearch, type DatasetSearch } from '../core/query/search';
import { memorySource } from '../core/query/search-index-source';
import { buildSearchIndex } from '../core/query/search-index-write';
import type { ImportStore } from './import-store';
import type { SearchIndexLoader } from './search-index-loader';

export interface LiveDataset {
  reader: DatasetReader;
  /** Answers once the search index is there (see search-index-loader.ts). */
  search: {
    search(query: string, limit?: number): Promise<SearchResults>;
    /** Starts loading the index ahead of the first search (the popup asks when it opens). */
    warm(): void;
  };
  /** Imported articles included in this dataset. */
  imported: number;
  /** Set when the imported articles could not be compiled and only the bundled data is served. */
  importError?: string;
}

export interface LiveDatasetDeps {
  loadBundled(): Promise<DatasetReader>;
  /** The corrections the build applied, applied again when imports are compiled in. */
  loadOverrides(): Promise<Override[]>;
  store: ImportStore;
  /** Where the search index comes from; without it the index is built on the first search. */
  loadSearchIndex?: SearchIndexLoader;
}

export function serve(
  reader: DatasetReader,
  imported: number,
  importError?: string,
  loadSearchIndex?: SearchIndexLoader,
): LiveDataset {
  // The search index is opened on the first search (or when the popup opens): its head only, then the
  // shards each search needs. A page that only needs marks and cards never reads it.
  let search: Promise<DatasetSearch> | null = null;
  const lazySearch = (): Promise<DatasetSearch> => {
    if (search) return search;
    const loading = loadSearchIndex
      ? loadSearchIndex(reader, imported).then((loaded) => loaded.search)
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
  return {
    reader,
    search: {
      search: async (query, limit) => (await lazySearch()).search(query, limit),
      warm: () => void lazySearch().catch(() => undefined),
    },
    imported,
    ...(importError ? { importError } : {}),
  };
}

/** A reader over a dataset held in memory, packed the way the package and the cache hold it. */
export function readerOf(dataset: Dataset): DatasetReader {
  const { head, shards } = packDataset(dataset);
  return createPackedReader(head, async (name) => shards.get(name));
}

async function compiled(
  deps: LiveDatasetDeps,
  bundled: DatasetReader,
  revision: number,
): Promise<DatasetReader> {
  const bundledVersion = bundled.head.version;
  const cache = await deps.store.readCache().catch(() => undefined);
  if (cache && cache.revision === revision && cache.bundledVersion === bundledVersion) {
    try {
      return createPackedReader(checkHead(cache.head), (name) => deps.store.readCacheShard(name));
    } catch {
      // A damaged or older cache is only a lost shortcut: compile again below.
    }
  }
  const dataset = compileWithImports(
    await bundled.all(),
    await deps.store.list(),
    await deps.loadOverrides(),
  );
  // Validated once, here, before it is stored: later wakes check only the head and each shard's version.
  validateDataset(dataset);
  const { head, shards } = packDataset(dataset);
  await deps.store.writeCache({ revision, bundledVersion, head }, shards).catch(() => undefined);
  return createPackedReader(head, async (name) => shards.get(name));
}

async function load(deps: LiveDatasetDeps, revision: number, count: number): Promise<LiveDataset> {
  const bundled = await deps.loadBundled();
  const index = deps.loadSearchIndex;
  if (count === 0) return serve(bundled, 0, undefined, index);
  try {
    return serve(await compiled(deps, bundled, revision), count, undefined, index);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return serve(bundled, 0, `imported articles could not be compiled: ${message}`, index);
  }
}

/** getDataset() for the handlers: reads the imported revision on every call, so a change is never missed. */
export function createLiveDataset(deps: LiveDatasetDeps): () => Promise<LiveDataset> {
  let current: { revision: number; loading: Promise<LiveDataset> } | null = null;
  return async () => {
    const state = await deps.store.state();
    if (current?.revision === state.revision) return current.loading;
    const loading = load(deps, state.revision, state.count);
    current = { revision: state.revision, loading };
    // A failure (the bundled file unreadable) is retried by the next message, not cached.
    loading.catch(() => {
      if (current?.loading === loading) current = null;
    });
    return loading;
  };
}
