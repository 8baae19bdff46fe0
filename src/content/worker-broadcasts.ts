// What the worker tells every frame (see background/settings-broadcast.ts): the settings after each
// change, and that the dataset changed. Content scripts have no storage access of their own.
import type { Reply, TabProtocol } from '../core/protocol';
import type { Settings } from '../core/settings';
import { addMessageListener } from '../platform/extension-api';

type Name = 'settingsChanged' | 'datasetChanged';

function listenFor<K extends Name>(type: K, onMessage: (payload: unknown) => void): () => void {
  return addMessageListener((message) => {
    const m = message as { factlens?: unknown; type?: unknown; payload?: unknown } | null;
    if (typeof m !== 'object' || m === null || m.factlens !== 1 || m.type !== type) return undefined;
    onMessage(m.payload);
    const reply: Reply<TabProtocol[K]['response']> = { ok: true, value: { applied: true } };
    return Promise.resolve(reply);
  });
}

/** Calls back with repaired settings whenever they change; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Only the extension's own worker can send a tab message, and it sends settings it has repaired
  // (settings-broadcast.ts): the repair code stays out of every page. Anything else is ignored.
  return listenFor('settingsChanged', (payload) => {
    const settings = (payload as { settings?: unknown } | null)?.settings;
    if (typeof settings === 'object' && settings !== null && 'markStyle' in settings)
      onChange(settings as Settings);
  });
}

/** Calls onChange after each new dataset revision; returns the function that stops watching. */
export function watchDatasetChanges(onChange: () => void): () => void {
  return listenFor('datasetChanged', onChange);
}
