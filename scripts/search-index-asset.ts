import type { Dataset } from '../src/core/dataset/types';
import { buildSearchIndex } from '../src/core/query/search';
import { persistSearchIndex, SEARCH_INDEX_FILE } from '../src/core/query/search-index-file';

/**
 * The popup's search index over the bundled dataset, built once at build time: a worker that wakes
 * loads it instead of indexing every entity, fact and article again on its first search.
 */
export function searchIndexAsset(dataset: Dataset): { type: 'asset'; fileName: string; source: string } {
  const persisted = persistSearchIndex(buildSearchIndex(dataset), dataset);
  return { type: 'asset', fileName: SEARCH_INDEX_FILE, source: JSON.stringify(persisted) };
}
