// Infinite-scroll benchmark: the page's own appends (200 paragraphs every 200 ms) with no extension,
// and with each given build of Factlens, in Chromium and Firefox ESR, rounds interleaved in one run
// so load on the machine falls on all alike. Reports medians and ratios to the no-extension run, and
// the extension's longest task: its own slices and mutation batches (performance measures the
// content script records on pages marked data-factlens-trace), plus Chromium's long tasks.
//
//   npm run bench:scroll                       this worktree's dist/
//   BENCH_BUILDS=before=/path/to/old/checkout,after=. npm run bench:scroll
//   BENCH_BROWSERS=chrome BENCH_ROUNDS=5 BENCH_TICKS=50 …

import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { readBuiltDataset } from '../scripts/demo-page.mjs';
import { findBrowser, launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { matchAliases } from '../src/core/query/dataset-index';
import { nestedShadowPage, scrollPage, shadowPage } from './browser/scroll-page';
import { type Goal, printVerdicts } from './targets';

type Kind = 'chrome' | 'firefox';
const kinds = (process.env.BENCH_BROWSERS ?? 'chrome,firefox').split(',') as Kind[];
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const ticks = Number(process.env.BENCH_TICKS ?? 50);
const builds = (process.env.BENCH_BUILDS ?? 'extension=.').split(',').map((entry) => {
  const [name, dir] = entry.split('=') as [string, string];
  return { name, dir: resolve(dir) };
});

const aliases = matchAliases(readBuiltDataset('chrome'));
const server = await servePages({
  '/scroll': scrollPage(aliases, { ticks, perTick: 200, intervalMs: 200 }),
  '/shadow': shadowPage(aliases),
  '/nested': nestedShadowPage(aliases),
});
const SHADOW_PAGES = [
  { path: '/shadow', title: '3,000 flat shadow roots' },
  { path: '/nested', title: '500 nested shadow roots' },
];

interface Run {
  totalMs: number;
  appendMs: number;
  /** Longest extension slice or mutation batch (trace measures), and Chromium's longest task. */
  sliceMs: number | null;
  longTaskMs: number | null;
}

async function launch(kind: Kind, dir: string | null): Promise<Browser> {
  if (dir === null) {
    return puppeteer.launch({
      browser: kind,
      executablePath: findBrowser(kind),
      headless: true,
      ...(kind === 'chrome' && process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
    });
  }
  // launchWithExtension loads ./dist/<kind>: run it from the build's own checkout.
  const here = process.cwd();
  process.chdir(dir);
  try {
    return (await launchWithExtension({ kind, headless: true })).browser;
  } finally {
    process.chdir(here);
  }
}

/** A new page that records the duration of every long task into window.__longTasks from its start. */
async function pageRecordingLongTasks(browser: Browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(`(() => {
    window.__longTasks = [];
    try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true }); } catch {}
  })()`);
  return page;
}

async function runOnce(browser: Browser, withExtension: boolean): Promise<Run> {
  const page = await pageRecordingLongTasks(browser);
  await page.goto(`${server.origin}/scroll`, { waitUntil: 'load', timeout: 60_000 });
  if (withExtension) {
    // The first paragraphs marked: the extension is running before the feed starts.
    await page.waitForFunction(() => (CSS.highlights.get('factlens-mention')?.size ?? 0) > 0, {
      timeout: 30_000,
      polling: 100,
    });
  }
  await page.evaluate('window.__startScroll()');
  await page.waitForFunction('window.__scroll !== null', { timeout: 600_000, polling: 250 });
  const result = (await page.evaluate(`(() => {
    const own = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('factlens:'));
    return {
      ...window.__scroll,
      sliceMs: own.length ? Math.max(...own.map((m) => m.duration)) : null,
      worst: own.sort((a, b) => b.duration - a.duration).slice(0, 5).map((m) => m.name + ' ' + Math.round(m.duration) + ' @' + Math.round(m.startTime)),
      count: own.length,
      longTaskMs: window.__longTasks.length ? Math.max(...window.__longTasks) : null,
    };
  })()`)) as Run;
  await page.close();
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(result));
  return result;
}

/** A page of many shadow roots: the extension's longest slice and Chromium's longest task once it is read. */
async function shadowOnce(
  browser: Browser,
  path: string,
): Promise<{ sliceMs: number | null; longTaskMs: number | null }> {
  const page = await pageRecordingLongTasks(browser);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  // Read to the end: no new slice for a second.
  await page.waitForFunction(
    `(() => {
      const own = performance.getEntriesByType('measure').filter((m) => m.name === 'factlens:slice');
      const last = own.length ? own[own.length - 1].startTime + own[own.length - 1].duration : 0;
      window.__quietSince ??= performance.now();
      if (own.length !== window.__seen) { window.__seen = own.length; window.__quietSince = performance.now(); }
      return performance.now() - window.__quietSince > 1500 && performance.now() - last > 1500;
    })()`,
    { timeout: 120_000, polling: 250 },
  );
  const result = (await page.evaluate(`(() => {
    const own = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('factlens:'));
    return {
      sliceMs: own.length ? Math.max(...own.map((m) => m.duration)) : null,
      longTaskMs: window.__longTasks.length ? Math.max(...window.__longTasks) : null,
    };
  })()`)) as { sliceMs: number | null; longTaskMs: number | null };
  await page.close();
  return result;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const fmt = (ms: number | null) => (ms === null ? '–' : `${Math.round(ms)} ms`);

for (const kind of kinds) {
  const variants = [{ name: 'no extension', dir: null as string | null }, ...builds];
  const runs = new Map<string, Run[]>(variants.map((v) => [v.name, []]));
  type ShadowRun = { sliceMs: number | null; longTaskMs: number | null };
  const shadows = new Map<string, ShadowRun[]>(
    SHADOW_PAGES.flatMap((s) => variants.map((v) => [`${s.path} ${v.name}`, []] as [string, ShadowRun[]])),
  );
  for (let round = 0; round < rounds; round++) {
    for (const variant of variants) {
      const browser = await launch(kind, variant.dir);
      try {
        runs.get(variant.name)?.push(await runOnce(browser, variant.dir !== null));
        for (const s of SHADOW_PAGES)
          shadows.get(`${s.path} ${variant.name}`)?.push(await shadowOnce(browser, s.path));
      } finally {
        await browser.close();
      }
    }
  }
  const base = median((runs.get('no extension') ?? []).map((r) => r.totalMs));
  console.log(`\n${kind}: ${ticks} × 200 paragraphs every 200 ms, median of ${rounds}`);
  console.log('build | page total | ratio | page appends | longest extension slice | longest task');
  for (const variant of variants) {
    const rs = runs.get(variant.name) ?? [];
    const total = median(rs.map((r) => r.totalMs));
    const slices = rs.map((r) => r.sliceMs).filter((x): x is number => x !== null);
    const tasks = rs.map((r) => r.longTaskMs).filter((x): x is number => x !== null);
    console.log(
      [
        variant.name,
        fmt(total),
        `×${(total / base).toFixed(2)}`,
        fmt(median(rs.map((r) => r.appendMs))),
        slices.length ? fmt(median(slices)) : '–',
        tasks.length ? fmt(median(tasks)) : '–',
      ].join(' | '),
    );
  }
  const pick = (xs: Array<number | null>) => {
    const ns = xs.filter((x): x is number => x !== null);
    return ns.length ? fmt(median(ns)) : '–';
  };
  for (const s of SHADOW_PAGES) {
    // The page's own row (no extension) is the baseline: its longest task is the page building itself.
    console.log(`\n${kind}: ${s.title}, median of ${rounds}`);
    console.log('build | longest extension slice | longest task');
    for (const variant of variants) {
      const rs = shadows.get(`${s.path} ${variant.name}`) ?? [];
      console.log(
        [variant.name, pick(rs.map((r) => r.sliceMs)), pick(rs.map((r) => r.longTaskMs))].join(' | '),
      );
    }
  }
  // The goals, judged on the last build given (the one under test when builds are compared).
  const last = variants.at(-1);
  if (last && last.dir !== null) {
    const rs = runs.get(last.name) ?? [];
    const name = kind === 'chrome' ? 'Chromium' : 'Firefox ESR';
    const sliceOf = (path: string) => {
      const xs = (shadows.get(`${path} ${last.name}`) ?? []).flatMap((r) =>
        r.sliceMs === null ? [] : [r.sliceMs],
      );
      return xs.length ? median(xs) : null;
    };
    const goals: Goal[] = [
      {
        what: `infinite scroll: page total with / without Factlens, ${name}`,
        value: rs.length ? median(rs.map((r) => r.totalMs)) / base : null,
        kind: 'max',
        goal: 1.2,
        unit: '×',
      },
      ...SHADOW_PAGES.map(
        (s): Goal => ({
          what: `${s.title}: longest extension slice, ${name}`,
          value: sliceOf(s.path),
          kind: 'max',
          goal: 50,
          unit: 'ms',
        }),
      ),
    ];
    printVerdicts(`${name} scroll goals`, goals);
  }
}
await server.close();
