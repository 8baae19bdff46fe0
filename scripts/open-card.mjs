// Hovers the first mark on `mention` and waits for its card: used by the screenshot mode and the e2e tests.
import { describeMarks } from './describe-marks.mjs';
// The card is an extension frame the page cannot read; the driver reads it from inside (its root
// element mirrors what it shows, see src/card-frame/frame-mirror.ts).

export const HIGHLIGHT_NAME = 'factlens-mention';
/** The card's host element in the page: it carries this marker and nothing else. */
export const HOST_SELECTOR = '[data-factlens-card]';
const FRAME_URL = /\/src\/card-frame\/index\.html#(card|toast)\./;

/**
 * The role ('card' or 'toast') of a frame of the card's frame page, or ''. Firefox's driver reports
 * extension frames as about:blank, so those are asked where they are.
 * @param {import('puppeteer-core').Frame} frame
 */
async function roleOf(frame) {
  const url = frame.url();
  const known = FRAME_URL.exec(url);
  if (known) return known[1];
  if (url !== 'about:blank' && url !== '') return '';
  const href = await frame.evaluate(() => location.href).catch(() => '');
  return FRAME_URL.exec(href)?.[1] ?? '';
}

/**
 * The card's frame (or the Undo note's) drawn by the content script of `owner`: a page's top frame,
 * or a given frame. The last one when the page made the card host again.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} owner
 * @returns {Promise<import('puppeteer-core').Frame | null>}
 */
export async function cardFrame(owner, role = 'card') {
  const parent = 'mainFrame' in owner ? owner.mainFrame() : owner;
  let found = null;
  for (const child of parent.childFrames()) {
    if (child.detached) continue;
    if ((await roleOf(child)) === role) found = child;
  }
  return found;
}

/**
 * What the card's frame mirrors (data-* of its root), with `focused`: whether the frame's document
 * has keyboard focus. Null when there is no such frame.
 * @param {import('puppeteer-core').Page | import('puppeteer-core').Frame} owner
 * @returns {Promise<Record<string, string> | null>}
 */
export async function cardData(owner, role = 'card') {
  const frame = await cardFrame(owner, role);
  if (!frame) return null;
  return frame
    .evaluate(() => ({ ...document.documentElement.dataset, focused: String(document.hasFocus()) }))
    .catch(() => null);
}

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
  const deadline = Date.now() + timeout;
  while ((await cardData(page))?.open !== 'true') {
    if (Date.now() > deadline) throw new Error(`no card opened on "${mention}" after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return point;
}
