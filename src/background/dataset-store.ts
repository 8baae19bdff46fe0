import browser from 'webextension-polyfill';
import { type Override, parseOverrides } from '../core/dataset/overrides';
import type { Dataset } from '../core/dataset/types';
import { validateDataset } from '../core/dataset/validate-dataset';
import { SEARCH_INDEX_FILE } from '../core/query/search-index-file';
import { indexedDbImportStore } from './import-db';
import { createLiveDataset, type LiveDataset } from './live-dataset';
import { indexedDbSearchIndexStore } from './search-index-db';
import { loadDatasetSearchIndex } from './search-index-loader';

export type LoadedDataset = LiveDataset;

export const DATASET_FILE = 'dataset.json';
const OVERRIDES_FILE = 'overrides.json';

async function loadOverrides(): Promise<Override[]> {
  const response = await fetch(browser.runtime.getURL(OVERRIDES_FILE));
  if (!response.ok) throw new Error(`cannot read ${OVERRIDES_FILE}: HTTP ${response.status}`);
  return parseOverrides(OVERRIDES_FILE, await response.text());
}

let bundled: Promise<Dataset> | null = null;

async function fetchBundled(): Promise<Dataset> {
  const response = await fetch(browser.runtime.getURL(DATASET_FILE));
  if (!response.ok) throw new Error(`cannot read ${DATASET_FILE}: HTTP ${response.status}`);
  // validateDataset throws on any defect: a half-valid dataset is never served.
  return validateDataset(await response.json());
}

/** The packaged dataset, read on first use after every worker start. */
export function loadBundledDataset(): Promise<Dataset> {
  if (!bundled) {
    bundled = fetchBundled().catch((error: unknown) => {
      bundled = null; // let the next message retry instead of caching the failure
      throw error;
    });
  }
  return bundled;
}

/** The search index built with the package (see search-index-loader.ts for when it is used). */
async function fetchBundledSearchIndex(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(SEARCH_INDEX_FILE));
  if (!response.ok) throw new Error(`cannot read ${SEARCH_INDEX_FILE}: HTTP ${response.status}`);
  return response.json();
}

/**
 * Bundled plus imported articles (see live-dataset.ts). What memory holds is only a derived copy: when
 * the browser kills the idle worker it is rebuilt from the package and IndexedDB.
 */
export const getDataset = createLiveDataset({
  loadBundled: loadBundledDataset,
  loadOverrides,
  store: indexedDbImportStore,
  loadSearchIndex: (dataset, imported) =>
    loadDatasetSearchIndex(dataset, imported, {
      fetchBundled: fetchBundledSearchIndex,
      store: indexedDbSearchIndexStore,
    }),
});
