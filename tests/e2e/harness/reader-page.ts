// Setup and readings for the reader-path tests: a fixture page driven by the real pointer and
// keyboard, with an extension page beside it to reset state and to read the page's mentions.
import type { Page } from 'puppeteer-core';
import { cardData, HIGHLIGHT_NAME } from '../../../scripts/open-card.mjs';
import { host, tabDriver } from './card-page';
import { resetState, tabIdOf } from './extension-page';
import { markCount, waitFor } from './marks';
import type { Session } from './session';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A box the card's frame mirrors ("x,y,width,height" in the page's viewport), or null when it has none. */
export async function hostBox(page: Page, key: string): Promise<Box | null> {
  const value = await host(page, key);
  const [left, top, width, height] = value.split(',').map(Number);
  if (left === undefined || top === undefined || width === undefined || height === undefined) return null;
  return Number.isFinite(left + top + width + height) && value !== '' ? { left, top, width, height } : null;
}

/** The viewport box of the nth mark on `text` in page order (shadow trees included), or null. */
export function markBox(page: Page, text: string, nth = 0): Promise<Box | null> {
  return page.evaluate(
    (name, wanted, index) => {
      const live = [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      });
      const found = live.filter((r) => r.toString() === wanted);
      const range = found[index];
      const rect = range?.getClientRects()[0];
      return rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
    },
    HIGHLIGHT_NAME,
    text,
    nth,
  );
}

export const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

/** The card's frame counts each time it opens; a count taken now is the base for cardOpens. */
const openBase = new WeakMap<Page, number>();
const opensSoFar = async (page: Page) => Number((await cardData(page))?.opens ?? 0);

/** Every time the card opens from now on is counted, so a card that flashed open is caught. */
export async function countCardOpens(page: Page): Promise<void> {
  openBase.set(page, await opensSoFar(page));
}

export const cardOpens = async (page: Page) => (await opensSoFar(page)) - (openBase.get(page) ?? 0);

export const cardOpen = async (page: Page) => (await cardData(page))?.open === 'true';

export const waitForCard = (page: Page) =>
  waitFor(
    () => cardOpen(page),
    (open) => open,
    'the card to open',
  );

/**
 * The extension page and a fixture page, state reset. `path` is on the fixture server, opened by
 * session.open, unless `open` is given: then it is a full URL, opened by it.
 */
export async function readerSetup(session: Session, path: string, open?: (url: string) => Promise<Page>) {
  const ext = await session.open(`${session.extensionOrigin}/src/options/index.html`);
  await resetState(ext);
  const url = open ? path : `${session.origin}${path}`;
  const page = await (open ? open(url) : session.open(path));
  await waitFor(
    () => markCount(page),
    (n) => n > 0,
    `marks on ${path}`,
  );
  const tabId = await tabIdOf(ext, url);
  if (tabId === undefined) throw new Error(`no tab id for ${url}`);
  const { settings, mentions, step } = tabDriver(ext, page, tabId);
  const done = async () => {
    await resetState(ext);
    await page.close();
    await ext.close();
  };
  return { ext, page, tabId, settings, mentions, step, done };
}
