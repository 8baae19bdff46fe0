// A person's hover, timed: the pointer parked off every mark, then moved onto one, and the time from
// that pointer event, plus the hover delay the caller set, to the first frame painted with the card open.
// `travel`: the pointer crosses the page to the mark as a hand moves it (moves at 60 Hz for 400 ms, a
// typical time to point at a word across a page), instead of appearing on it.
// The card is an extension frame the page cannot see into: the frame notes when it first painted the
// card (performance.timeOrigin + now, a clock shared by the page and the frame), the page when the
// pointer moved.

import type { Page } from 'puppeteer-core';
import { cardData, markPoint, waitForMark } from '../../scripts/open-card.mjs';

const TRAVEL_MS = 400;
const MOVE_MS = 1000 / 60;
/** More than half a line of the demo page's text: from the mark's middle to off its line. */
const ABOVE_PX = 30;

export interface HoverOptions {
  /** The hover delay set in the settings: subtracted, so the figure is what follows it. */
  delayMs?: number;
  travel?: boolean;
}

export /** Hovers the first mark on `mention`; resolves to ms from that pointer event (and the delay) to the painted card. */
async function hoverToCard(
  page: Page,
  mention: string,
  { delayMs = 0, travel = false }: HoverOptions = {},
): Promise<number> {
  await waitForMark(page, mention);
  const point = await markPoint(page, mention);
  if (!point) throw new Error(`no mark on ${mention}`);
  // Parked in the corner, off every mark, long enough for an open card to close.
  await page.mouse.move(1, 1);
  await new Promise((r) => setTimeout(r, 600));
  const before = (await cardData(page))?.openedAt ?? '';
  await page.evaluate(() => {
    const w = window as unknown as { __moved?: number };
    w.__moved = -1;
    // Installed after the pointer was parked off the mark: the last move is the one onto it.
    document.addEventListener(
      'pointermove',
      () => {
        w.__moved = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  if (travel) {
    // Towards a point a line above the mark, so no move before the last one lands on it.
    const [x, y] = [point.x, Math.max(1, point.y - ABOVE_PX)];
    const steps = Math.round(TRAVEL_MS / MOVE_MS);
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(1 + ((x - 1) * i) / steps, 1 + ((y - 1) * i) / steps);
      await new Promise((r) => setTimeout(r, MOVE_MS));
    }
  }
  await page.mouse.move(point.x, point.y);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const opened = (await cardData(page))?.openedAt ?? '';
    if (opened !== '' && opened !== before) {
      const moved = await page.evaluate(() => (window as unknown as { __moved: number }).__moved);
      return Number(opened) - moved - delayMs;
    }
    if (Date.now() > deadline) throw new Error(`no card on ${mention}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
