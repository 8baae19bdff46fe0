// Time from the end of the hover delay to a visible card, and the content script's size, for the
// build in dist/<browser> or $BENCH_DIST/<browser> (BENCH_BROWSER=chrome or firefox; chrome by default). Run once per
// variant: `node scripts/build.mjs && tsx bench/card-latency.ts bundled`, then
// `FACTLENS_CARD=lazy node scripts/build.mjs && tsx bench/card-latency.ts lazy`.
// Twice: hover delay 0 with the pointer put on the mark (the card's whole cost), and the default delay
// with the pointer travelling there as a hand moves it; each from the pointer event on the mark, plus
// the delay, to the first frame painted with the card open.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readBuiltDataset, renderDemoPage } from '../scripts/demo-page.mjs';
import { gotoPage } from '../scripts/goto-page.mjs';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { SETTINGS_DEFAULTS } from '../src/core/settings';
import { sendRaw } from '../tests/e2e/harness/extension-page';
import { hoverToCard } from './browser/hover-to-card';

const RUNS = 20;
const label = process.argv[2] ?? 'build';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const kind = process.env.BENCH_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// BENCH_DIST: another build's output (another commit's), measured by this same script.
const distDir = process.env.BENCH_DIST ? `${process.env.BENCH_DIST}/${kind}` : `dist/${kind}`;
const script = readFileSync(`${distDir}/src/content/index.js`);
const server = await servePages({ '/article': renderDemoPage(readBuiltDataset(kind)) });
const { browser, extensionOrigin } = await launchWithExtension({
  kind,
  distDir,
  headless: true,
  offline: true,
});
try {
  const ext = await browser.newPage();
  await gotoPage(ext, `${extensionOrigin}/src/options/index.html`);
  const r = (x: number) => Math.round(x * 10) / 10;
  const rows: Record<string, unknown> = {};
  // Hover delay 0 with the pointer appearing on the mark: the card's whole cost shows. Then as a
  // reader meets it: the default delay, the pointer travelling to the mark.
  for (const { name, delayMs, travel } of [
    { name: 'delay0', delayMs: 0, travel: false },
    { name: 'default', delayMs: SETTINGS_DEFAULTS.hoverDelayMs, travel: true },
  ]) {
    await sendRaw(ext, {
      factlens: 1,
      type: 'updateSettings',
      payload: { patch: { hoverDelayMs: delayMs } },
    });
    const first: number[] = [];
    const second: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await gotoPage(page, `${server.origin}/article`);
      first.push(await hoverToCard(page, 'Putin', { delayMs, travel }));
      second.push(await hoverToCard(page, 'Kyiv', { delayMs, travel }));
      await page.close();
    }
    rows[name] = {
      delayMs,
      travel,
      firstHoverMedianMs: r(median(first)),
      firstHoverMaxMs: r(Math.max(...first)),
      laterHoverMedianMs: r(median(second)),
    };
  }
  console.log(
    JSON.stringify({
      variant: label,
      browser: kind,
      contentScriptBytes: script.length,
      contentScriptGzip: gzipSync(script, { level: 9 }).length,
      ...rows,
      runs: RUNS,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
