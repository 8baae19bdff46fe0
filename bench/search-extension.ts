// The popup's search in the built extension (Chromium, dist/chrome), through public entry points only:
// `count` real-like articles imported as a reader imports them, searches typed while they compile, the
// compile's end (the index updated and stored once), then the worker stopped as Chromium stops it after
// 30 s idle and
//   - first search after the worker slept: an extension page's search message answered by the woken
//     worker (median of 3, each after a stop);
//   - warm searches: the same round trip per query, p50 and p95 over the queries typed key by key;
//   - the worker's JS heap after them (CDP Runtime.getHeapUsage after a collection).
//   tsx bench/search-extension.ts [sizes, default 1000,10000]   (the build in ./dist/chrome)
import type { Browser } from 'puppeteer-core';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { sendRaw } from '../tests/e2e/harness/extension-page';
import { median, percentile } from './stats';
import { importArticles, QUERIES, stopWorker, within } from './table/extension-row';

export interface SearchExtensionRow {
  articles: number;
  /** Searches typed while the imported articles compiled: p50, p95 and the slowest. */
  duringCompileP50Ms: number;
  duringCompileP95Ms: number;
  duringCompileMaxMs: number;
  /** From the searches above to the worker saying nothing is left to compile. */
  compileSeconds: number;
  /** The first search after the compile (the compiler updated and stored the index). */
  indexMs: number;
  firstSearchAfterSleepMs: number;
  warmP50Ms: number;
  warmP95Ms: number;
  workerHeapMB: number;
}

/** Every prefix of each query, as the popup asks while the reader types. */
const TYPED = QUERIES.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

async function workerHeap(browser: Browser): Promise<number> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const cdp = await target.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const timed = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

export async function searchExtensionRow(count: number, budgetMs: number) {
  const deadline = Date.now() + budgetMs;
  const { browser, extensionOrigin } = await launchWithExtension({
    kind: 'chrome',
    headless: true,
    offline: true,
  });
  const ask = (type: string, payload: object) =>
    within(sendRaw(ext, { factlens: 1, type, payload }), deadline, type);
  const ext = await browser.newPage();
  try {
    await ext.goto(`${extensionOrigin}/src/options/index.html`);
    const started = performance.now();
    await importArticles(ext, count, deadline, { imported: 0, droppedImports: 0 });
    console.error(`imported ${count} in ${Math.round(performance.now() - started)} ms`);
    // The reader types in the popup while the imported articles compile (in steps, after the import
    // answered): each search is answered from the index made before, never updated per step.
    const during: number[] = [];
    for (const query of TYPED) during.push(await timed(() => ask('search', { query, limit: 8 })));
    // Then the compile's end: the compiler brings the index up to date once and stores it.
    const compileStarted = performance.now();
    for (;;) {
      const info = (await ask('getDatasetInfo', {})) as { value?: { compiling?: number } };
      if (!info.value?.compiling) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    const compileMs = performance.now() - compileStarted;
    const indexMs = await timed(() => ask('search', { query: 'Min' }));
    const first: number[] = [];
    for (let i = 0; i < 3; i++) {
      await stopWorker(browser);
      first.push(await timed(() => ask('search', { query: QUERIES[i] as string, limit: 8 })));
    }
    const warm: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const query of TYPED) warm.push(await timed(() => ask('search', { query, limit: 8 })));
    const row: SearchExtensionRow = {
      articles: count,
      duringCompileP50Ms: Math.round(percentile(during, 50)),
      duringCompileP95Ms: Math.round(percentile(during, 95)),
      duringCompileMaxMs: Math.round(Math.max(...during)),
      compileSeconds: Math.round(compileMs / 100) / 10,
      indexMs: Math.round(indexMs),
      firstSearchAfterSleepMs: Math.round(median(first)),
      warmP50Ms: Math.round(percentile(warm, 50) * 10) / 10,
      warmP95Ms: Math.round(percentile(warm, 95) * 10) / 10,
      workerHeapMB: Math.round((await workerHeap(browser)) * 10) / 10,
    };
    return row;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
  for (const size of sizes) {
    const row = await searchExtensionRow(size, 900_000);
    console.log(
      `${String(size).padStart(6)} articles in the extension: search while compiling p50/p95/max ${row.duringCompileP50Ms}/${row.duringCompileP95Ms}/${row.duringCompileMaxMs} ms | ` +
        `compile ${row.compileSeconds} s | first search after it ${row.indexMs} ms | first search after the worker slept ${row.firstSearchAfterSleepMs} ms | ` +
        `warm search p50/p95 ${row.warmP50Ms}/${row.warmP95Ms} ms | worker heap ${row.workerHeapMB} MB`,
    );
    console.log(JSON.stringify(row));
  }
}
