import { afterEach, describe, expect, it } from 'vitest';
import { readSettings, SETTINGS_DEFAULTS } from '../../src/core/settings';
import { loadRepairedSettings, loadSettings } from '../../src/platform/settings-storage';

/** A storage.local that hands objects back with their keys sorted, as Chromium's does. */
function fakeBrowser(initial: Record<string, unknown>) {
  const data = new Map(Object.entries(initial));
  const writes: Array<Record<string, unknown>> = [];
  const sortKeys = (v: unknown): unknown =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
        )
      : v;
  (globalThis as { browser?: unknown }).browser = {
    runtime: { id: 'test' },
    storage: {
      local: {
        async get(key: string) {
          return data.has(key) ? { [key]: sortKeys(structuredClone(data.get(key))) } : {};
        },
        async set(items: Record<string, unknown>) {
          writes.push(items);
          for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
        },
      },
    },
  };
  return { data, writes };
}

afterEach(() => {
  delete (globalThis as { browser?: unknown }).browser;
});

describe('settings on disk', () => {
  it('the worker writes damaged settings back repaired, once', async () => {
    const garbage = { markingEnabled: 'yes', disabledSites: 'all', hoverDelayMs: 99_999 };
    const { data, writes } = fakeBrowser({ settings: garbage });
    expect(await loadRepairedSettings()).toEqual(readSettings(garbage));
    expect(writes).toEqual([{ settings: readSettings(garbage) }]);
    expect(data.get('settings')).toEqual(readSettings(garbage));
    // Read again: already clean (though handed back in another key order), so nothing is written.
    await loadRepairedSettings();
    expect(writes).toHaveLength(1);
  });

  it('writes nothing for a fresh install or for clean settings', async () => {
    const fresh = fakeBrowser({});
    expect(await loadRepairedSettings()).toEqual(SETTINGS_DEFAULTS);
    expect(fresh.writes).toEqual([]);
    const clean = fakeBrowser({ settings: { ...SETTINGS_DEFAULTS, hoverDelayMs: 800 } });
    expect((await loadRepairedSettings()).hoverDelayMs).toBe(800);
    expect(clean.writes).toEqual([]);
  });

  it("the extension's pages repair in memory only", async () => {
    const { writes } = fakeBrowser({ settings: { markingEnabled: 3 } });
    expect((await loadSettings()).markingEnabled).toBe(true);
    expect(writes).toEqual([]);
  });
});
