// The matcher of one dataset, packed and tagged with the dataset's version, so whoever loads packed
// tables can tell whether they belong to the dataset it serves.

import type { Dataset } from '../dataset/types';
import { matchAliases } from '../query/dataset-index';
import { compileMatcher } from './compile';
import { packMatcher } from './pack';

export const MATCHER_FILE = 'matcher.bin';

export function packDatasetMatcher(dataset: Dataset): Uint8Array {
  return packMatcher(compileMatcher(matchAliases(dataset)), dataset.version);
}
