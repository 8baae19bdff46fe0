// The worker's watch on storage.local. Content scripts cannot be trusted to read or write storage
// (Chromium keeps storage.local from them; Firefox cannot), so the worker:
// - repairs stored settings that fail the settings repair, on disk, whoever wrote them (in Firefox a
//   content script still can), and
// - tells every frame of every tab about each settings change and each new dataset revision.
import type { TabProtocol } from '../core/protocol';
import { isSameSettingsValue, readSettings, type Settings } from '../core/settings';
import type { StorageChange } from '../platform/extension-api';
import { DATASET_REVISION_KEY, SETTINGS_KEY } from '../platform/storage-keys';

export type BroadcastName = 'settingsChanged' | 'datasetChanged';

export interface BroadcastDeps {
  storeSettings(settings: Settings): Promise<void>;
  /** Sends the message to every frame of every tab; frames without Factlens are skipped. */
  broadcast<K extends BroadcastName>(type: K, payload: TabProtocol[K]['request']): Promise<void>;
  onError?(error: unknown): void;
}

/** The storage.onChanged listener; returns a promise only so tests can wait for what it started. */
export function createStorageWatcher(deps: BroadcastDeps) {
  const report = (error: unknown) => deps.onError?.(error);
  return (changes: Record<string, StorageChange>, area: string): Promise<void> => {
    if (area !== 'local') return Promise.resolve();
    const work: Promise<void>[] = [];
    const change = changes[SETTINGS_KEY];
    if (change && !isSameSettingsValue(change.oldValue, change.newValue)) {
      const settings = readSettings(change.newValue);
      // Not what the repair would store: store the repaired value. That write is a change of its own,
      // and comes back here to be sent to the tabs.
      if (change.newValue !== undefined && !isSameSettingsValue(change.newValue, settings)) {
        work.push(deps.storeSettings(settings));
      } else {
        work.push(deps.broadcast('settingsChanged', { settings }));
      }
    }
    if (DATASET_REVISION_KEY in changes) work.push(deps.broadcast('datasetChanged', {}));
    return Promise.all(work).then(() => undefined, report);
  };
}

interface AccessLevelArea {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
}

/**
 * Keeps storage.local to the extension's own pages and worker where the browser allows it (Chromium;
 * Firefox has setAccessLevel for storage.session only). True when it did.
 */
export async function restrictToTrustedContexts(local: unknown): Promise<boolean> {
  const area = local as AccessLevelArea;
  if (typeof area.setAccessLevel !== 'function') return false;
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
