// The worker writes storage.local `datasetRevision` whenever imported articles change; pages that show
// dataset facts re-read them when it moves, whichever tab made the change.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DATASET_REVISION_KEY } from '../platform/storage-keys';

export function useDatasetRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      const change = changes[DATASET_REVISION_KEY];
      if (area === 'local' && change && typeof change.newValue === 'number') setRevision(change.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return revision;
}
