// The page of the hostile-marks tests: bundled names, the imported article's person, a name that is
// in no dataset ("Jane Nobody"), and words that are no name, each in a paragraph of its own so a
// mark's box is easy to find. `?style=1` adds the page's own rule against Factlens's marks.
import type { Page } from 'puppeteer-core';
import { describeMarks } from '../../../scripts/describe-marks.mjs';

export const HOSTILE_PAGE = '/hostile/marks';
export const HOSTILE_STYLED_PAGE = '/hostile/marks-styled';
export const IMPORTED_NAME = 'Ingrid Halvorsen';
export const FOREIGN_NAME = 'Jane Nobody';

const body = `<main style="font: 20px/1.6 sans-serif; max-width: 40em; margin: 40px">
<p id="bundled">Talks in Moscow went on late.</p>
<p id="imported">Minister Ingrid Halvorsen met the fleet.</p>
<p id="foreign">Jane Nobody watched from the quay.</p>
<p id="plain">Nothing here is anybody.</p>
</main>`;

const page = (head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile marks</title>${head}</head><body>${body}</body></html>`;

/** What a page writes to restyle or hide Factlens's marks (issue 12, item 4). */
const HOSTILE_STYLE = `<style>
::highlight(factlens-mention) { background-color: transparent !important; text-decoration: none !important; }
</style>`;

export function hostilePages(): Record<string, string> {
  return { [HOSTILE_PAGE]: page(''), [HOSTILE_STYLED_PAGE]: page(HOSTILE_STYLE) };
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The box of some text of the page, found by the page itself (it knows its own text). */
export function textBox(page: Page, text: string): Promise<Box | null> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n.textContent ?? '').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + wanted.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, width: r.width, height: r.height };
    }
    return null;
  }, text);
}

/** Every range of every Highlight in the page's registry, as text: what a page script reads. */
export function registryTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
    }
    return texts;
  });
}

/** The layer Factlens draws a mark on `text` in, asked from an extension page; null while unmarked. */
export async function markLayer(page: Page, text: string): Promise<string | null> {
  return (await describeMarks(page)).find((m) => m.text === text)?.layer ?? null;
}

/** Decodes a screenshot of a box in the page's own world (a canvas never attached: the DOM is untouched). */
async function pixelsOf(page: Page, box: Box): Promise<number[]> {
  const shot = await page.screenshot({
    encoding: 'base64',
    clip: { x: box.left, y: box.top, width: Math.max(1, box.width), height: Math.max(1, box.height) },
  });
  return page.evaluate(async (png) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(0, 0, img.width, img.height).data];
  }, shot);
}

/**
 * Share of a box's pixels in the mark colour's hue: blue for the default underline style (its light
 * tint and its dotted line), red for the red background the tests set. Glyphs and the page stay grey.
 */
export async function tintedShare(page: Page, box: Box, hue: 'blue' | 'red'): Promise<number> {
  const data = await pixelsOf(page, box);
  let tinted = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    if (hue === 'blue' ? b - r > 10 && b > 150 : r - g > 20 && r > 150) tinted++;
  }
  return data.length > 0 ? tinted / (data.length / 4) : 0;
}
