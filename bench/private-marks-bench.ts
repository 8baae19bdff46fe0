// Imported names on real-like pages, two builds side by side in Chromium: script time per page (CDP
// ScriptDuration of the page's renderer: the pages run no script of their own but the probe, the same
// in both) and the first mark after navigation start (the page's first registered range, sampled
// every frame by the probe). Each build imports the same article file through its options page, and
// every page names its people near the top, so the build with the overlay draws them at once.
//   tsx bench/private-marks-bench.ts <baseline-dist-dir> [<dist-dir>]   (default dist/chrome)
//   BENCH_PAGES=n (default 24), BENCH_NO_IMPORT=1 (nothing imported), BENCH_VERBOSE=1 (per page)

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readBuiltDataset } from '../scripts/demo-page.mjs';
import { findBrowser } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { matchAliases } from '../src/core/query/dataset-index';
import { PROBE, READ_MARKS } from './browser/probe';
import { median } from './stats';
import { articlePages } from './table/article-pages';

const PAGES = Number(process.env.BENCH_PAGES ?? 24);
const SETTLE_MS = 2_500;
const [baselineDir, currentDir = 'dist/chrome'] = process.argv.slice(2);
if (!baselineDir) throw new Error('usage: tsx bench/private-marks-bench.ts <baseline-dist-dir> [<dist-dir>]');

const PEOPLE = [
  'Ingrid Halvorsen',
  'Tomas Eikeland',
  'Solveig Brekke',
  'Anders Lothe',
  'Maren Fjeldstad',
  'Eirik Vangsnes',
];

/** One imported article naming the people, in the seed text format the options page takes. */
function articleFile(): string {
  const lines = PEOPLE.map(
    (name, i) =>
      `Harbour official ${name} spoke at the Arctic Fisheries Forum in Tromsø on day ${i + 1}. ${name.split(' ')[1]} said the quotas would hold.`,
  );
  const text = ` date 2024-08-01 Ministers at the Arctic Fisheries Forum

World » NORWAY | August 1, 2024, Thursday // 09:00
Ministers at the Arctic Fisheries Forum

${lines.join('\n\n')}
`;
  const dir = mkdtempSync(join(tmpdir(), 'factlens-private-bench-'));
  const path = join(dir, 'forum.txt');
  writeFileSync(path, text);
  return path;
}

async function launch(dir: string): Promise<{ browser: Browser; origin: string }> {
  const args = ['--window-size=1280,900', '--no-first-run', '--disable-background-networking'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chrome'),
    headless: true,
    pipe: true,
    enableExtensions: [resolve(dir)],
    defaultViewport: null,
    args,
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    { timeout: 15_000 },
  );
  return { browser, origin: `chrome-extension://${new URL(worker.url()).host}` };
}

async function importFile(browser: Browser, origin: string, path: string): Promise<void> {
  const options = await browser.newPage();
  await options.goto(`${origin}/src/options/index.html`);
  const batch = () => options.$eval('#import-status', (el) => Number(el.getAttribute('data-batch')));
  await options.waitForSelector('#import-files');
  const before = await batch();
  const input = await options.$('#import-files');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  const deadline = Date.now() + 60_000;
  while ((await batch()) <= before) {
    if (Date.now() > deadline) throw new Error('the import gave no result');
    await new Promise((r) => setTimeout(r, 200));
  }
  await options.close();
}

interface Load {
  scriptMs: number;
  firstMarkMs: number | null;
}

async function load(browser: Browser, url: string): Promise<Load> {
  const page: Page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const marks = (await page.evaluate(READ_MARKS)) as {
    firstVisibleAt: number | null;
    highlightAt: number | null;
  };
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
  await page.close();
  return { scriptMs, firstMarkMs: marks.firstVisibleAt };
}

const aliases = matchAliases(readBuiltDataset('chrome'));
const people = `<p>Harbour officials ${PEOPLE.slice(0, -1).join(', ')} and ${PEOPLE.at(-1)} met on Friday.</p>`;
const pages = articlePages(PAGES, aliases).map((p) => ({
  ...p,
  html: p.html.replace(/<body([^>]*)>/, (m) => `${m}${people}`),
}));
const server = await servePages(Object.fromEntries(pages.map((p) => [p.path, p.html])));
const file = articleFile();
const builds = [
  { name: 'baseline', dir: baselineDir },
  { name: 'current', dir: currentDir },
];
const running: Array<{ name: string; dir: string; browser: Browser; loads: Load[] }> = [];
for (const build of builds) {
  const { browser, origin } = await launch(build.dir);
  // BENCH_NO_IMPORT=1: the same pages for a reader with no imports (the fixed cost of the guard and host).
  if (process.env.BENCH_NO_IMPORT !== '1') await importFile(browser, origin, file);
  running.push({ ...build, browser, loads: [] });
}
try {
  // Page by page, one build then the other, so load on the machine drifts alike over both.
  for (const p of pages) {
    for (const run of running) run.loads.push(await load(run.browser, `${server.origin}${p.path}`));
  }
} finally {
  for (const run of running) await run.browser.close();
  await server.close();
}

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const rows = running.map((run) => {
  const script = run.loads.map((l) => l.scriptMs);
  const first = run.loads.map((l) => l.firstMarkMs).filter((x): x is number => x !== null);
  return {
    build: run.name,
    dir: run.dir,
    pages: run.loads.length,
    scriptMedianMs: +median(script).toFixed(1),
    scriptTotalMs: +sum(script).toFixed(0),
    firstMarkMedianMs: first.length > 0 ? +median(first).toFixed(1) : null,
    pagesMarked: first.length,
  };
});
if (process.env.BENCH_VERBOSE === '1')
  console.table(
    pages.map((p, i) =>
      Object.fromEntries([
        ['page', p.path],
        ...running.map((r) => [r.name, Math.round(r.loads[i]?.scriptMs ?? 0)]),
      ]),
    ),
  );
console.table(rows);
const [base, current] = rows;
if (base && current) {
  console.log(
    `script time, current / baseline: median ×${(current.scriptMedianMs / base.scriptMedianMs).toFixed(2)}, total ×${(current.scriptTotalMs / base.scriptTotalMs).toFixed(2)}`,
  );
  if (base.firstMarkMedianMs && current.firstMarkMedianMs)
    console.log(
      `first mark, current / baseline: median ×${(current.firstMarkMedianMs / base.firstMarkMedianMs).toFixed(2)}`,
    );
}
