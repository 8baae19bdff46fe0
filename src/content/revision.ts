// The worker tells every frame when imported articles change the dataset (content scripts cannot
// watch storage.local `datasetRevision` themselves: Chromium keeps storage from them).

import { watchDatasetChanges } from './worker-broadcasts';

/** Calls onChange after each new revision; returns the function that stops watching. */
export function watchDatasetRevision(onChange: () => void): () => void {
  return watchDatasetChanges(onChange);
}
