// Rasterises assets/icon.svg to the PNG sizes the manifest names, with the browser already on the
// machine (Chromium through puppeteer-core): nothing is downloaded. Run after editing the SVG and
// commit the PNGs: `node scripts/draw-icons.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from './launch-browser.mjs';

export const ICON_SIZES = [16, 32, 48, 128];

const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: findBrowser('chrome'),
  headless: true,
  pipe: true,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // The SVG scales to the viewport, so each size is drawn from the vector source, not downscaled.
    const scaled = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${scaled}</body></html>`);
    const png = await page.screenshot({
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    writeFileSync(resolve(`assets/icon-${size}.png`), png);
    console.log(`assets/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
