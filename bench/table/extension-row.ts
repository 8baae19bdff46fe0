// The worker rows of `npm run bench` at one dataset size, in Chromium, through public entry points
// only: `count` real-like articles imported as a reader imports them (importArticles, one
// file of JSON Lines under the import cap), compiled (the time until the worker says nothing is left to
// compile, and the first search after it, which waits for the search index's update), then the worker
// stopped as Chromium stops it after 30 s idle (CDP Target.closeTarget) and
//   - cold start: an extension page's getDatasetInfo answered by the woken worker;
//   - first card after the worker slept: a real pointer move onto a mark, to the painted card;
//   - first search after the worker slept, and warm searches (the worker's round trip, per query).
// Everything past `budgetMs` is left out and said so: a size the extension cannot take in time is a
// finding, not a hang.

import type { Browser, Page } from 'puppeteer-core';
import { readBuiltDataset, renderDemoPage } from '../../scripts/demo-page.mjs';
import { launchWithExtension } from '../../scripts/launch-browser.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { sendRaw } from '../../tests/e2e/harness/extension-page';
import { hoverToCard } from '../browser/hover-to-card';
import { realLikeArticles } from '../real-like-articles';
import { median, percentile } from '../stats';

export interface ExtensionRow {
  articles: number;
  importSeconds: number | null;
  /** Articles the worker took before the budget ran out. */
  imported: number;
  /** The first answer after the import (the worker loads bundled + imported for the first time). */
  firstLoadMs: number | null;
  /** From the import's answer to the worker saying nothing is left to compile (compiled in steps after it). */
  compileSeconds: number | null;
  /** The first search after the compile: it waits for the search index to be brought up to date and stored. */
  indexUpdateMs: number | null;
  coldStartMs: number | null;
  firstCardAfterSleepMs: number | null;
  firstSearchAfterSleepMs: number | null;
  searchP50Ms: number | null;
  searchP95Ms: number | null;
  /** The worker's JS heap after the searches (garbage collected first): dataset, index and all. */
  workerHeapBytes: number | null;
  /** Import messages whose channel dropped (each sent again once). */
  droppedImports: number;
  /** Why a figure is missing. */
  note: string;
}

const RUNS = 3;
export const QUERIES = ['Put', 'Zel', 'Kyiv', 'Uni', 'Min', 'Bank', 'Gen', 'Par', 'Nor', 'Sou', 'Ber', 'Mar'];

class OverBudget extends Error {}

export function within<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new OverBudget(what));
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new OverBudget(what)), left);
    }),
  ]);
}

const timed = async (f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

/** Stops the extension's service worker, as Chromium does after 30 s idle, and waits until it is gone. */
export async function stopWorker(browser: Browser): Promise<void> {
  const cdp = await browser.target().createCDPSession();
  const find = async () =>
    (await cdp.send('Target.getTargets')).targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
  const worker = await find();
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  for (let i = 0; i < 100 && (await find()); i++) await new Promise((r) => setTimeout(r, 50));
  await cdp.detach();
}

/** The service worker's used JS heap, after a collection, read over CDP. */
async function workerHeap(browser: Browser): Promise<number> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const cdp = await target.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await cdp.detach();
  }
}

