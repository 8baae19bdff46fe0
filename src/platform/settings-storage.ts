// The `settings` key of storage.local: read and watched by the extension's own pages, written and
// repaired by the worker. Content scripts never touch it (the worker sends them the settings: see
// background/settings-broadcast.ts), as Chromium keeps storage.local from them.
import { isSameSettingsValue, mergeSettings, readSettings, type Settings } from '../core/settings';
import { extensionApi, type StorageChange } from './extension-api';
import { SETTINGS_KEY } from './storage-keys';

/** Settings live in storage.local only: the worker may be restarted at any time and keeps nothing. */
export async function loadSettings(): Promise<Settings> {
  const stored = await extensionApi().storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/**
 * For the worker: reads the settings and, when what is stored needed repair (damaged, from an older
 * version, or written around the worker by a content script where the browser allows that), stores
 * the repaired value, so the damage is fixed on disk once rather than repaired on every read.
 */
export async function loadRepairedSettings(): Promise<Settings> {
  const stored = (await extensionApi().storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  return repairStored(stored);
}

/** The repaired form of a stored value, written back when it differs; nothing stored is left as is. */
export async function repairStored(stored: unknown): Promise<Settings> {
  const settings = readSettings(stored);
  if (stored !== undefined && !isSameSettingsValue(stored, settings)) await storeSettings(settings);
  return settings;
}

export async function storeSettings(settings: Settings): Promise<void> {
  await extensionApi().storage.local.set({ [SETTINGS_KEY]: settings });
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = mergeSettings(await loadSettings(), patch);
  await storeSettings(next);
  return next;
}

/** The stored settings' change in a storage.onChanged event, or undefined when they did not change. */
export function settingsChangeIn(
  changes: Record<string, StorageChange>,
  area: string,
): StorageChange | undefined {
  const change = changes[SETTINGS_KEY];
  if (area !== 'local' || !change) return undefined;
  // Skip no-op writes so open tabs do not rescan for nothing.
  return isSameSettingsValue(change.oldValue, change.newValue) ? undefined : change;
}

/** Calls back with repaired settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, StorageChange>, area: string) => {
    const change = settingsChangeIn(changes, area);
    if (change) onChange(readSettings(change.newValue));
  };
  const onChanged = extensionApi().storage.onChanged;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
