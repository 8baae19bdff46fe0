// Time from the end of the hover delay to a visible card, and the content script's size, for the
// build in dist/<browser> (BENCH_BROWSER=chrome or firefox; chrome by default). Run once per
// variant: `node scripts/build.mjs && tsx bench/card-latency.ts bundled`, then
// `FACTLENS_CARD=lazy node scripts/build.mjs && tsx bench/card-latency.ts lazy`.
// The hover delay is set to 0, so the delay ends one frame after the pointer reaches the mark: the
// time is measured from that pointer event to the first frame painted with the card open.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readBuiltDataset, renderDemoPage } from '../scripts/demo-page.mjs';
import { gotoPage } from '../scripts/goto-page.mjs';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { sendRaw } from '../tests/e2e/harness/extension-page';
import { hoverToCard } from './browser/hover-to-card';

const RUNS = 20;
const label = process.argv[2] ?? 'build';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const kind = process.env.BENCH_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const script = readFileSync(`dist/${kind}/src/content/index.js`);
const server = await servePages({ '/article': renderDemoPage(readBuiltDataset(kind)) });
const { browser, extensionOrigin } = await launchWithExtension({
  kind,
  headless: true,
  offline: true,
});
try {
  const ext = await browser.newPage();
  await gotoPage(ext, `${extensionOrigin}/src/options/index.html`);
  await sendRaw(ext, { factlens: 1, type: 'updateSettings', payload: { patch: { hoverDelayMs: 0 } } });
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await gotoPage(page, `${server.origin}/article`);
    first.push(await hoverToCard(page, 'Putin'));
    second.push(await hoverToCard(page, 'Kyiv'));
    await page.close();
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      variant: label,
      browser: kind,
      contentScriptBytes: script.length,
      contentScriptGzip: gzipSync(script, { level: 9 }).length,
      firstHoverMedianMs: r(median(first)),
      firstHoverMaxMs: r(Math.max(...first)),
      laterHoverMedianMs: r(median(second)),
      runs: RUNS,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
