import type { Page } from 'puppeteer-core';
import { cardData, HIGHLIGHT_NAME } from '../../../scripts/open-card.mjs';

/** The text under every mark, in document order, read from the page's own world. */
export function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return [];
    const live = [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    });
    live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return live.map((r) => r.toString());
  }, HIGHLIGHT_NAME);
}

export function markCount(page: Page): Promise<number> {
  return page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT_NAME);
}

export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

export interface CardState {
  open: boolean;
  entityId: string | null;
  factDates: string[];
  factCount: number;
}

/** The card is an extension frame the page cannot read: its own root mirrors what tests need. */
export async function cardState(page: Page): Promise<CardState> {
  const data = await cardData(page);
  return {
    open: data?.open === 'true',
    entityId: data?.entityId ?? null,
    factDates: (data?.factDates ?? '').split(',').filter(Boolean),
    factCount: Number(data?.factCount ?? 0),
  };
}

/** Waits until the demo article is marked: it has more than 20 mentions, so fewer means still scanning. */
export function waitForSeedMarks(page: Page): Promise<number> {
  return waitFor(
    () => markCount(page),
    (n) => n > 20,
    'marks on the demo article',
  );
}
