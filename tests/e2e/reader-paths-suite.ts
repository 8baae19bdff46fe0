// The paths a reader takes besides resting on a mark: selecting text across a mark, double-clicking
// a word in one, scrolling while a hover is pending, leaving the page and coming Back; names in
// shadow roots; the card at 200% zoom, under CSS zoom, and in the page's theme. Driven by real
// pointer, wheel and keyboard input; the card (closed shadow root) is read from its host's mirror.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { gotoPage } from '../../scripts/goto-page.mjs';
import { HOST_SELECTOR } from '../../scripts/open-card.mjs';
import { host } from './harness/card-page';
import { markCount, waitFor } from './harness/marks';
import {
  type Box,
  cardOpen,
  cardOpens,
  centre,
  countCardOpens,
  hostBox,
  markBox,
  readerSetup,
  waitForCard,
} from './harness/reader-page';
import { SHADOW_ORDER, serveCacheablePages } from './harness/reader-pages';
import { type BrowserKind, describeInBrowser } from './harness/session';

/** Longer than the default, so a test's input always lands inside the hover delay, even under load. */
const HOVER_DELAY_MS = 700;
/** How long "no card" is watched for: the delay, and time for a card that would come anyway. */
const QUIET_MS = HOVER_DELAY_MS + 700;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const selectedText = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

/** Brings a paragraph to the middle of the viewport, as the reader scrolled there. */
const scrollToParagraph = (page: Page, id: string) =>
  page.evaluate((el) => document.getElementById(el)?.scrollIntoView({ block: 'center' }), id);

async function markOn(page: Page, text: string, nth = 0): Promise<Box> {
  return waitFor(
    () => markBox(page, text, nth),
    (b): b is Box => b !== null,
    `a mark on "${text}"`,
  ) as Promise<Box>;
}

/** Rests the pointer on a mark, approaching it as a hand does. */
async function hover(page: Page, box: Box): Promise<void> {
  const { x, y } = centre(box);
  await page.mouse.move(x - 30, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
}

/** Moves the pointer off every mark and clicks empty page space: any selection is gone. */
async function clearSelection(page: Page): Promise<void> {
  await page.mouse.click(4, 4);
  await page.mouse.move(6, 6);
}

export function defineReaderPathsSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Reader paths', (session) => {
    it('opens no card while text is drag-selected across a mark, then opens one on a plain hover', async () => {
      const t = await readerSetup(session(), '/reader');
      await t.settings({ hoverDelayMs: HOVER_DELAY_MS });
      await countCardOpens(t.page);
      const putin = await markOn(t.page, 'Putin');
      const start = { x: putin.left - 60, y: centre(putin).y };
      await t.page.mouse.move(start.x, start.y);
      await t.page.mouse.down();
      await t.page.mouse.move(centre(putin).x, start.y, { steps: 6 });
      // The button stays down over the mark for longer than the hover delay.
      await sleep(QUIET_MS);
      expect(await cardOpens(t.page)).toBe(0);
      await t.page.mouse.move(putin.left + putin.width + 40, start.y, { steps: 4 });
      await t.page.mouse.up();
      expect(await selectedText(t.page)).toContain('Putin');
      // Released with the selection over the mark: still reading the selection, not the name.
      await t.page.mouse.move(centre(putin).x, centre(putin).y, { steps: 3 });
      await sleep(QUIET_MS);
      expect(await cardOpens(t.page)).toBe(0);
      await clearSelection(t.page);
      await hover(t.page, putin);
      await waitForCard(t.page);
      expect(await host(t.page, 'entityId')).toBe('vladimir-putin');
      await t.done();
    });

    it('opens no card when a word in a mark is double-clicked to select it', async () => {
      const t = await readerSetup(session(), '/reader');
      await t.settings({ hoverDelayMs: HOVER_DELAY_MS });
      await countCardOpens(t.page);
      const moscow = await markOn(t.page, 'Moscow');
      const { x, y } = centre(moscow);
      await t.page.mouse.move(x - 30, y - 20);
      await t.page.mouse.click(x, y, { count: 2 });
      expect((await selectedText(t.page)).trim()).toBe('Moscow');
      await t.page.mouse.move(x + 2, y, { steps: 2 });
      await sleep(QUIET_MS);
      expect(await cardOpens(t.page)).toBe(0);
      await t.done();
    });

    it('opens no card for a mark the page scrolled away while the hover was pending', async () => {
      const t = await readerSetup(session(), '/reader');
      await t.settings({ hoverDelayMs: HOVER_DELAY_MS });
      await scrollToParagraph(t.page, 'second');
      await countCardOpens(t.page);
      const zelensky = await markOn(t.page, 'Zelensky');
      await hover(t.page, zelensky);
      // The wheel scrolls the page under the resting pointer, inside the hover delay.
      await t.page.mouse.wheel({ deltaY: 300 });
      await waitFor(
        () => markBox(t.page, 'Zelensky'),
        (b) => b !== null && Math.abs(b.top - zelensky.top) > 100,
        'the mark scrolled away',
      );
      await sleep(QUIET_MS);
      expect(await cardOpens(t.page)).toBe(0);
      await t.done();
    });

    it('comes Back from the back/forward cache with no card left open, and marking still works', async () => {
      const s = session();
      const server = await serveCacheablePages();
      // Opened without the session's request interception: only loopback is asked for here.
      const open = async (url: string) => {
        const page = await s.browser.newPage();
        await gotoPage(page, url);
        return page;
      };
      const t = await readerSetup(s, `${server.origin}/reader`, open);
      await waitFor(
        () => markCount(t.page),
        (n) => n >= 5,
        'every mark on the page',
      );
      const marks = await markCount(t.page);
      await hover(t.page, await markOn(t.page, 'Putin'));
      await waitForCard(t.page);
      // Leaves with the card open and the pointer still on its mark.
      await gotoPage(t.page, `${server.origin}/reader-next`);
      // Firefox's driver waits for a load event that a page restored from the cache never fires:
      // the Back is not awaited, the restored page is (its second pageshow).
      t.page.goBack({ timeout: 0 }).catch(() => undefined);
      const shows = await waitFor(
        () =>
          t.page
            .evaluate(() => (window as unknown as { factlensTestShows?: boolean[] }).factlensTestShows ?? [])
            .catch(() => []),
        // The next page has no log: any entry is the article's, restored ([false, true]) or reloaded ([false]).
        (list) => list.length > 0,
        'the article shown again',
      );
      // Restored, not reloaded: the same document got a second, persisted pageshow.
      expect(shows).toEqual([false, true]);
      expect(await cardOpen(t.page)).toBe(false);
      expect(await t.page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBe(1);
      expect(await markCount(t.page)).toBe(marks);
      await countCardOpens(t.page);
      await hover(t.page, await markOn(t.page, 'Moscow'));
      await waitForCard(t.page);
      expect(await host(t.page, 'entityId')).toBe('moscow');
      await sleep(300);
      // One hover, one card: no second copy of the listeners opened another.
      expect(await cardOpens(t.page)).toBe(1);
      await t.done();
      await server.close();
    });
  });
}
