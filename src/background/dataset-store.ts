import browser from 'webextension-polyfill';
import { validateDataset } from '../core/dataset/validate-dataset';
import { type DatasetIndex, indexDataset } from '../core/query/dataset-index';
import { createDatasetSearch, type DatasetSearch } from '../core/query/search';

export interface LoadedDataset {
  index: DatasetIndex;
  search: DatasetSearch;
}

export const DATASET_FILE = 'dataset.json';

let loading: Promise<LoadedDataset> | null = null;

async function load(): Promise<LoadedDataset> {
  const response = await fetch(browser.runtime.getURL(DATASET_FILE));
  if (!response.ok) throw new Error(`cannot read ${DATASET_FILE}: HTTP ${response.status}`);
  // validateDataset throws on any defect: a half-valid dataset is never served.
  const dataset = validateDataset(await response.json());
  const index = indexDataset(dataset);
  return { index, search: createDatasetSearch(index) };
}

/**
 * The dataset is read from the packaged file on first use after every worker start.
 * The cached promise is only a derived copy: when the browser kills the idle worker it is simply rebuilt.
 */
export function getDataset(): Promise<LoadedDataset> {
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loading = null; // let the next message retry instead of caching the failure
      throw error;
    });
  }
  return loading;
}
