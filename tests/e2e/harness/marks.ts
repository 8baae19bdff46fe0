import type { Page } from 'puppeteer-core';
import { describeMarks } from '../../../scripts/describe-marks.mjs';
import { cardData } from '../../../scripts/open-card.mjs';

/**
 * The text under every mark painted now, in document order. Imported names are not in the page's
 * registry, so the content script is asked, from an extension page (see scripts/describe-marks.mjs).
 */
export async function markedTexts(page: Page): Promise<string[]> {
  return (await describeMarks(page)).map((m) => m.text);
}

export async function markCount(page: Page): Promise<number> {
  return (await describeMarks(page)).length;
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
