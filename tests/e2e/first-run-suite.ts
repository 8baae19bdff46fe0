// What a new reader meets: the welcome page the install opens, and the toolbar badge counting the
// names marked on the tab.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { WELCOME_PATH } from '../../scripts/launch-browser.mjs';
import { focusControl, setup } from './harness/card-page';
import { seriousViolations } from './harness/extension-page';
import { markCount, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser, type Session } from './harness/session';
import { assignedShortcuts } from './harness/shortcut-keys';

type Api = {
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

function tabUrls(ext: Page): Promise<string[]> {
  return ext.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (await (scope.browser ?? scope.chrome).tabs.query({})).map((t) => t.url ?? '');
  });
}

function badgeText(ext: Page, tabId: number): Promise<string> {
  return ext.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: Api; chrome: Api };
    return (scope.browser ?? scope.chrome).action.getBadgeText({ tabId: id });
  }, tabId);
}

/** The welcome tab the install opened (Firefox's BiDi reports extension tabs as about:blank, so each is asked). */
async function welcomeTab(session: Session): Promise<Page> {
  const url = `${session.extensionOrigin}${WELCOME_PATH}`;
  for (const page of await session.browser.pages()) {
    if ((await page.evaluate(() => location.href).catch(() => '')) === url) return page;
  }
  throw new Error('no welcome tab');
}

export function defineFirstRunSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'First run', (session) => {
    it('opens the welcome page once on install, showing the shortcut the browser assigned', async () => {
      const ext = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      const welcomeUrl = `${session().extensionOrigin}${WELCOME_PATH}`;
      expect((await tabUrls(ext)).filter((u) => u === welcomeUrl)).toHaveLength(1);
      const shortcuts = await assignedShortcuts(ext);
      const welcome = await welcomeTab(session());
      await welcome.bringToFront();
      const keys = await waitFor(
        () => welcome.evaluate(() => [...document.querySelectorAll('kbd')].map((k) => k.textContent ?? '')),
        (k) => k.length > 0,
        'the shortcut on the welcome page',
      );
      expect(keys).toContain(shortcuts['next-mention']);
      expect(keys).toContain(shortcuts['previous-mention']);
      // The way to add articles is a link to the options page's import section.
      const links = await welcome.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.href));
      expect(links).toContain(`${session().extensionOrigin}/src/options/index.html#import`);
      expect(await seriousViolations(welcome)).toEqual([]);
      // Dark colours are checked where the driver can ask for them (puppeteer emulates media over CDP only).
      if (kind === 'chrome') {
        await welcome.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        const background = await welcome.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background).toBe('rgb(23, 25, 29)');
        expect(await seriousViolations(welcome)).toEqual([]);
        await welcome.emulateMediaFeatures([]);
      }
      await ext.close();
    });

    it('shows the number of names marked on the tab as its badge, and none once the site is off', async () => {
      const t = await setup(session());
      const names = await waitFor(
        async () => {
          const page = await t.mentions();
          const badge = await badgeText(t.ext, t.tabId);
          return { names: page.length, badge };
        },
        (s) => s.names > 0 && s.badge === String(s.names),
        'the badge to show the number of marked names',
      );
      expect(names.names).toBeGreaterThan(1);
      // Off from the card, as a reader does it.
      await t.openByKeyboard();
      await focusControl(t.page, 'site-off');
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => markCount(t.page),
        (n) => n === 0,
        'marks gone from the page',
      );
      await waitFor(
        () => badgeText(t.ext, t.tabId),
        (b) => b === '',
        'no badge on a site that is off',
      );
      await t.done();
    });

    it('clears the badge when the tab goes to a page without names, and shows it again on Back', async () => {
      const t = await setup(session());
      const count = await waitFor(
        () => badgeText(t.ext, t.tabId),
        (b) => b !== '',
        'a badge on the article',
      );
      expect(Number(count)).toBeGreaterThan(0);
      await t.page.goto(`${session().origin}/no-names`, { waitUntil: 'load' });
      await waitFor(
        () => badgeText(t.ext, t.tabId),
        (b) => b === '',
        'no badge after leaving the article',
      );
      // Back may restore the article from the back/forward cache, where no script starts again.
      await t.page.goBack({ waitUntil: 'load' });
      await waitFor(
        () => badgeText(t.ext, t.tabId),
        (b) => b === count,
        'the article’s badge again after Back',
      );
      await t.done();
    });
  });
}
