import type { Dataset } from '../src/core/dataset/types';
import { indexFiles } from '../src/core/query/search-index-file';
import { buildSearchIndex } from '../src/core/query/search-index-write';

/**
 * The popup's search index over the bundled dataset, built once at build time as package files (a head
 * and shards): a worker that wakes opens the head instead of indexing every entity, fact and article.
 */
export function searchIndexAssets(
  dataset: Dataset,
): Array<{ type: 'asset'; fileName: string; source: string }> {
  const files = indexFiles(buildSearchIndex(dataset));
  return [...files].map(([fileName, source]) => ({ type: 'asset', fileName, source }));
}
