// A person's hover, timed: the pointer parked off every mark, then moved onto one, and the time from
// that pointer event to the first frame painted with the card open (hover delay set to 0 by the caller).

import type { Page } from 'puppeteer-core';
import { markPoint, waitForMark } from '../../scripts/open-card.mjs';

export /** Hovers the first mark on `mention`; resolves to ms from that pointer event to the painted card. */
async function hoverToCard(page: Page, mention: string): Promise<number> {
  await waitForMark(page, mention);
  const point = await markPoint(page, mention);
  if (!point) throw new Error(`no mark on ${mention}`);
  // Parked in the corner, off every mark, long enough for an open card to close.
  await page.mouse.move(1, 1);
  await new Promise((r) => setTimeout(r, 600));
  await page.evaluate(() => {
    const w = window as unknown as { __t?: Promise<number> };
    w.__t = new Promise((resolve) => {
      let start = -1;
      // Installed after the pointer was parked off the mark: the next move is the one onto it.
      document.addEventListener(
        'pointermove',
        () => {
          if (start < 0) start = performance.now();
        },
        { capture: true },
      );
      // No named local functions: tsx would wrap them in a helper the page does not have.
      new MutationObserver((_, obs) => {
        const host = document.querySelector<HTMLElement>('[data-factlens-host]');
        if (host?.dataset.open === 'true' && start >= 0) {
          obs.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        }
      }).observe(document.documentElement, { subtree: true, attributes: true, childList: true });
    });
  });
  await page.mouse.move(point.x, point.y);
  return page.evaluate(() => (window as unknown as { __t: Promise<number> }).__t);
}
