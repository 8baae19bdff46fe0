// The paths a reader takes besides resting on a mark: selecting text across a mark, double-clicking
// a word in one, scrolling while a hover is pending, leaving the page and coming Back; names in
// shadow roots; the card at 200% zoom, under CSS zoom, and in the page's theme. Driven by real
// pointer, wheel and keyboard input; the card (closed shadow root) is read from its host's mirror.
import type { Browser, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { gotoPage } from '../../scripts/goto-page.mjs';
import { HOST_SELECTOR } from '../../scripts/open-card.mjs';
import { host } from './harness/card-page';
import { SHADOW_ORDER, serveCacheablePages } from './harness/card-path-pages';
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

/** Opens pages without the session's request interception: only loopback is asked for there. */
function openUnintercepted(s: { browser: Browser }) {
  return async (url: string) => {
    const page = await s.browser.newPage();
    await gotoPage(page, url);
    return page;
  };
}

/**
 * Back to the article, and its pageshow log: [false, true] when restored from the back/forward cache,
 * [false] when loaded again. Firefox's driver waits for a load event that a restored page never fires:
 * the Back is not awaited, the page's log is.
 */
function goBackToArticle(page: Page): Promise<boolean[]> {
  page.goBack({ timeout: 0 }).catch(() => undefined);
  return waitFor(
    () =>
      page
        .evaluate(() => (window as unknown as { factlensTestShows?: boolean[] }).factlensTestShows ?? [])
        .catch(() => []),
    // The next page has no log: any entry is the article's.
    (list) => list.length > 0,
    'the article shown again',
  );
}

export function defineCardPathsSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Card paths', (session) => {
    it('opens no card while text is drag-selected across a mark, and still one for a mark outside the selection', async () => {
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
      // A mark outside the selection is still one the reader may be asking about.
      await hover(t.page, await markOn(t.page, 'Moscow'));
      await waitForCard(t.page);
      expect(await host(t.page, 'entityId')).toBe('moscow');
      expect(await selectedText(t.page)).toContain('Putin');
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
      const t = await readerSetup(s, `${server.origin}/reader`, openUnintercepted(s));
      await waitFor(
        () => markCount(t.page),
        (n) => n >= 5,
        'every mark on the page',
      );
      const marks = await markCount(t.page);
      await hover(t.page, await markOn(t.page, 'Putin'));
      await waitForCard(t.page);
      if (kind === 'chrome') {
        // Chromium caches no page holding an extension frame (EmbedderExtensionFrame) and decides
        // before pagehide: the reader reads on, the card closes, and its idle frames go after 5 s.
        await t.page.mouse.move(1, 1);
        await waitFor(
          () => cardOpen(t.page),
          (open) => !open,
          'the card to close',
        );
        await sleep(5_500);
      }
      // Firefox: leaves with the card open and the pointer still on its mark.
      await gotoPage(t.page, `${server.origin}/reader-next`);
      const shows = await goBackToArticle(t.page);
      // Restored, not reloaded: the same document got a second, persisted pageshow.
      expect(shows).toEqual([false, true]);
      expect(await cardOpen(t.page)).toBe(false);
      // The card's host went with its frames on leaving; never two of them.
      expect(await t.page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR)).toBe(0);
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

    it('comes Back from the back/forward cache after the pointer crossed the text on its way to a link', async () => {
      const s = session();
      const server = await serveCacheablePages();
      const t = await readerSetup(s, `${server.origin}/reader`, openUnintercepted(s));
      await markOn(t.page, 'Putin');
      // Over the words after the names: the card's frame is made ahead of a hover that may come.
      const words = await t.page.evaluate(() => {
        const text = document.getElementById('first')?.firstChild;
        const at = text?.textContent?.indexOf('surprised') ?? -1;
        if (!text || at < 0) return null;
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'surprised'.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      if (!words) throw new Error('no words after the names');
      await t.page.mouse.move(words.x - 30, words.y, { steps: 3 });
      await t.page.mouse.move(words.x, words.y, { steps: 3 });
      await waitFor(
        () => t.page.evaluate((sel) => document.querySelectorAll(sel).length, HOST_SELECTOR),
        (n) => n === 1,
        'the card frame made ahead of a hover',
      );
      expect(await cardOpen(t.page)).toBe(false);
      // The reader clicks the link right away (well inside the 5 s an idle frame is kept).
      const link = await t.page.$('#read-on');
      const box = await link?.boundingBox();
      if (!box) throw new Error('no link');
      await Promise.all([
        t.page.waitForNavigation(),
        t.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ]);
      expect(new URL(t.page.url()).pathname).toBe('/reader-next');
      const shows = await goBackToArticle(t.page);
      // Restored, not reloaded: Chromium keeps no page holding an extension frame, so it went on the press.
      expect(shows).toEqual([false, true]);
      await hover(t.page, await markOn(t.page, 'Moscow'));
      await waitForCard(t.page);
      expect(await host(t.page, 'entityId')).toBe('moscow');
      await t.done();
      await server.close();
    });

    it('paints, hovers, counts and steps through names inside open shadow roots in page order', async () => {
      const t = await readerSetup(session(), '/reader-shadow');
      // A strong red tint: painted marks are then easy to tell from unmarked text in a screenshot.
      await t.settings({ markStyle: { kind: 'background', color: '#ff0000' } });
      const names = ['Moscow', 'Kyiv', 'Zelensky', 'NATO', 'Donald Trump'];
      for (const name of names) {
        const box = await markOn(t.page, name);
        expect(await tintedShare(t.page, box), `${name} painted`).toBeGreaterThan(0.3);
      }
      const mentions = await waitFor(
        t.mentions,
        (list) => list.length === names.length,
        'every painted name counted',
      );
      expect(mentions.map((m) => m.count)).toEqual(names.map(() => 1));
      // The real pointer on a name two shadow roots deep.
      await hover(t.page, await markOn(t.page, 'Zelensky'));
      await waitForCard(t.page);
      expect(await host(t.page, 'entityId')).toBe('volodymyr-zelensky');
      await clearSelection(t.page);
      await waitFor(
        () => cardOpen(t.page),
        (open) => !open,
        'the card closed',
      );
      const visited: string[] = [];
      for (let i = 0; i < SHADOW_ORDER.length; i++) {
        await t.step(1);
        const before = visited.at(-1) ?? '';
        visited.push(
          await waitFor(
            () => host(t.page, 'entityId'),
            (id) => id !== '' && id !== before,
            `mention ${i + 1}`,
          ),
        );
      }
      expect(visited).toEqual(SHADOW_ORDER);
      await t.done();
    });

    it('says each name once in the card header, and at 200% zoom shows the facts before compact actions', async () => {
      const t = await readerSetup(session(), '/reader');
      await hover(t.page, await markOn(t.page, 'Putin'));
      await waitForCard(t.page);
      const lines = (await host(t.page, 'header')).split('\n');
      expect(lines[0]).toBe('Vladimir Putin');
      expect(lines).toContain('Marked: “Putin”');
      const labels = lines.slice(1).flatMap((line) => {
        if (line.startsWith('Marked: ')) return [line.slice(9, -1)];
        if (line.startsWith('also: '))
          return line
            .slice(6)
            .replace(/ and \d+ more$/, '')
            .split(', ');
        return [];
      });
      const keys = [lines[0], ...labels].map((l) => l?.toLowerCase());
      expect(new Set(keys).size, `no label twice: ${lines.join(' / ')}`).toBe(keys.length);
      // Marked by the full name: the heading says it already, so no "Marked" line.
      await clearSelection(t.page);
      await hover(t.page, await markOn(t.page, 'Vladimir Putin'));
      await waitFor(
        () => host(t.page, 'header'),
        (h) => h.startsWith('Vladimir Putin') && !h.includes('Marked'),
        'the header for the full name',
      );
      // 200%: half the CSS pixels each way, each drawn with two device pixels.
      await clearSelection(t.page);
      await t.page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
      await scrollToParagraph(t.page, 'first');
      await hover(t.page, await markOn(t.page, 'Putin'));
      await waitForCard(t.page);
      const card = await waitFor(
        () => hostBox(t.page, 'cardBox'),
        (b): b is Box => b !== null && b.width <= 640,
        'the card placed in the small viewport',
      );
      const fact = await hostBox(t.page, 'factBox');
      const actions = await hostBox(t.page, 'actionsBox');
      if (!card || !fact || !actions) throw new Error('card, fact or actions not mirrored');
      // The first fact starts inside the visible card, before the actions.
      expect(fact.top).toBeGreaterThanOrEqual(card.top);
      expect(fact.top + 24).toBeLessThanOrEqual(card.top + card.height);
      expect(fact.top).toBeLessThan(actions.top);
      // And the actions stay within reach at the card's bottom edge.
      expect(actions.top + actions.height).toBeLessThanOrEqual(card.top + card.height + 1);
      expect(
        actions.height / card.height,
        `actions ${actions.height}px of ${card.height}px`,
      ).toBeLessThanOrEqual(0.25);
      await t.done();
    });

    it('places the card next to its mark on a page zoomed by CSS on the root', async () => {
      const t = await readerSetup(session(), '/reader-zoomed');
      const mark = await markOn(t.page, 'Putin');
      await hover(t.page, mark);
      await waitForCard(t.page);
      const card = await waitFor(
        () => hostBox(t.page, 'cardBox'),
        (b): b is Box => b !== null,
        'the card placed',
      );
      if (!card) throw new Error('no card box');
      const below = card.top - (mark.top + mark.height);
      const above = mark.top - (card.top + card.height);
      expect(
        Math.min(Math.abs(below), Math.abs(above)),
        `card ${JSON.stringify(card)} mark ${JSON.stringify(mark)}`,
      ).toBeLessThanOrEqual(16);
      expect(Math.abs(card.left - mark.left)).toBeLessThanOrEqual(16);
      await t.done();
    });
  });

  // A browser of its own: the system's dark preference is set at launch.
  describeInBrowser(
    kind,
    'Reader paths on a dark system',
    (session) => {
      it('gives a light page a light card and a dark page a dark card while the system prefers dark', async () => {
        const s = session();
        const t = await readerSetup(s, '/reader');
        expect(await t.page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await hover(t.page, await markOn(t.page, 'Putin'));
        await waitForCard(t.page);
        expect(await host(t.page, 'theme')).toBe('light');
        expect(await host(t.page, 'colorScheme')).toBe('light');
        const dark = await s.open('/reader-dark');
        // A short viewport, so the card scrolls and has a scrollbar where the browser draws one.
        await dark.setViewport({ width: 640, height: 450 });
        await hover(dark, await markOn(dark, 'Putin'));
        await waitForCard(dark);
        expect(await host(dark, 'theme')).toBe('dark');
        // The card's scroller itself is dark, so its scrollbar is drawn dark too.
        expect(await host(dark, 'colorScheme')).toBe('dark');
        const card = await waitFor(
          () => hostBox(dark, 'cardBox'),
          (b): b is Box => b !== null,
          'the card placed',
        );
        if (!card) throw new Error('no card box');
        // The strip along the card's right edge, where a classic scrollbar sits (Firefox draws one).
        const strip = {
          left: card.left + card.width - 12,
          top: card.top + 20,
          width: 10,
          height: card.height - 40,
        };
        expect(await meanLuminance(dark, strip), 'the strip along the card edge is dark').toBeLessThan(0.3);
        await dark.close();
        await t.done();
      });
    },
    { darkSystem: true },
  );
}

/** Decodes a screenshot of a box in the page's own world (a canvas never attached: the DOM is untouched). */
async function pixelsOf(page: Page, box: Box): Promise<number[]> {
  const shot = await page.screenshot({
    encoding: 'base64',
    clip: { x: box.left, y: box.top, width: Math.max(1, box.width), height: Math.max(1, box.height) },
  });
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(0, 0, img.width, img.height).data];
  }, shot);
}

/** Mean relative luminance (0 black … 1 white, sRGB approximated as linear) of a box on screen. */
async function meanLuminance(page: Page, box: Box): Promise<number> {
  const data = await pixelsOf(page, box);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum += (0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0)) / 255;
  }
  return data.length > 0 ? sum / (data.length / 4) : 1;
}

/** Share of a box's pixels carrying the red mark tint (light red: the glyphs themselves stay dark). */
async function tintedShare(page: Page, box: Box): Promise<number> {
  const data = await pixelsOf(page, box);
  let tinted = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    if (r > 220 && g > 120 && g < 235 && r - g > 20 && Math.abs(g - b) < 30) tinted++;
  }
  return data.length > 0 ? tinted / (data.length / 4) : 0;
}
