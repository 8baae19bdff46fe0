// The worker bumps storage.local `datasetRevision` when imported articles change the dataset.

import { extensionApi, type StorageChange } from '../platform/extension-api';

const KEY = 'datasetRevision';

/** Calls onChange after each new revision; returns the function that stops watching. */
export function watchDatasetRevision(onChange: () => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) onChange();
  };
  const onChanged = extensionApi().storage.onChanged;
  onChanged.addListener(listener);
  return () => {
    try {
      onChanged.removeListener(listener);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  };
}
