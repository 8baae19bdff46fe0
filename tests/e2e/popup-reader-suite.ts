// The popup as a reader meets it: a chosen card in view with focus, an honest on/off state with its
// switches, the mention keys or where to set them, "Searching…" while the worker answers, and a
// readable column when the page is opened in a tab.
import type { Page } from 'puppeteer-core';
import { afterEach, expect, it } from 'vitest';
import { resetState, seriousViolations } from './harness/extension-page';
import { markCount, waitFor, waitForSeedMarks } from './harness/marks';
import { fixtureTabId, inView, openPopup } from './harness/popup-page';
import { type BrowserKind, describeInBrowser } from './harness/session';

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

type Commands = {
  commands: {
    getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
    update?(d: { name: string; shortcut: string }): Promise<void>;
    reset?(name: string): Promise<void>;
  };
};

function commandsOf(page: Page): Promise<Array<{ name?: string; shortcut?: string }>> {
  return page.evaluate(() => {
    const scope = globalThis as unknown as { browser?: Commands; chrome: Commands };
    return (scope.browser ?? scope.chrome).commands.getAll();
  });
}

export function definePopupReaderSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Popup for a reader', (session) => {
    const opened: Page[] = [];
    const track = (page: Page) => {
      opened.push(page);
      return page;
    };
    // The harness closes the test's pages after this: settings are reset from one of them first.
    afterEach(async () => {
      const control = opened
        .splice(0)
        .find((p) => !p.isClosed() && p.url().startsWith(session().extensionOrigin));
      if (control) await resetState(control);
    });

    it('brings a chosen card into view with focus on it, and the cards of its related names too', async () => {
      const popup = track(await openPopup(session()));
      await popup.type('#search', 'putin');
      await popup.waitForSelector('#results-list [data-entity-id="vladimir-putin"]');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('#search-card .fl-card[data-entity-id="vladimir-putin"]');
      let seen = await inView(popup, '#search-card .fl-card', '.fl-name');
      expect(seen, JSON.stringify(seen)).toMatchObject({ headVisible: true, focused: true });

      // The card's related names are buttons now; the one clicked opens its card in the same place.
      const related = await popup.waitForSelector('#search-card .fl-related-open');
      const relatedId = await related?.evaluate((el) =>
        el.closest('[data-entity-id]')?.getAttribute('data-entity-id'),
      );
      expect(relatedId).toBeTruthy();
      await related?.click();
      await popup.waitForSelector(`#search-card .fl-card[data-entity-id="${relatedId}"]`);
      seen = await inView(popup, '#search-card .fl-card', '.fl-name');
      expect(seen, JSON.stringify(seen)).toMatchObject({ headVisible: true, focused: true });
      // Back returns to the first card, again in view and focused; Escape closes it into the field.
      await (await popup.waitForSelector('#search-card .fl-back'))?.click();
      await popup.waitForSelector('#search-card .fl-card[data-entity-id="vladimir-putin"]');
      seen = await inView(popup, '#search-card .fl-card', '.fl-name');
      expect(seen, JSON.stringify(seen)).toMatchObject({ headVisible: true, focused: true });
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.waitForSelector('#search-card .fl-card', { hidden: true });
      expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search');

      // A click on a result lower in a long list does the same.
      await popup.click('#search', { count: 3 });
      await popup.type('#search', 'russia');
      // The list for "russia", not the earlier one still on screen while it is fetched.
      await waitFor(
        () => text(popup, '#results-list [role="option"][data-kind="entity"]'),
        (t) => /russia/i.test(t),
        'results for russia',
      );
      const option = await popup.waitForSelector(
        '#results-list [role="option"][data-kind="entity"]:last-of-type',
      );
      const chosenId = await option?.evaluate((el) => el.getAttribute('data-entity-id'));
      await option?.click();
      await popup.waitForSelector(`#search-card .fl-card[data-entity-id="${chosenId}"]`);
      seen = await inView(popup, '#search-card .fl-card', '.fl-name');
      expect(seen, JSON.stringify(seen)).toMatchObject({ headVisible: true, focused: true });
    });

    it('says when Factlens is off for the site or paused, and its switches bring the marks back', async () => {
      const article = track(await session().open('/article'));
      await waitForSeedMarks(article);
      const popup = track(await openPopup(session(), { tabId: await fixtureTabId(session(), '/article') }));
      await popup.waitForSelector('.mention[data-entity-id="vladimir-putin"]');
      const onLine = /^Factlens is on for 127\.0\.0\.1: \d+ names marked on this tab\.$/;
      await waitFor(
        () => text(popup, '#site-state'),
        (t) => onLine.test(t),
        'on state line with a count',
      );

      await popup.click('#site-switch');
      await waitFor(
        () => markCount(article),
        (n) => n === 0,
        'marks gone from the article',
      );
      await waitFor(
        () => text(popup, '#site-state'),
        (t) => t.includes('off for 127.0.0.1'),
        'off state line',
      );
      expect(await text(popup, '#on-page')).toContain('Nothing is marked');
      expect(await popup.$eval('#site-switch', (el) => (el as HTMLInputElement).checked)).toBe(false);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.click('#site-switch');
      await waitForSeedMarks(article);
      await waitFor(
        () => text(popup, '#site-state'),
        (t) => onLine.test(t),
        'on again',
      );
      await popup.waitForSelector('.mention[data-entity-id="vladimir-putin"]');

      await popup.click('#pause-switch');
      await waitFor(
        () => markCount(article),
        (n) => n === 0,
        'marks gone while paused',
      );
      await waitFor(
        () => text(popup, '#site-state'),
        (t) => t.includes('paused everywhere'),
        'paused line',
      );
      expect(await text(popup, '#on-page')).toContain('Nothing is marked');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.click('#pause-switch');
      await waitForSeedMarks(article);
      await popup.waitForSelector('.mention[data-entity-id="vladimir-putin"]');
      await waitFor(
        () => text(popup, '#site-state'),
        (t) => onLine.test(t),
        'on after the pause',
      );
    });

    it('shows the keys the browser assigned to the mention commands', async () => {
      const popup = track(await openPopup(session()));
      await popup.waitForSelector('.shortcut[data-command="next-mention"]');
      const commands = await commandsOf(popup);
      for (const name of ['next-mention', 'previous-mention']) {
        const key = commands.find((c) => c.name === name)?.shortcut ?? '';
        const shown = await text(popup, `.shortcut[data-command="${name}"] dd`);
        expect(shown).toBe(key === '' ? 'Set a shortcut' : key);
      }
      // Where Chromium left a mention key unassigned, the way there is a click away. (getAll() also
      // lists the toolbar button's own command, which has no key by default: it is not ours to report.)
      const mentionKeys = commands.filter((c) => c.name === 'next-mention' || c.name === 'previous-mention');
      if (kind === 'chrome' && mentionKeys.some((c) => c.shortcut === '')) {
        expect(await text(popup, '.shortcut-where')).toContain('chrome://extensions/shortcuts');
        expect(await seriousViolations(popup)).toEqual([]);
        await popup.click('#open-shortcuts');
        const target = await session().browser.waitForTarget(
          (t) => t.url() === 'chrome://extensions/shortcuts',
          {
            timeout: 5_000,
          },
        );
        const opened = await target.page();
        if (opened) track(opened);
      }
    });

    if (kind === 'firefox') {
      it('says "Set a shortcut" with the way there when a key is cleared', async () => {
        const control = track(await openPopup(session()));
        await control.evaluate(() =>
          (globalThis as unknown as { browser: Commands }).browser.commands.update?.({
            name: 'next-mention',
            shortcut: '',
          }),
        );
        try {
          const popup = track(await openPopup(session()));
          await popup.waitForSelector('#open-shortcuts');
          expect(await text(popup, '.shortcut[data-command="next-mention"] dd')).toBe('Set a shortcut');
          expect(await text(popup, '.shortcut-where')).toContain('Manage Extension Shortcuts');
          expect(await seriousViolations(popup)).toEqual([]);
        } finally {
          await control.evaluate(() =>
            (globalThis as unknown as { browser: Commands }).browser.commands.reset?.('next-mention'),
          );
        }
      });
    }

    it('says "Searching…" while the worker answers, then the results', async () => {
      const popup = track(await openPopup(session()));
      await popup.waitForSelector('#dataset-line');
      // Every text the status line shows, recorded from before the first key press.
      await popup.evaluate(() => {
        const status = document.querySelector('#results .status');
        const seen: string[] = [];
        (globalThis as unknown as { seenStatus: string[] }).seenStatus = seen;
        if (!status) return;
        new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await popup.type('#search', 'ceasefire');
      await popup.waitForSelector('.result-group[data-kind="fact"] [role="option"]');
      await waitFor(
        () => text(popup, '#results .status'),
        (t) => /\d+ results?/.test(t),
        'result count',
      );
      const seen = await popup.evaluate(() => (globalThis as unknown as { seenStatus: string[] }).seenStatus);
      expect(seen).toContain('Searching…');
      expect(seen.at(-1)).toMatch(/\d+ results?/);
    });

    it('uses a centred reading column when opened in a wide tab', async () => {
      const popup = track(await openPopup(session(), { viewport: { width: 1280, height: 800 } }));
      await popup.waitForSelector('html[data-layout="tab"]');
      const box = await popup.$eval('main', (el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: window.innerWidth - r.right, width: r.width };
      });
      expect(box.width).toBeGreaterThan(560);
      expect(box.width).toBeLessThan(800);
      expect(Math.abs(box.left - box.right)).toBeLessThan(20);
    });
  });
}
