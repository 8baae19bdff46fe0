// A person's hover, timed: the pointer parked off every mark, then moved onto one, and the time from
// that pointer event to the first frame painted with the card open (hover delay set to 0 by the caller).
// The card is an extension frame the page cannot see into: the frame notes when it first painted the
// card (performance.timeOrigin + now, a clock shared by the page and the frame), the page when the
// pointer moved.

import type { Page } from 'puppeteer-core';
import { cardData, markPoint, waitForMark } from '../../scripts/open-card.mjs';

export /** Hovers the first mark on `mention`; resolves to ms from that pointer event to the painted card. */
async function hoverToCard(page: Page, mention: string): Promise<number> {
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
    // Installed after the pointer was parked off the mark: the next move is the one onto it.
    document.addEventListener(
      'pointermove',
      () => {
        if (w.__moved === -1) w.__moved = performance.timeOrigin + performance.now();
      },
      { capture: true },
    );
  });
  await page.mouse.move(point.x, point.y);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const opened = (await cardData(page))?.openedAt ?? '';
    if (opened !== '' && opened !== before) {
      const moved = await page.evaluate(() => (window as unknown as { __moved: number }).__moved);
      return Number(opened) - moved;
    }
    if (Date.now() > deadline) throw new Error(`no card on ${mention}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
