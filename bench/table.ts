// `npm run bench`: the issue's table, measured on this machine through public entry points (the
// dataset compiler's API, the built extension's worker messages and a real pointer), at 1,000, 10,000
// and (where time and memory allow) 50,000 real-like articles, plus the "real pages" row against
// mark.js. Every goal is checked and printed with its gap. A size that does not finish within its
// budget is reported as such (its figure is then at least the budget).
//   tsx bench/table.ts [--quick]      (--quick: 1,000 articles and 10 pages, about 2 minutes)
// The matcher's own benchmarks are `npm run bench:node` and `npm run bench:browser`.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freemem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readBuiltDataset } from '../scripts/demo-page.mjs';
import { matchAliases } from '../src/core/query/dataset-index';
import type { BuildRow } from './table/build-row';
import { type ExtensionRow, extensionRow } from './table/extension-row';
import { realPagesRow } from './table/real-pages-row';
import { type Goal, printVerdicts } from './targets';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const SIZES = quick ? [1_000] : [1_000, 10_000, 50_000];
const PAGES = quick ? 10 : 40;
/** Per size: the build's budget and the extension's (import, first load and the measures after it). */
const BUILD_BUDGET_S: Record<number, number> = { 1000: 60, 10000: 150, 50000: 120 };
const EXTENSION_BUDGET_S: Record<number, number> = { 1000: 150, 10000: 300, 50000: 0 };
const MB = 2 ** 20;

type BuildOutcome = { row: BuildRow } | { skipped: string };

/** One build in a process of its own, stopped at its budget. */
function build(count: number, budgetS: number): Promise<BuildOutcome> {
  return new Promise((resolve) => {
    const script = fileURLToPath(new URL('./table/build-row.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(count)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), budgetS * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ row: JSON.parse(out.trim().split('\n').at(-1) as string) as BuildRow });
      else
        resolve({ skipped: code === null ? `> ${budgetS} s (stopped at its budget)` : `failed (${code})` });
    });
  });
}

/** The gzipped bytes of what every page loads: the scripts the manifest lists under content_scripts. */
function startScriptBytes(target: 'chrome' | 'firefox'): number {
  const dir = fileURLToPath(new URL(`../dist/${target}/`, import.meta.url));
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as {
    content_scripts: Array<{ js: string[] }>;
  };
  const files = new Set(manifest.content_scripts.flatMap((c) => c.js));
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(dir + file)).length, 0);
}

const f = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined ? '—' : x.toFixed(digits);
const cell = (s: string, w: number) => s.padStart(w);

const builds = new Map<number, BuildOutcome>();
const workers = new Map<number, ExtensionRow | string>();
for (const size of SIZES) {
  // Sizes past the goal's (10,000) are estimated from the largest build that finished first.
  const done = [...builds.values()].flatMap((b) => ('row' in b ? [b.row] : []));
  const previous = size > 10_000 ? done.at(-1) : undefined;
  // Where memory allows: the previous size's peak, scaled, must fit in free memory with room to spare…
  if (previous) {
    const estimate = (previous.peakRssBytes * size) / previous.articles;
    // …and, at linear growth (the least it can be), finish within its budget.
    const seconds = (previous.buildSeconds * size) / previous.articles;
    const budget = BUILD_BUDGET_S[size] ?? 60;
    const skipped =
      estimate * 1.3 > freemem()
        ? `not run: needs ~${f(estimate / MB)} MB, ${f(freemem() / MB)} MB free`
        : seconds > budget
          ? `not run: would take ≥ ~${f(seconds)} s at linear growth (budget ${budget} s), ~${f(estimate / MB)} MB`
          : null;
    if (skipped) {
      builds.set(size, { skipped });
      workers.set(size, 'not run (build not run)');
      continue;
    }
  }
  console.error(`build: ${size} articles…`);
  builds.set(size, await build(size, BUILD_BUDGET_S[size] ?? 60));
  const budget = EXTENSION_BUDGET_S[size] ?? 0;
  if (budget === 0) {
    workers.set(size, 'not run (beyond the import cap of 20,000 articles)');
    continue;
  }
  console.error(`extension: ${size} articles…`);
  workers.set(size, await extensionRow(size, budget * 1000));
}
console.error('extension: bundled dataset only…');
const seed = await extensionRow(0, 60_000);
console.error(`real pages: ${PAGES} pages…`);
const aliases = matchAliases(readBuiltDataset('chrome'));
const pages = await realPagesRow(PAGES, aliases);

