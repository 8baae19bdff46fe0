// The storage.local keys shared by more than one context, each named once.

/** The reader's settings (platform/settings-storage.ts reads and writes them). */
export const SETTINGS_KEY = 'settings';
/** Bumped by the worker whenever imported articles change the dataset. */
export const DATASET_REVISION_KEY = 'datasetRevision';
