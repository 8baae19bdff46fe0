import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../scripts/open-card.mjs';
import { MAX_MARKS } from '../../src/content/limits';
import { markCount, markedTexts, waitFor } from './harness/marks';
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
        (t) => t.length >= 2,
        'marks in shadow roots',
      );
      expect(texts.sort()).toEqual(['Later, NATO answered.', 'Vladimir'].sort());
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
      const page = await session().open('/many#bottom');
      const count = await waitFor(
        () => markCount(page),
        (n) => n >= MAX_MARKS,
        'the ceiling',
        30_000,
      );
      expect(count).toBe(MAX_MARKS);
      expect(await markedTexts(page)).toContain('Zelensky');
      await page.close();
    });
  });
}
