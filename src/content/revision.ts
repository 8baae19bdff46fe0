// The worker bumps storage.local `datasetRevision` when imported articles change the dataset.

import browser from 'webextension-polyfill';

const KEY = 'datasetRevision';

/** Calls onChange after each new revision; returns the function that stops watching. */
export function watchDatasetRevision(onChange: () => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  };
}
