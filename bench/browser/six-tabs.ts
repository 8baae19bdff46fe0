// Six tabs opened at once on the demo article page with the built extension (the bundled dataset):
// the first visible mark of each tab from its navigation start, p50 and max over a few rounds, in
// Chromium and Firefox; in Chromium also the page's JavaScript heap with and without the extension
// (CDP Runtime.getHeapUsage after a forced GC), which is what one tab pays for the extension.
// Each tab still receives and expands its own matcher: content scripts of different tabs (and
// frames) share no memory, so "once per session" can only mean the worker's side.
//   tsx bench/browser/six-tabs.ts          (after npm run build; BENCH_BROWSERS=chrome,firefox)

import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readBuiltDataset, renderDemoPage } from '../../scripts/demo-page.mjs';
import { findBrowser, launchWithExtension } from '../../scripts/launch-browser.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { median, percentile } from '../stats';
import { followMarks } from './measure';
import { PROBE } from './probe';

type Kind = 'chrome' | 'firefox';
const TABS = 6;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const kinds = (process.env.BENCH_BROWSERS ?? 'chrome,firefox').split(',') as Kind[];

const server = await servePages({ '/article': renderDemoPage(readBuiltDataset('chrome')) });
const url = `${server.origin}/article`;

async function openTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

/** Bytes of JavaScript heap the page's renderer holds after a GC (the isolated worlds included). */
async function heapBytes(page: Page): Promise<{ used: number; backing: number }> {
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return { used: usage.usedSize, backing: usage.backingStorageSize ?? 0 };
}

async function sixTabs(kind: Kind) {
  const { browser } = await launchWithExtension({ kind, headless: true, offline: true });
  const firstMarks: number[] = [];
  let heaps: Array<{ used: number; backing: number }> = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const pages = await Promise.all(Array.from({ length: TABS }, () => openTab(browser)));
      const times = await Promise.all(pages.map((p) => followMarks(p)));
      for (const t of times)
        if (t.firstVisibleAfterNavigationMs !== null) firstMarks.push(t.firstVisibleAfterNavigationMs);
      if (kind === 'chrome') heaps = await Promise.all(pages.map(heapBytes));
      await Promise.all(pages.map((p) => p.close()));
    }
  } finally {
    await browser.close();
  }
  return { firstMarks, heaps };
}

/** The same page in a browser without the extension: the heap a tab has anyway. */
async function plainHeaps(): Promise<Array<{ used: number; backing: number }>> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chrome'),
    headless: true,
    ...(process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
  });
  try {
    const pages = await Promise.all(Array.from({ length: TABS }, () => openTab(browser)));
    return await Promise.all(pages.map(heapBytes));
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
try {
  for (const kind of kinds) {
    const { firstMarks, heaps } = await sixTabs(kind);
    console.log(
      `${kind}: ${TABS} tabs at once, ${ROUNDS} rounds: first visible mark p50 ${median(firstMarks).toFixed(0)} ms, ` +
        `p95 ${percentile(firstMarks, 95).toFixed(0)} ms, max ${Math.max(...firstMarks).toFixed(0)} ms after navigation`,
    );
    if (kind !== 'chrome') continue;
    const plain = await plainHeaps();
    const used = (h: typeof heaps) => median(h.map((x) => x.used));
    const backing = (h: typeof heaps) => median(h.map((x) => x.backing));
    console.log(
      `chrome: heap per tab (median) with the extension ${kb(used(heaps))} + ${kb(backing(heaps))} array buffers, ` +
        `without ${kb(used(plain))} + ${kb(backing(plain))}: the extension's share ${kb(used(heaps) - used(plain))} + ${kb(backing(heaps) - backing(plain))}`,
    );
  }
} finally {
  await server.close();
}
