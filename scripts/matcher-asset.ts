// The matcher tables of the bundled dataset, compiled at build time so neither the worker nor any
// page ever compiles them for it.

import type { Dataset } from '../src/core/dataset/types';
import { MATCHER_FILE, packDatasetMatcher } from '../src/core/match/dataset-matcher';

export function matcherAsset(dataset: Dataset): { type: 'asset'; fileName: string; source: Uint8Array } {
  return { type: 'asset', fileName: MATCHER_FILE, source: packDatasetMatcher(dataset) };
}
