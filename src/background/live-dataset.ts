// The dataset the worker serves: the bundled one alone, or bundled plus imported articles compiled
// together. The compiled result is cached in IndexedDB under the revision it was made from, so a
// restarted worker reuses it; memory holds only a copy for the current revision.
import type { Override } from '../core/dataset/overrides';
import type { Dataset } from '../core/dataset/types';
import { validateDataset } from '../core/dataset/validate-dataset';
import { compileWithImports } from '../core/imports/compile-with-imports';
import type { SearchResults } from '../core/protocol';
import { indexDataset } from '../core/query/dataset-index';
import { createDatasetSearch, type DatasetSearch } from '../core/query/search';
import type { ImportStore } from './import-store';
import type { SearchIndexLoader } from './search-index-loader';

export interface LiveDataset {
  index: ReturnType<typeof indexDataset>;
  /** Answers once the search index is there (see search-index-loader.ts). */
  search: {
    search(query: string, limit?: number): SearchResults | Promise<SearchResults>;
    /** Starts loading the index ahead of the first search (the popup asks when it opens). */
    warm?(): void;
  };
  /** Imported articles included in this dataset. */
  imported: number;
  /** Set when the imported articles could not be compiled and only the bundled data is served. */
  importError?: string;
}

export interface LiveDatasetDeps {
  loadBundled(): Promise<Dataset>;
  /** The corrections the build applied, applied again when imports are compiled in. */
  loadOverrides(): Promise<Override[]>;
  store: ImportStore;
  /** Where the search index comes from; without it the index is built on the first search. */
  loadSearchIndex?: SearchIndexLoader;
}

function serve(deps: LiveDatasetDeps, dataset: Dataset, imported: number, importError?: string): LiveDataset {
  const index = indexDataset(dataset);
  // The search index is loaded (or built) on the first search, not for every page that only needs marks.
  let search: Promise<DatasetSearch> | null = null;
  const lazySearch = (): Promise<DatasetSearch> => {
    if (search) return search;
    const loader = deps.loadSearchIndex;
    const loading = loader
      ? loader(dataset, imported).then(({ mini }) => createDatasetSearch(index, mini))
      : Promise.resolve().then(() => createDatasetSearch(index));
    search = loading;
    // A failure is retried by the next search, not cached.
    loading.catch(() => {
      if (search === loading) search = null;
    });
    return loading;
  };
  return {
    index,
    search: {
      search: async (query, limit) => (await lazySearch()).search(query, limit),
      warm: () => void lazySearch().catch(() => undefined),
    },
    imported,
    ...(importError ? { importError } : {}),
  };
}

async function compiled(deps: LiveDatasetDeps, bundled: Dataset, revision: number): Promise<Dataset> {
  const cache = await deps.store.readCache().catch(() => undefined);
  if (cache && cache.revision === revision && cache.bundledVersion === bundled.version) {
    try {
      return validateDataset(cache.dataset);
    } catch {
      // A damaged cache is only a lost shortcut: compile again below.
    }
  }
  const dataset = compileWithImports(bundled, await deps.store.list(), await deps.loadOverrides());
  await deps.store.writeCache({ revision, bundledVersion: bundled.version, dataset }).catch(() => undefined);
  return dataset;
}

async function load(deps: LiveDatasetDeps, revision: number, count: number): Promise<LiveDataset> {
  const bundled = await deps.loadBundled();
  if (count === 0) return serve(deps, bundled, 0);
  try {
    return serve(deps, await compiled(deps, bundled, revision), count);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return serve(deps, bundled, 0, `imported articles could not be compiled: ${message}`);
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
