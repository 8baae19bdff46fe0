import { mergeSettings, readSettings, type Settings } from '../core/settings';
import { extensionApi, type StorageChange } from './extension-api';

const KEY = 'settings';

/** Settings live in storage.local only: the worker may be restarted at any time and keeps nothing. */
export async function loadSettings(): Promise<Settings> {
  const stored = await extensionApi().storage.local.get(KEY);
  return readSettings(stored[KEY]);
}

export async function storeSettings(settings: Settings): Promise<void> {
  await extensionApi().storage.local.set({ [KEY]: settings });
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = mergeSettings(await loadSettings(), patch);
  await storeSettings(next);
  return next;
}

/**
 * Calls back whenever the stored settings change, without reading them: for the content script,
 * which asks the worker for them (repaired there) instead of carrying the repair code into every
 * page. Returns the function that stops watching.
 */
export function watchSettingsChanges(onChange: () => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    // Skip no-op writes so open tabs do not rescan for nothing.
    if (JSON.stringify(change.oldValue) !== JSON.stringify(change.newValue)) onChange();
  };
  const onChanged = extensionApi().storage.onChanged;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Calls back with repaired settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area !== 'local' || !change) return;
    // Skip no-op writes so open tabs do not rescan for nothing.
    if (JSON.stringify(change.oldValue) === JSON.stringify(change.newValue)) return;
    onChange(readSettings(change.newValue));
  };
  const onChanged = extensionApi().storage.onChanged;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
