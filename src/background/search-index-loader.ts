// Where the worker's search index comes from: loaded, not built, whenever it can be.
//   - bundled articles only: the index built at build time (search-index.json in the package);
//   - with imports: the one stored in IndexedDB for this very dataset, or else the newest stored one
//     (or the bundled one) brought up to date with only the documents that changed, then stored;
//   - built from scratch only when nothing stored is readable.
import type MiniSearch from 'minisearch';
import type { Dataset } from '../core/dataset/types';
import { buildSearchIndex, type SearchDoc } from '../core/query/search';
import {
  isReadable,
  loadSearchIndex,
  type PersistedSearchIndex,
  persistSearchIndex,
  updateSearchIndex,
} from '../core/query/search-index-file';
import type { SearchIndexStore } from './search-index-db';

export interface SearchIndexSources {
  /** The package's search-index.json, parsed; throws or returns anything when it cannot be read. */
  fetchBundled(): Promise<unknown>;
  store: SearchIndexStore;
}

export type SearchIndexOrigin = 'bundled' | 'stored' | 'updated' | 'built';

export interface LoadedSearchIndex {
  mini: MiniSearch<SearchDoc>;
  origin: SearchIndexOrigin;
}

const readable = async (read: () => Promise<unknown>): Promise<PersistedSearchIndex | null> => {
  try {
    const value = await read();
    return isReadable(value) ? value : null;
  } catch {
    return null; // an unreadable index is only a lost shortcut
  }
};

/** What live-dataset.ts calls for the search index of the dataset it serves. */
export type SearchIndexLoader = (dataset: Dataset, imported: number) => Promise<LoadedSearchIndex>;

export async function loadDatasetSearchIndex(
  dataset: Dataset,
  imported: number,
  sources: SearchIndexSources,
): Promise<LoadedSearchIndex> {
  const bundled = () => readable(sources.fetchBundled);
  if (imported === 0) {
    const index = await bundled();
    if (index?.datasetVersion === dataset.version) return { mini: loadSearchIndex(index), origin: 'bundled' };
    return { mini: buildSearchIndex(dataset), origin: 'built' };
  }
  const stored = await readable(() => sources.store.read());
  if (stored?.datasetVersion === dataset.version) return { mini: loadSearchIndex(stored), origin: 'stored' };
  const base = stored ?? (await bundled());
  let loaded: LoadedSearchIndex;
  let persisted: PersistedSearchIndex;
  if (base) {
    const updated = updateSearchIndex(base, dataset);
    loaded = { mini: updated.mini, origin: 'updated' };
    persisted = updated.persisted;
  } else {
    const mini = buildSearchIndex(dataset);
    loaded = { mini, origin: 'built' };
    persisted = persistSearchIndex(mini, dataset);
  }
  // Stored for the next wake; a failed write costs only that wake a rebuild.
  await sources.store.write(persisted).catch(() => undefined);
  return loaded;
}