const header = [
  'articles',
  'build s',
  'peak MB',
  'data MB',
  '×text',
  'index MB',
  'gz×text',
  'import s',
  'compile s',
  'index upd ms',
  'cold ms',
  'card ms',
  '1st search ms',
  'search p50/p95 ms',
  'heap MB',
];
const widths = header.map((h) => Math.max(h.length, 9));
const line = (cells: string[]) => cells.map((c, i) => cell(c, widths[i] as number)).join(' | ');
console.log('\nFactlens at scale (Chromium; card and search after the worker was stopped; medians)');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
const workerCells = (w: ExtensionRow) => [
  f(w.importSeconds, 1),
  f(w.compileSeconds, 1),
  f(w.indexUpdateMs),
  f(w.coldStartMs),
  f(w.firstCardAfterSleepMs),
  f(w.firstSearchAfterSleepMs),
  `${f(w.searchP50Ms)}/${f(w.searchP95Ms)}`,
  w.workerHeapBytes === null ? '—' : f(w.workerHeapBytes / MB),
];
console.log(line(['bundled', '', '', '', '', '', '', '', ...workerCells(seed).slice(1)]));
const notes: string[] = [];
for (const size of SIZES) {
  const b = builds.get(size) as BuildOutcome;
  const w = workers.get(size) as ExtensionRow | string;
  const buildCells =
    'row' in b
      ? [
          f(b.row.buildSeconds, 1),
          f(b.row.peakRssBytes / MB),
          f(b.row.packedBytes / MB, 1),
          f(b.row.packedBytes / b.row.textBytes, 1),
          f(b.row.searchIndexBytes / MB, 1),
          f(b.row.shippedGzipBytes / b.row.textBytes, 2),
        ]
      : ['—', '—', '—', '—', '—', '—'];
  if ('skipped' in b) notes.push(`${size} build: ${b.skipped}`);
  if (typeof w === 'string') notes.push(`${size} extension: ${w}`);
  else if (w.note || w.droppedImports > 0)
    notes.push(
      `${size} extension: ${w.note || 'complete'} (${w.imported} articles imported` +
        `${w.droppedImports > 0 ? `, ${w.droppedImports} import message(s) dropped and sent again` : ''})`,
    );
  console.log(
    line([
      String(size),
      ...buildCells,
      ...(typeof w === 'string' ? ['—', '—', '—', '—', '—', '—', '—', '—'] : workerCells(w)),
    ]),
  );
}
for (const note of notes) console.log(`  ${note}`);
console.log(
  `\nReal pages (${pages.pages} saved-article-like pages, ${pages.names} names, Chromium script time per page): ` +
    `Factlens median ${f(pages.medianMs, 1)} ms, total ${f(pages.totalMs)} ms | mark.js markRegExp median ` +
    `${f(pages.markJsMedianMs, 1)} ms, total ${f(pages.markJsTotalMs)} ms | mark.js / Factlens ${f(pages.ratio, 2)}× | ` +
    `pages with nothing to mark: ${pages.nothingToMarkPages}, median ${f(pages.nothingToMarkMedianMs, 1)} ms`,
);

const at = (size: number) => {
  const b = builds.get(size);
  const w = workers.get(size);
  return { b: b && 'row' in b ? b.row : null, w: w && typeof w !== 'string' ? w : null };
};
const goalSize = quick ? 1_000 : 10_000;
const { b, w } = at(goalSize);
// A figure stopped at its budget is at least the budget: judged as that, so the gap is a lower bound.
const overBudget = (value: number | null | undefined) =>
  value ?? (w?.note ? (EXTENSION_BUDGET_S[goalSize] ?? 0) * 1000 : null);
const goals: Goal[] = [
  { what: 'real pages: mark.js script time / ours', value: pages.ratio, kind: 'min', goal: 20, unit: '×' },
  {
    what: 'real pages: page with nothing to mark',
    value: pages.nothingToMarkMedianMs,
    kind: 'max',
    goal: 3,
    unit: 'ms',
  },
  { what: `build of ${goalSize} articles`, value: b?.buildSeconds ?? null, kind: 'max', goal: 60, unit: 's' },
  {
    what: `build peak memory, ${goalSize}`,
    value: b ? b.peakRssBytes / MB : null,
    kind: 'max',
    goal: 500,
    unit: 'MB',
  },
  {
    what: `dataset size / article text, ${goalSize}`,
    value: b ? b.packedBytes / b.textBytes : null,
    kind: 'max',
    goal: 2,
    unit: '×',
  },
  {
    what: `dataset and search index gzipped / article text, ${goalSize}`,
    value: b ? b.shippedGzipBytes / b.textBytes : null,
    kind: 'max',
    goal: 0.25,
    unit: '×',
  },
  {
    what: `first card after the worker slept, ${goalSize}`,
    value: overBudget(w?.firstCardAfterSleepMs),
    kind: 'max',
    goal: 100,
    unit: 'ms',
  },
  {
    what: `first search after the worker slept, ${goalSize}`,
    value: overBudget(w?.firstSearchAfterSleepMs),
    kind: 'max',
    goal: 150,
    unit: 'ms',
  },
  {
    what: `warm search p50 (worker round trip), ${goalSize}`,
    value: overBudget(w?.searchP50Ms),
    kind: 'max',
    goal: 16,
    unit: 'ms',
  },
  {
    what: `warm search p95 (worker round trip), ${goalSize}`,
    value: overBudget(w?.searchP95Ms),
    kind: 'max',
    goal: 50,
    unit: 'ms',
  },
  {
    what: `matcher data sent to a tab, ${goalSize}`,
    value: b ? b.matcherBytes / MB : null,
    kind: 'max',
    goal: 1,
    unit: 'MB',
  },
  {
    what: `worker memory, ${goalSize}`,
    value: w?.workerHeapBytes ? w.workerHeapBytes / MB : null,
    kind: 'max',
    goal: 60,
    unit: 'MB',
  },
  ...(['chrome', 'firefox'] as const).map(
    (target): Goal => ({
      what: `content script loaded at start, gzipped, ${target}`,
      value: startScriptBytes(target) / 1024,
      kind: 'max',
      goal: 10,
      unit: 'KB',
    }),
  ),
];
console.log('');
printVerdicts('Goals (issue 11)', goals);
console.log(
  JSON.stringify({ builds: Object.fromEntries(builds), workers: Object.fromEntries(workers), seed, pages }),
);
