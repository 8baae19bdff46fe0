// Where the worker's search index comes from: opened, not built, whenever it can be. Opening reads
// the head only (the vocabulary and a few numbers per document); shards are read as searches need them.
//   - bundled articles only: the index made at build time (package files under search/);
//   - with imports: the one stored in IndexedDB for this very dataset, or else the stored one (or the
//     bundled one) brought up to date with only the documents that changed, then stored;
//   - built from scratch only when nothing stored is readable.
import type { DatasetReader } from '../core/dataset/packed-reader';
import { createDatasetSearch, type DatasetSearch, type SearchIndexSource } from '../core/query/search';
import {
  docFile,
  postingFile,
  readDocShard,
  readHead,
  readKeys,
  readPostingShard,
  SearchIndexError,
  searchHeadFile,
  searchKeysFile,
} from '../core/query/search-index-file';
import { docShardOf, type PackedSearchIndex, type SearchIndexHead } from '../core/query/search-index-format';
import { memorySource, shardSource } from '../core/query/search-index-source';
import { type BaseIndex, buildSearchIndex, updateSearchIndex } from '../core/query/search-index-write';
import type { SearchIndexStore } from './search-index-db';

export interface SearchIndexSources {
  /** A package file of the bundled index, parsed; throws when it cannot be read. */
  readBundled(file: string): Promise<unknown>;
  store: SearchIndexStore;
}

export type SearchIndexOrigin = 'bundled' | 'stored' | 'updated' | 'built';

export interface LoadedSearch {
  search: DatasetSearch;
  origin: SearchIndexOrigin;
}

/** What live-dataset.ts calls for the search of the dataset it serves. */
export interface SearchIndexLoader {
  /** The stored or bundled index of this very dataset, or null: opening reads its head, never the dataset. */
  open(reader: DatasetReader, imported: number): Promise<LoadedSearch | null>;
  /** That index, or else one updated or built from the whole dataset (seconds at 10,000 articles) and stored. */
  load(reader: DatasetReader, imported: number): Promise<LoadedSearch>;
  /**
   * A search over the index stored last (or the bundled one), whatever dataset it was made for, with
   * this dataset's cards: for while imports compile, when the dataset changes every step. Null when
   * there is none. Its head is read once, until load() stores a newer index.
   */
  interim(reader: DatasetReader): Promise<DatasetSearch | null>;
}

export function searchIndexLoader(sources: SearchIndexSources): SearchIndexLoader {
  let last: Promise<Opened | null> | null = null;
  return {
    open: (reader, imported) => openDatasetSearchIndex(reader, imported, sources),
    load: async (reader, imported) => {
      const loaded = await loadDatasetSearchIndex(reader, imported, sources);
      if (loaded.origin !== 'stored' && loaded.origin !== 'bundled') last = null;
      return loaded;
    },
    interim: async (reader) => {
      last ??= openStored(sources).then((stored) => stored ?? openBundled(sources));
      const index = await last;
      return index ? createDatasetSearch(index.source, reader) : null;
    },
  };
}

interface Opened {
  head: SearchIndexHead;
  source: SearchIndexSource;
  base(): Promise<BaseIndex>;
}

/** A head and its shards from one place; null when the head is missing or unreadable. */
async function open(
  readRaw: () => Promise<unknown>,
  rawKeys: () => Promise<unknown>,
  rawPostings: (n: number) => Promise<unknown>,
  rawDocs: (n: number) => Promise<unknown>,
): Promise<Opened | null> {
  let head: SearchIndexHead;
  try {
    head = readHead(await readRaw());
  } catch {
    return null; // an unreadable index is only a lost shortcut
  }
  const source = shardSource(head, { postings: rawPostings, docs: rawDocs });
  return {
    head,
    source,
    base: async () => ({
      head,
      keys: readKeys(head, await rawKeys()),
      // Every shard of a stored index exists: one that cannot be read fails the update, which then
      // builds afresh instead of dropping what the shard held.
      readPostings: async (n) => readPostingShard(head, await rawPostings(n), n),
      readDocs: async (n) =>
        n > docShardOf(head.kinds.length - 1) ? undefined : readDocShard(head, await rawDocs(n), n),
    }),
  };
}

const openBundled = (s: SearchIndexSources) =>
  open(
    () => s.readBundled(searchHeadFile),
    () => s.readBundled(searchKeysFile),
    (n) => s.readBundled(postingFile(n)),
    (n) => s.readBundled(docFile(n)),
  );