/** JSON Lines files under the import cap, as a reader splits a large export to import it. */
function* jsonlFiles(count: number): Generator<{ name: string; text: string }> {
  const CAP = 4_500_000;
  let lines: string[] = [];
  let bytes = 0;
  let n = 0;
  const file = () => ({ name: `bench-${String(++n).padStart(3, '0')}.jsonl`, text: lines.join('\n') });
  for (const article of realLikeArticles(count, { seed: 3, prefix: 'bench' })) {
    const [head = '', ...rest] = article.text.split('\n\n');
    const [, date = '2024-01-01', title = 'Report'] = /^date (\S+) (.*)$/.exec(head) ?? [];
    const line = JSON.stringify({ title, date, source: 'Bench Ledger', body: rest.join('\n\n').trim() });
    if (bytes + line.length + 1 > CAP && lines.length > 0) {
      yield file();
      lines = [];
      bytes = 0;
    }
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  if (lines.length > 0) yield file();
}

/** Imports the articles file by file through importArticles, as the options page sends a pick. */
export async function importArticles(
  page: Page,
  count: number,
  deadline: number,
  row: Pick<ExtensionRow, 'droppedImports' | 'imported'>,
) {
  for (const file of jsonlFiles(count)) {
    const send = () =>
      within(
        sendRaw(page, { factlens: 1, type: 'importArticles', payload: file }),
        deadline,
        'import',
      ) as Promise<{
        ok?: boolean;
        value?: { status: string; added?: number; reason?: string };
      }>;
    let result: Awaited<ReturnType<typeof send>>;
    try {
      result = await send();
    } catch (error) {
      if (error instanceof OverBudget) throw error;
      // The worker dropped the channel (it was stopped or crashed mid-import): a reader picks the
      // file again. Counted, since nothing should be lost this way.
      row.droppedImports++;
      await new Promise((r) => setTimeout(r, 1_000));
      result = await send();
    }
    if (result?.value?.status !== 'imported')
      throw new Error(`import of ${file.name} refused: ${JSON.stringify(result).slice(0, 200)}`);
    row.imported += result.value.added ?? 0;
  }
}

export async function extensionRow(count: number, budgetMs: number): Promise<ExtensionRow> {
  const deadline = Date.now() + budgetMs;
  const row: ExtensionRow = {
    articles: count,
    importSeconds: null,
    imported: 0,
    droppedImports: 0,
    firstLoadMs: null,
    compileSeconds: null,
    indexUpdateMs: null,
    coldStartMs: null,
    firstCardAfterSleepMs: null,
    firstSearchAfterSleepMs: null,
    searchP50Ms: null,
    searchP95Ms: null,
    workerHeapBytes: null,
    note: '',
  };
  const server = await servePages({ '/article': renderDemoPage(readBuiltDataset('chrome')) });
  const { browser, extensionOrigin } = await launchWithExtension({
    kind: 'chrome',
    headless: true,
    offline: true,
  });
  const ask = (page: Page, type: string, payload: object) =>
    within(sendRaw(page, { factlens: 1, type, payload }), deadline, type);
  try {
    const ext = await browser.newPage();
    await ext.goto(`${extensionOrigin}/src/options/index.html`);
    await ask(ext, 'updateSettings', { patch: { hoverDelayMs: 0 } });
    if (count > 0) row.importSeconds = (await timed(() => importArticles(ext, count, deadline, row))) / 1000;
    const imported = performance.now();
    row.firstLoadMs = await timed(() => ask(ext, 'getDatasetInfo', {}));
    // Everything below is of the compiled dataset, as a reader has it from then on.
    for (;;) {
      const info = (await ask(ext, 'getDatasetInfo', {})) as { value?: { compiling?: number } };
      if (!info.value?.compiling) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    row.compileSeconds = (performance.now() - imported) / 1000;
    row.indexUpdateMs = await timed(() => ask(ext, 'search', { query: 'Min' }));

    const cold: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopWorker(browser);
      cold.push(await timed(() => ask(ext, 'getDatasetInfo', {})));
    }
    row.coldStartMs = median(cold);

    // Search before cards: a card that fails must not take the search cells with it.
    const firstSearch: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await stopWorker(browser);
      firstSearch.push(await timed(() => ask(ext, 'search', { query: QUERIES[i] as string })));
    }
    row.firstSearchAfterSleepMs = median(firstSearch);

    const warm: number[] = [];
    for (let round = 0; round < 3; round++)
      for (const query of QUERIES) warm.push(await timed(() => ask(ext, 'search', { query })));
    row.searchP50Ms = percentile(warm, 50);
    row.searchP95Ms = percentile(warm, 95);
    row.workerHeapBytes = await within(workerHeap(browser), deadline, 'worker heap');

    const cards: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/article`, { waitUntil: 'load' });
      // The page has its marks (the worker answered), then the worker sleeps before the hover.
      await within(
        page.waitForFunction(() => (CSS.highlights.get('factlens-mention')?.size ?? 0) > 0),
        deadline,
        'marks',
      );
      await stopWorker(browser);
      // The first marked name in the page: which names win depends on the imported set.
      const mention = await page.evaluate(() => {
        const first = [...(CSS.highlights.get('factlens-mention') ?? [])][0];
        if (!first) return '';
        const r = document.createRange();
        r.setStart(first.startContainer, first.startOffset);
        r.setEnd(first.endContainer, first.endOffset);
        return r.toString();
      });
      cards.push(await within(hoverToCard(page, mention), deadline, 'card'));
      await page.close();
    }
    row.firstCardAfterSleepMs = median(cards);
  } catch (error) {
    // Whatever stopped the row is its finding: the table still prints.
    row.note =
      error instanceof OverBudget
        ? `${error.message} did not finish within the ${Math.round(budgetMs / 1000)} s budget`
        : `failed: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    await browser.close();
    await server.close();
  }
  return row;
}
