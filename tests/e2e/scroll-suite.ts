import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../scripts/open-card.mjs';
import { cardState, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

interface Box {
  x: number;
  y: number;
  text: string;
}

/** The centre and text of each registered mark inside the viewport, read in the page. */
function marksInView(page: Page): Promise<Box[]> {
  return page.evaluate((name) => {
    const out: Array<{ x: number; y: number; text: string }> = [];
    for (const r of CSS.highlights.get(name) ?? []) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const box = range.getBoundingClientRect();
      if (box.top >= 0 && box.bottom <= innerHeight && box.width > 0)
        out.push({ x: box.left + box.width / 2, y: box.top + box.height / 2, text: range.toString() });
    }
    return out;
  }, HIGHLIGHT_NAME);
}

/** The story paragraphs whose whole box is in the viewport. */
function storiesInView(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#feed p')]
      .filter((p) => {
        const box = p.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      })
      .map((p) => Number(p.id.slice('story-'.length))),
  );
}

const stories = (page: Page) => page.evaluate(() => Number(document.body.dataset.stories ?? 0));

export function defineScrollSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Infinite scroll', (session) => {
    it('marks the stories a feed appends as the reader scrolls down it, and opens a card on hover', async () => {
      const page = await session().open('/infinite-feed');
      await page.setViewport({ width: 1000, height: 700 });
      await page.mouse.move(500, 350);
      // The reader scrolls with the wheel until the feed has loaded three more batches of 200.
      await waitFor(
        async () => {
          await page.mouse.wheel({ deltaY: 2_400 });
          return stories(page);
        },
        (n) => n >= 630,
        'the feed to load three batches',
        40_000,
      );
      // Wheel scrolling is smooth in Firefox: the reader looks once the page has come to rest.
      let lastY = -1;
      await waitFor(
        async () => {
          const y = await page.evaluate(() => scrollY);
          const still = y === lastY;
          lastY = y;
          return still;
        },
        (still) => still,
        'the page to stop scrolling',
      );
      // Every story on screen names one place: each is marked, however far down the feed it is.
      const inView = await waitFor(
        async () => ({ stories: await storiesInView(page), marks: await marksInView(page) }),
        (v) => v.stories.length > 3 && v.marks.length >= v.stories.length,
        'a mark in every story in view',
      );
      expect(Math.max(...inView.stories)).toBeGreaterThan(230);
      const mark = inView.marks[inView.marks.length - 1] as Box;
      await page.mouse.move(mark.x - 30, mark.y - 30);
      await page.mouse.move(mark.x, mark.y, { steps: 4 });
      const card = await waitFor(
        () => cardState(page),
        (c) => c.open,
        'the card of a story far down the feed',
      );
      const entity = { Moscow: 'moscow', Kyiv: 'kyiv', NATO: 'nato', Putin: 'vladimir-putin' }[mark.text];
      expect(card.entityId).toBe(entity);
      await page.close();
    });
  });
}