const openStored = (s: SearchIndexSources) =>
  open(
    () => s.store.readHead(),
    () => s.store.readKeys(),
    (n) => s.store.readPostings(n),
    (n) => s.store.readDocs(n),
  );

/** The whole of an index updated from `base`: the changed shards and every other one `base` has. */
async function completed(change: PackedSearchIndex, base: BaseIndex): Promise<PackedSearchIndex> {
  const postings = new Map(change.postings);
  for (let n = 0; n < change.head.postingShards; n++) {
    if (postings.has(n)) continue;
    const shard = await base.readPostings(n);
    if (shard) postings.set(n, shard);
  }
  const docs = new Map(change.docs);
  for (let n = 0; n <= docShardOf(change.head.kinds.length - 1); n++) {
    if (docs.has(n)) continue;
    const shard = await base.readDocs(n);
    if (shard) docs.set(n, shard);
  }
  return { ...change, postings, docs };
}

/**
 * A search that mends itself: a shard found missing or damaged while searching (SearchIndexError)
 * makes it build the index afresh from the dataset, store it when it can, and answer from it.
 */
function mending(first: DatasetSearch, rebuild: () => Promise<DatasetSearch>): DatasetSearch {
  let current = first;
  let rebuilding: Promise<DatasetSearch> | null = null;
  return {
    async search(query, limit) {
      try {
        return await current.search(query, limit);
      } catch (error) {
        if (!(error instanceof SearchIndexError)) throw error;
        rebuilding ??= rebuild();
        current = await rebuilding;
        return current.search(query, limit);
      }
    },
  };
}

function mended(loaded: LoadedSearch, reader: DatasetReader, imported: number, sources: SearchIndexSources) {
  const rebuild = async () => {
    const built = buildSearchIndex(await reader.all());
    if (imported > 0) await sources.store.write(built, true).catch(() => undefined);
    return createDatasetSearch(memorySource(built), reader);
  };
  return { ...loaded, search: mending(loaded.search, rebuild) };
}

export async function loadDatasetSearchIndex(
  reader: DatasetReader,
  imported: number,
  sources: SearchIndexSources,
): Promise<LoadedSearch> {
  return mended(await openOrUpdate(reader, imported, sources), reader, imported, sources);
}

/** The index of exactly this dataset when one is stored or bundled; null when it would take the dataset. */
export async function openDatasetSearchIndex(
  reader: DatasetReader,
  imported: number,
  sources: SearchIndexSources,
): Promise<LoadedSearch | null> {
  const opened =
    imported === 0
      ? matching(await openBundled(sources), reader, 'bundled')
      : matching(await openStored(sources), reader, 'stored');
  return opened ? mended(opened, reader, imported, sources) : null;
}

/** A search over `index` when it was made for this very dataset; null otherwise. */
function matching(
  index: Opened | null,
  reader: DatasetReader,
  origin: SearchIndexOrigin,
): LoadedSearch | null {
  if (index?.head.datasetVersion !== reader.head.version) return null;
  return { search: createDatasetSearch(index.source, reader), origin };
}

async function openOrUpdate(
  reader: DatasetReader,
  imported: number,
  sources: SearchIndexSources,
): Promise<LoadedSearch> {
  const searchOf = (source: SearchIndexSource, origin: SearchIndexOrigin): LoadedSearch => ({
    search: createDatasetSearch(source, reader),
    origin,
  });
  if (imported === 0) {
    return (
      matching(await openBundled(sources), reader, 'bundled') ??
      searchOf(memorySource(buildSearchIndex(await reader.all())), 'built')
    );
  }
  const stored = await openStored(sources);
  const current = matching(stored, reader, 'stored');
  if (current) return current;
  const from = stored ?? (await openBundled(sources));
  const base = await from?.base().catch(() => null);
  const dataset = await reader.all();
  const update = base ? await updateSearchIndex(base, dataset).catch(() => null) : null;
  const change = update ?? buildSearchIndex(dataset);
  // An update over the bundled index is stored whole: its other shards are in the package, not the store.
  const whole = change.full || from !== stored;
  const written = whole && base && !change.full ? await completed(change, base) : change;
  const origin: SearchIndexOrigin = change.full ? 'built' : 'updated';
  try {
    await sources.store.write(written, whole);
  } catch {
    // Not stored (storage full?): this wake searches from memory, the next one updates again.
    return searchOf(memorySource(written, base && !whole ? stored?.source : undefined), origin);
  }
  const reopened = await openStored(sources);
  return searchOf(reopened?.source ?? memorySource(written, stored?.source), origin);
}
