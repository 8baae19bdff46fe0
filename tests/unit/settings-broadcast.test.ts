import { describe, expect, it } from 'vitest';
import { createStorageWatcher, restrictToTrustedContexts } from '../../src/background/settings-broadcast';
import { isSameSettingsValue, readSettings, SETTINGS_DEFAULTS, type Settings } from '../../src/core/settings';

function watcher() {
  const stored: Settings[] = [];
  const sent: Array<{ type: string; payload: unknown }> = [];
  const listener = createStorageWatcher({
    async storeSettings(settings) {
      stored.push(settings);
    },
    async broadcast(type, payload) {
      sent.push({ type, payload });
    },
  });
  return { stored, sent, listener };
}

const paused = { ...SETTINGS_DEFAULTS, markingEnabled: false };

describe('the worker watching storage.local', () => {
  it('sends a clean settings change to the tabs and stores nothing', async () => {
    const { stored, sent, listener } = watcher();
    await listener({ settings: { oldValue: SETTINGS_DEFAULTS, newValue: paused } }, 'local');
    expect(stored).toEqual([]);
    expect(sent).toEqual([{ type: 'settingsChanged', payload: { settings: paused } }]);
  });

  it('writes garbage back repaired, once, and sends the repaired value when that write comes back', async () => {
    const { stored, sent, listener } = watcher();
    const garbage = { markingEnabled: 'no', hoverDelayMs: 'soon', markStyle: { color: 'red;x' } };
    await listener({ settings: { oldValue: SETTINGS_DEFAULTS, newValue: garbage } }, 'local');
    expect(stored).toEqual([readSettings(garbage)]);
    expect(sent).toEqual([]);
    // The repaired write is a change of its own.
    await listener({ settings: { oldValue: garbage, newValue: stored[0] } }, 'local');
    expect(stored).toHaveLength(1);
    expect(sent).toEqual([{ type: 'settingsChanged', payload: { settings: readSettings(garbage) } }]);
  });

  it('sends the defaults when the settings are removed, and ignores no-op writes and other areas', async () => {
    const { stored, sent, listener } = watcher();
    await listener({ settings: { oldValue: paused, newValue: paused } }, 'local');
    await listener({ settings: { oldValue: SETTINGS_DEFAULTS, newValue: paused } }, 'session');
    expect(sent).toEqual([]);
    await listener({ settings: { oldValue: paused } }, 'local');
    expect(stored).toEqual([]);
    expect(sent).toEqual([{ type: 'settingsChanged', payload: { settings: SETTINGS_DEFAULTS } }]);
  });

  it('tells the tabs about a new dataset revision', async () => {
    const { sent, listener } = watcher();
    await listener({ datasetRevision: { oldValue: 1, newValue: 2 } }, 'local');
    expect(sent).toEqual([{ type: 'datasetChanged', payload: {} }]);
  });

  it('reports a failed broadcast instead of throwing into the event', async () => {
    const errors: unknown[] = [];
    const listener = createStorageWatcher({
      storeSettings: async () => undefined,
      broadcast: () => Promise.reject(new Error('no tabs')),
      onError: (error) => errors.push(error),
    });
    await listener({ datasetRevision: { newValue: 3 } }, 'local');
    expect(errors).toEqual([new Error('no tabs')]);
  });
});

describe('restricting storage.local to the extension', () => {
  it('asks for trusted contexts where the area can be restricted, and says when it cannot', async () => {
    const asked: unknown[] = [];
    expect(
      await restrictToTrustedContexts({ setAccessLevel: async (o: unknown) => void asked.push(o) }),
    ).toBe(true);
    expect(asked).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
    // Firefox: storage.local has no setAccessLevel; a browser may also refuse it.
    expect(await restrictToTrustedContexts({})).toBe(false);
    expect(await restrictToTrustedContexts({ setAccessLevel: () => Promise.reject(new Error('no')) })).toBe(
      false,
    );
  });
});

describe('isSameSettingsValue', () => {
  it('compares JSON values whatever their key order', () => {
    expect(isSameSettingsValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(isSameSettingsValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameSettingsValue([1, 2], [2, 1])).toBe(false);
    expect(isSameSettingsValue({ a: [] }, { a: {} })).toBe(false);
    expect(isSameSettingsValue(undefined, SETTINGS_DEFAULTS)).toBe(false);
  });
});
