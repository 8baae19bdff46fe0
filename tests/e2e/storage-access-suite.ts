// A compromised content script (the isolated world that runs beside every page) writing garbage
// settings straight into storage.local, around the worker's validated messages. It is run where
// content scripts run: scripting.executeScript into the tab's isolated world, from an extension page.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { isSameSettingsValue, readSettings, SETTINGS_DEFAULTS } from '../../src/core/settings';
import { getLocal, resetState, tabIdOf } from './harness/extension-page';
import { waitFor, waitForSeedMarks } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

const GARBAGE = {
  schemaVersion: 'x',
  markingEnabled: 'no',
  hoverDelayMs: -1e9,
  disabledSites: 42,
  markTypes: ['__proto__', 7],
  markStyle: { kind: 'blink', color: 'url(javascript:alert(1))' },
  mutedEntities: [{}],
};

/** What the content-script world gets when it writes and then reads settings itself. */
function attackFromContentWorld(ext: Page, tabId: number, garbage: unknown): Promise<string[]> {
  return ext.evaluate(
    async (id, value) => {
      type Scripting = {
        scripting: {
          executeScript(o: object): Promise<Array<{ result?: unknown }>>;
        };
      };
      const scope = globalThis as unknown as { browser?: Scripting; chrome: Scripting };
      const [frame] = await (scope.browser ?? scope.chrome).scripting.executeScript({
        target: { tabId: id },
        args: [value],
        // Runs in the tab's isolated world, with the same extension API a content script has.
        func: async (settings: unknown) => {
          type Storage = {
            storage?: { local?: { set(v: object): Promise<void>; get(k: string): Promise<object> } };
          };
          const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
          const local = (g.browser ?? g.chrome)?.storage?.local;
          const attempt = async (what: string, run: () => Promise<unknown> | undefined) => {
            try {
              await run();
              return `${what}: done`;
            } catch (error) {
              return `${what}: refused (${error instanceof Error ? error.message : String(error)})`;
            }
          };
          return [
            await attempt('write', () => local?.set({ settings })),
            await attempt('read', () => local?.get('settings')),
          ];
        },
      });
      return frame?.result as string[];
    },
    tabId,
    garbage,
  );
}

export function defineStorageAccessSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Settings storage against a compromised content script', (session) => {
    it('refuses (Chromium) or repairs on disk (Firefox) garbage settings written from the content world, and marking goes on', async () => {
      const page = await session().open('/article');
      await waitForSeedMarks(page);
      const ext = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      await resetState(ext);
      const tabId = await tabIdOf(ext, page.url());
      expect(tabId).toBeDefined();
      const outcome = await attackFromContentWorld(ext, tabId as number, GARBAGE);
      if (kind === 'chrome') {
        // storage.local is kept to the extension's own contexts: neither write nor read gets through.
        expect(outcome[0]).toMatch(/^write: refused/);
        expect(outcome[1]).toMatch(/^read: refused/);
      }
      // Firefox lets the write through; the worker repairs what is on disk from its own context.
      const stored = await waitFor(
        () => getLocal(ext, 'settings'),
        (value) => value === undefined || isSameSettingsValue(value, readSettings(value)),
        'stored settings that need no repair',
      );
      // Chromium: nothing was written (the test began with no settings stored). Firefox: each field
      // repaired as the reader's settings would be (an out-of-range delay clamped, the rest defaults).
      expect(stored).toEqual(kind === 'chrome' ? undefined : readSettings(GARBAGE));
      expect(readSettings(GARBAGE)).toMatchObject({
        markingEnabled: true,
        markStyle: SETTINGS_DEFAULTS.markStyle,
      });
      // The page still marks (the garbage said markingEnabled: 'no', which is not a setting).
      expect(await waitForSeedMarks(page)).toBeGreaterThan(0);
      await resetState(ext);
      await ext.close();
      await page.close();
    });
  });
}
