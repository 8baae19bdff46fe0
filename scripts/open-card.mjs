// Hovers the first mark on `mention` and waits for its card: used by the screenshot mode and the e2e tests.
import { describeMarks } from './describe-marks.mjs';

export const HIGHLIGHT_NAME = 'factlens-mention';
export const HOST_SELECTOR = '[data-factlens-host]';

/**
 * Centre of the first mark whose text is `mention`: a bundled name's from the page's own world (the
 * highlight registry is shared with the content script's isolated world), an imported name's from the
 * content script itself, asked from an extension page (such marks are not in the registry).
 * @param {import('puppeteer-core').Page} page
 */
export async function markPoint(page, mention, nth = 0) {
  const shared = await registryPoint(page, mention, nth);
  if (shared) return shared;
  const find = async () => (await describeMarks(page)).filter((m) => m.text === mention)[nth]?.rect ?? null;
  let rect = await find();
  if (!rect) return null;
  const height = await page.evaluate(() => innerHeight);
  if (rect.y < 0 || rect.y + rect.height > height) {
    await page.evaluate((dy) => window.scrollBy(0, dy), rect.y - height / 2);
    rect = await find();
    if (!rect) return null;
  }
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** @param {import('puppeteer-core').Page} page */
function registryPoint(page, mention, nth) {
  return page.evaluate(
    (name, text, index) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      const ranges = [...highlight].filter((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString() === text;
      });
      ranges.sort((a, b) => {
        const la = document.createRange();
        la.setStart(a.startContainer, a.startOffset);
        const lb = document.createRange();
        lb.setStart(b.startContainer, b.startOffset);
        return la.compareBoundaryPoints(Range.START_TO_START, lb);
      });
      const r = ranges[index];
      if (!r) return null;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0];
      return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    HIGHLIGHT_NAME,
    mention,
    nth,
  );
}

/** @param {import('puppeteer-core').Page} page */
export async function waitForMark(page, mention, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const point = await markPoint(page, mention);
    if (point) return point;
    if (Date.now() > deadline) throw new Error(`no mark on "${mention}" after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** @param {import('puppeteer-core').Page} page */
export async function openCardOn(page, mention, timeout = 10000) {
  await waitForMark(page, mention, timeout);
  const point = await markPoint(page, mention); // again: scrolling may have moved it
  if (!point) throw new Error(`mark on "${mention}" vanished`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForSelector(`${HOST_SELECTOR}[data-open="true"]`, { timeout });
  return point;
}
