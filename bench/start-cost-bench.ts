// What the content script costs a page at start, in Chromium: the built extension against a
// baseline build side by side (page by page, one browser then the other, so load drifts alike over
// both). Per page: the renderer's script time (CDP ScriptDuration: the pages run no script of their
// own), the time from the content script's start to its first mark (its own 'factlens:first-mark'
// measure on pages that ask with data-factlens-trace), and with --profile a CPU profile of the
// extension's code, summed by function (build with FACTLENS_MINIFY=0 for readable names).
//   tsx bench/start-cost-bench.ts [--base <dist dir>] [--pages N] [--repeat N] [--nothing-only] [--profile]
// (--nothing-only: only the pages that name nothing of the dataset, each loaded --repeat times.)

import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { readBuiltDataset } from '../scripts/demo-page.mjs';
import { findBrowser, launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { matchAliases } from '../src/core/query/dataset-index';
import { median } from './stats';
import { articlePages } from './table/article-pages';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const baseDir = arg('--base');
const PAGES = Number(arg('--pages') ?? 30);
const REPEAT = Number(arg('--repeat') ?? 1);
const profile = process.argv.includes('--profile');
const nothingOnly = process.argv.includes('--nothing-only');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface Run {
  scriptMs: number;
  firstMarkMs: number | null;
  marks: number;
  /** Self time per function of the extension's scripts, ms. */
  selfMs: Map<string, number>;
}

const MARK_COUNT = () => CSS.highlights.get('factlens-mention')?.size ?? -1;

async function scriptMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
}

/** Waits for the mark count to stay still for quietMs (polls seldom: each poll is page script too). */
async function settle(page: Page, quietMs = 800): Promise<{ marks: number; polls: number }> {
  let polls = 0;
  let last = -2;
  let since = Date.now();
  const start = Date.now();
  while (Date.now() - start < 10_000) {
    const count = await page.evaluate(MARK_COUNT);
    polls++;
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since > quietMs) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return { marks: Math.max(0, last), polls };
}

function selfTimes(p: Profile): Map<string, number> {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) return;
    const file = frame.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const key = `${frame.functionName || '(top level)'} ${file}:${frame.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}

async function measure(browser: Browser, url: string): Promise<Run> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument('globalThis.__name = globalThis.__name || ((f) => f);');
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await page.goto(url, { waitUntil: 'load' });
  const { marks, polls } = await settle(page);
  const withPolls = await scriptMs(cdp);
  const firstMarkMs = await page.evaluate(() => {
    const m = performance.getEntriesByName('factlens:first-mark')[0];
    return m ? m.duration : null;
  });
  const selfMs = profile
    ? selfTimes(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile)
    : new Map<string, number>();
  // The polls' own cost, measured on the same page after the extension is done (about:blank would differ).
  const before = await scriptMs(cdp);
  for (let i = 0; i < polls + 1; i++) await page.evaluate(MARK_COUNT);
  const pollMs = ((await scriptMs(cdp)) - before) * (polls / (polls + 1));
  await page.close();
  return { scriptMs: Math.max(0, withPolls - pollMs), firstMarkMs, marks, selfMs };
}

const aliases = matchAliases(readBuiltDataset('chrome'));
const pages = articlePages(PAGES, aliases)
  .filter((p) => !nothingOnly || !p.mentions)
  .map((p) => ({
    ...p,
    html: p.html.replace('<html lang="en">', '<html lang="en" data-factlens-trace>'),
  }));
const server = await servePages(Object.fromEntries(pages.map((p) => [p.path, p.html])));
// The floor: the same pages and polls in a browser without the extension (the driver's own script).
const builds = [
  { name: 'this build', dir: 'dist/chrome' },
  ...(baseDir ? [{ name: 'baseline', dir: baseDir }] : []),
  { name: 'no extension', dir: null },
];
const browsers = await Promise.all(
  builds.map(({ dir }) =>
    dir
      ? launchWithExtension({ kind: 'chrome', headless: true, offline: true, distDir: dir })
      : puppeteer
          .launch({
            browser: 'chrome',
            executablePath: findBrowser('chrome'),
            headless: true,
            ...(process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
          })
          .then((browser) => ({ browser })),
  ),
);
const runs = builds.map(() => [] as Array<Run & { mentions: boolean }>);
try {
  for (const p of pages.flatMap((page) => Array.from({ length: REPEAT }, () => page))) {
    // A page counts as one with marks by what this build marked on it, in every column alike.
    let mentions = false;
    for (const [i, { browser }] of browsers.entries()) {
      const run = await measure(browser, `${server.origin}${p.path}`);
      if (i === 0) mentions = run.marks > 0;
      runs[i]?.push({ ...run, mentions });
    }
  }
} finally {
  await Promise.all(browsers.map(({ browser }) => browser.close()));
  await server.close();
}

const f = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : x.toFixed(1));
const medianOf = (xs: number[]) => (xs.length > 0 ? median(xs) : null);
console.log(
  `\nContent script at start, Chromium, ${pages.length} article pages × ${REPEAT} loads (medians, ms)`,
);
console.log('build        | nothing to mark: script | with marks: script | first mark after start');
const summary = builds.map((b, i) => {
  const rs = runs[i] ?? [];
  const nothing = medianOf(rs.filter((r) => !r.mentions).map((r) => r.scriptMs));
  const marked = medianOf(rs.filter((r) => r.mentions).map((r) => r.scriptMs));
  const first = medianOf(rs.flatMap((r) => (r.firstMarkMs === null ? [] : [r.firstMarkMs])));
  console.log(
    `${b.name.padEnd(12)} | ${f(nothing).padStart(23)} | ${f(marked).padStart(18)} | ${f(first).padStart(22)}` +
      `   (${rs.filter((r) => !r.mentions).length} pages with nothing, ${rs.filter((r) => r.mentions).length} with marks)`,
  );
  return { nothing, marked, first };
});
const ours = summary[0];
const base = baseDir ? summary[1] : undefined;
if (ours && base) {
  const ratio = (a: number | null, b: number | null) => (a && b ? `${(b / a).toFixed(2)}×` : '—');
  console.log(
    `baseline / this build: nothing to mark ${ratio(ours.nothing, base.nothing)}, with marks ${ratio(ours.marked, base.marked)}, first mark ${ratio(ours.first, base.first)}`,
  );
}
console.log(`goal: a page with nothing to mark ≤ 3 ms of script; first mark ≤ 50 ms after injection`);

if (profile) {
  for (const [i, b] of builds.entries()) {
    for (const mentions of [false, true]) {
      const rs = (runs[i] ?? []).filter((r) => r.mentions === mentions);
      if (rs.length === 0) continue;
      const total = new Map<string, number>();
      for (const r of rs) for (const [k, v] of r.selfMs) total.set(k, (total.get(k) ?? 0) + v);
      const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 25);
      const sum = [...total.values()].reduce((s, v) => s + v, 0);
      console.log(
        `\n${b.name}, pages ${mentions ? 'with marks' : 'with nothing to mark'}: sampled self time per page ${f(sum / rs.length)} ms`,
      );
      for (const [k, v] of top) console.log(`  ${f(v / rs.length).padStart(6)} ms  ${k}`);
    }
  }
}
