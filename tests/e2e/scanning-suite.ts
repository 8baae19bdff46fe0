import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../scripts/open-card.mjs';
import { MAX_MARKS } from '../../src/content/limits';
import { tabIdOf } from './harness/extension-page';
import { markCount, markedTexts, waitFor } from './harness/marks';
import { LONG_MENTIONS } from './harness/scanning-pages';
import { type BrowserKind, describeInBrowser } from './harness/session';

/** Marked texts of one frame (each frame's marks live in its own document's highlight registry). */
function frameTexts(frame: Frame): Promise<string[]> {
  return frame.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    return [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, HIGHLIGHT_NAME);
}

interface PageMentions {
  mentions: Array<{ count: number }>;
  reading: boolean;
  readAt: number | null;
}

/** The popup's "On this page" answer for the tab showing url, asked from an extension page. */
async function pageMentions(extensionPage: Page, url: string): Promise<PageMentions | null> {
  const tabId = await tabIdOf(extensionPage, url);
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  return extensionPage.evaluate(async (id) => {
    type Tabs = { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
    const reply = (await (scope.browser ?? scope.chrome).tabs.sendMessage(
      id,
      { factlens: 1, type: 'getPageMentions', payload: {} },
      { frameId: 0 },
    )) as { ok: boolean; value?: PageMentions };
    return reply.ok && reply.value ? reply.value : null;
  }, tabId);
}

/** Every mark the content script holds: the page's highlight registers only those near the viewport. */
async function markTotal(extensionPage: Page, url: string): Promise<number> {
  const answer = await pageMentions(extensionPage, url);
  return answer ? answer.mentions.reduce((sum, m) => sum + m.count, 0) : -1;
}

/** Marks registered with the highlight whose text lies outside the viewport grown by `screens` above and below. */
function registeredFarFromView(page: Page, screens: number): Promise<number> {
  return page.evaluate(
    (name, k) => {
      const highlight = CSS.highlights.get(name);
      let far = 0;
      for (const r of highlight ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const box = range.getBoundingClientRect();
        if (box.bottom < -k * innerHeight || box.top > (k + 1) * innerHeight) far++;
      }
      return far;
    },
    HIGHLIGHT_NAME,
    screens,
  );
}

async function frameById(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame #${id}`);
  return frame;
}

export function defineScanningSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Scanning', (session) => {
    it('marks names in open shadow roots, including one attached after load', async () => {
      const page = await session().open('/shadow');
      // Ranges in shadow trees are registered in the document's highlights, but toString needs the live tree.
      const texts = await waitFor(
        () =>
          page.evaluate((name) => {
            const highlight = CSS.highlights.get(name);
            return highlight ? [...highlight].map((r) => (r.startContainer.textContent ?? '').trim()) : [];
          }, HIGHLIGHT_NAME),
        (t) => t.length >= 3,
        'marks in shadow roots',
      );
      expect(texts.sort()).toEqual(['Kyiv', 'Later, NATO answered.', 'Vladimir'].sort());
      await page.close();
    });

    it('marks same-origin, srcdoc and about:blank frames', async () => {
      const page = await session().open('/frames');
      const child = await frameById(page, 'child');
      expect(
        await waitFor(
          () => frameTexts(child),
          (t) => t.length > 0,
          'marks in the child frame',
        ),
      ).toEqual(['Zelensky']);
      const srcdoc = await frameById(page, 'srcdoc');
      expect(
        await waitFor(
          () => frameTexts(srcdoc),
          (t) => t.length > 0,
          'marks in srcdoc',
        ),
      ).toEqual(['Moscow']);
      const blank = await frameById(page, 'blank');
      expect(
        await waitFor(
          () => frameTexts(blank),
          (t) => t.length > 0,
          'marks in about:blank',
        ),
      ).toEqual(['Kyiv']);
      await page.close();
    });

    it('follows a single-page-app navigation: new view marked, old marks gone', async () => {
      const page = await session().open('/spa');
      await waitFor(
        () => markedTexts(page),
        (t) => t.includes('Putin'),
        'first view marks',
      );
      await page.click('#go');
      const texts = await waitFor(
        () => markedTexts(page),
        (t) => t.includes('Donald Trump') && t.includes('NATO'),
        'second view marks',
      );
      expect(texts).toEqual(['Donald Trump', 'NATO']);
      await page.close();
    });

    it('skips hidden content and marks it once the page reveals it', async () => {
      const page = await session().open('/reveal');
      await waitFor(
        () => markedTexts(page),
        (t) => t.length > 0,
        'visible marks',
      );
      // Longer than the observer's batch, so hidden text would have shown up by now.
      await new Promise((r) => setTimeout(r, 300));
      expect(await markedTexts(page)).toEqual(['Moscow']);
      await page.click('#reveal');
      const texts = await waitFor(
        () => markedTexts(page),
        (t) => t.length >= 4,
        'revealed marks',
      );
      expect(texts).toEqual(['Moscow', 'Kyiv', 'Zelensky', 'NATO']);
      await page.close();
    });

    it('stops at the mark ceiling, with the part in view marked first', async () => {
      // The extension page first: the page under test stays the tab in front (hidden tabs get no frames).
      const asker = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const page = await session().open('/many#bottom');
      const total = await waitFor(
        () => markTotal(asker, `${session().origin}/many#bottom`),
        (n) => n >= MAX_MARKS,
        'the ceiling',
        30_000,
      );
      // Settled: still exactly at the ceiling a moment later.
      await new Promise((r) => setTimeout(r, 500));
      expect(await markTotal(asker, `${session().origin}/many#bottom`)).toBe(MAX_MARKS);
      expect(total).toBe(MAX_MARKS);
      expect(await markedTexts(page)).toContain('Zelensky');
      // Of those, the browser's highlight holds the ones near the reader, not all ten thousand.
      const registered = await markCount(page);
      expect(registered).toBeGreaterThan(0);
      expect(registered).toBeLessThan(MAX_MARKS);
      await asker.close();
      await page.close();
    });

    it('registers the marks near the viewport and the rest as the reader scrolls', async () => {
      const asker = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const page = await session().open('/long');
      const url = `${session().origin}/long`;
      await waitFor(
        () => markTotal(asker, url),
        (n) => n === LONG_MENTIONS + 1,
        'every mark found',
      );
      // The popup learns when the page has been read to the end.
      const state = await waitFor(
        () => pageMentions(asker, url),
        (s) => s !== null && !s.reading,
        'the page read to the end',
      );
      expect(state?.readAt).toBeGreaterThan(Date.now() - 60_000);
      const atTop = await markCount(page);
      expect(atTop).toBeGreaterThan(0);
      expect(atTop).toBeLessThan(LONG_MENTIONS);
      expect(await markedTexts(page)).not.toContain('Zelensky');
      expect(await registeredFarFromView(page, 1.5)).toBe(0);

      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      await waitFor(
        () => markedTexts(page),
        (t) => t.includes('Zelensky'),
        'the mark at the end once scrolled to',
      );
      await waitFor(
        () => registeredFarFromView(page, 1.5),
        (n) => n === 0,
        'marks left behind to be unregistered',
      );
      expect(await markCount(page)).toBeLessThan(LONG_MENTIONS);
      // Hit-testing and counts still cover every mark, registered or not.
      expect(await markTotal(asker, url)).toBe(LONG_MENTIONS + 1);
      await asker.close();
      await page.close();
    });
  });
}
