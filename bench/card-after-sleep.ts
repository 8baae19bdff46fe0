// The first card after Chromium stopped the worker, hover after hover: each round a fresh tab of the demo
// article (no card code, no cards in the tab yet), the worker stopped as Chromium stops it after 30 s idle,
// then one real pointer move onto a name. Prints how many hovers opened no card within 30 s and the
// median time to the painted card (hover delay 0).
//   tsx bench/card-after-sleep.ts [rounds, default 16]   (the build in ./dist/chrome, or BENCH_DIST)
import { readBuiltDataset, renderDemoPage } from '../scripts/demo-page.mjs';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { sendRaw } from '../tests/e2e/harness/extension-page';
import { hoverToCard } from './browser/hover-to-card';
import { median } from './stats';
import { stopWorker } from './table/extension-row';

const rounds = Number(process.argv[2] ?? 16);
const dist = process.env.BENCH_DIST;
const server = await servePages({ '/article': renderDemoPage(readBuiltDataset('chrome')) });
const { browser, extensionOrigin } = await launchWithExtension({
  kind: 'chrome',
  headless: true,
  offline: true,
  ...(dist ? { distDir: `${dist}/chrome` } : {}),
});
try {
  const ext = await browser.newPage();
  await ext.goto(`${extensionOrigin}/src/options/index.html`);
  await sendRaw(ext, { factlens: 1, type: 'updateSettings', payload: { patch: { hoverDelayMs: 0 } } });
  const times: number[] = [];
  let missed = 0;
  for (let i = 0; i < rounds; i++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/article`, { waitUntil: 'load' });
    await page.waitForFunction(() => (CSS.highlights.get('factlens-mention')?.size ?? 0) > 0);
    await stopWorker(browser);
    try {
      times.push(await hoverToCard(page, 'Ukraine'));
    } catch {
      missed++;
    }
    await page.close();
  }
  console.log(
    `first hover after the worker stopped: ${missed} of ${rounds} opened no card; ` +
      `card painted after a median ${times.length ? Math.round(median(times)) : '—'} ms`,
  );
} finally {
  await browser.close();
  await server.close();
}
