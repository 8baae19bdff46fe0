// The matcher of one dataset, packed and tagged with the dataset's version, so whoever loads packed
// tables can tell whether they belong to the dataset it serves.

import type { Dataset } from '../dataset/types';
import { matchAliases } from '../query/dataset-index';
import { compileMatcher } from './compile';
import { packMatcher } from './pack';

export const MATCHER_FILE = 'matcher.bin';

/** Needs only the entities (their aliases) and the version: a dataset head will do. */
export function packDatasetMatcher(dataset: Pick<Dataset, 'version' | 'entities'>): Uint8Array {
  return packMatcher(compileMatcher(matchAliases(dataset)), dataset.version);
}
