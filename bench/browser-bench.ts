// Browser benchmark: the built extension against mark.js on the same pages in the same run, in
// Chromium and Firefox ESR. Pages are served on 127.0.0.1 and every other request is blocked.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readBuiltDataset } from '../scripts/demo-page.mjs';
import { findBrowser, launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { matchAliases } from '../src/core/query/dataset-index';
import { generateAliases } from './aliases';
import { bundleIife } from './browser/bundle';
import { runMarkJs } from './browser/mark-js';
import { followMarks, pageCosts } from './browser/measure';
import { appendingPage, bigPage, editingPage } from './browser/pages';
import { PROBE } from './browser/probe';

type Kind = 'chrome' | 'firefox';
const EDITS = 2_000;
const kinds = (process.env.BENCH_BROWSERS ?? 'chrome,firefox').split(',') as Kind[];

const dataset = readBuiltDataset('chrome');
const aliases = matchAliases(dataset);
// mark.js gets 100 aliases: the dataset's own, filled up with synthetic names.
const extra = generateAliases(200).filter((a) => !aliases.some((b) => b.alias === a.alias));
const markJsAliases = [...aliases, ...extra].slice(0, 100).map((a) => a.alias);
const server = await servePages({
  '/big': bigPage(aliases),
  '/append': appendingPage(aliases),
  '/edit': editingPage(aliases),
});
const hitTestBundle = await bundleIife('bench/browser/hit-test-entry.ts', 'FactlensHitTest');
const markJsSource = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

async function open(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const local =
      new URL(request.url()).hostname === '127.0.0.1' || /^(data|about|blob):/.test(request.url());
    void (local ? request.continue() : request.abort());
  });
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
  return page;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function editLoop(page: Page): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    runs.push(
      await page.evaluate(
        (n) => (window as unknown as { __runEdits(n: number): number }).__runEdits(n),
        EDITS,
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
  }
  return Number(median(runs).toFixed(1));
}

async function withExtension(kind: Kind) {
  const { browser } = await launchWithExtension({ kind, headless: true, offline: true });
  try {
    const big = await open(browser, '/big');
    const bigTimes = await followMarks(big);
    const bigCosts = await pageCosts(big);
    await big.addScriptTag({ content: hitTestBundle });
    const hit = await big.evaluate(() =>
      (
        window as unknown as { FactlensHitTest: { measureHitTests(r: number): unknown } }
      ).FactlensHitTest.measureHitTests(20),
    );
    const nodes = await big.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      let chars = 0;
      while (w.nextNode()) {
        n++;
        chars += (w.currentNode as Text).length;
      }
      return { textNodes: n, chars };
    });
    await big.close();

    const append = await open(browser, '/append');
    await append.waitForFunction(() => (window as unknown as { __appendDone: boolean }).__appendDone, {
      timeout: 30_000,
    });
    const appendTimes = await followMarks(append, 1_000);
    const appendCosts = await pageCosts(append);
    await append.close();

    const edit = await open(browser, '/edit');
    await followMarks(edit);
    const editMs = await editLoop(edit);
    const editCosts = await pageCosts(edit);
    await edit.close();
    return {
      big: { ...nodes, ...bigTimes, ...bigCosts, hitTest: hit },
      append: { ...appendTimes, ...appendCosts },
      edit: { editMs, longestTaskMs: editCosts.longestTaskMs },
    };
  } finally {
    await browser.close();
  }
}

async function plainBrowser(kind: Kind): Promise<Browser> {
  return puppeteer.launch({
    browser: kind,
    executablePath: findBrowser(kind),
    headless: true,
    ...(kind === 'chrome' && process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
  });
}

async function withoutExtension(kind: Kind) {
  const browser = await plainBrowser(kind);
  try {
    const results: Record<string, unknown> = {};
    for (const [label, list] of [
      ['markJs19', aliases.map((a) => a.alias)],
      ['markJs100', markJsAliases],
    ] as const) {
      const page = await open(browser, '/big');
      const run = await runMarkJs(page, markJsSource, [...list]);
      results[label] = { ...run, ...(await pageCosts(page)) };
      await page.close();
    }
    const append = await open(browser, '/append');
    const appendRun = await runMarkJs(append, markJsSource, markJsAliases);
    await append.waitForFunction(() => (window as unknown as { __appendDone: boolean }).__appendDone, {
      timeout: 30_000,
    });
    const appendMarks = await append.evaluate(() => document.querySelectorAll('mark').length);
    results.markJsAppend = { marksAtLoad: appendRun.marks, marksAfterAppending: appendMarks };
    await append.close();

    const edit = await open(browser, '/edit');
    results.editMsPlain = await editLoop(edit);
    await edit.close();
    const editMarked = await open(browser, '/edit');
    await runMarkJs(editMarked, markJsSource, markJsAliases);
    results.editMsMarkJs = await editLoop(editMarked);
    await editMarked.close();
    return results;
  } finally {
    await browser.close();
  }
}

const report: Record<string, unknown> = {};
for (const kind of kinds) {
  console.log(`\n== ${kind === 'chrome' ? 'Chromium' : 'Firefox ESR'} ==`);
  const ext = await withExtension(kind);
  const plain = await withoutExtension(kind);
  const markJs100 = plain.markJs100 as { allMarksMs: number };
  const summary = {
    firstVisibleMarkMs: ext.big.firstVisibleAfterInjectionMs,
    allMarksMs: ext.big.allMarksAfterInjectionMs,
    longestExtensionTaskMs: ext.big.longestTaskMs,
    domNodesChanged: ext.big.domNodesChanged,
    editSlowdown: Number((ext.edit.editMs / (plain.editMsPlain as number)).toFixed(2)),
    hitTestMs: (ext.big.hitTest as { avgMs: number }).avgMs,
    speedupVsMarkJs100: ext.big.allMarksAfterInjectionMs
      ? Number((markJs100.allMarksMs / ext.big.allMarksAfterInjectionMs).toFixed(1))
      : null,
  };
  console.log(JSON.stringify({ extension: ext, withoutExtension: plain }, null, 1));
  console.log(
    'summary vs targets (first ≤50 ms, all ≤300 ms, task ≤50 ms, 0 DOM nodes, edits ≤1.2×, hit-test ≤0.5 ms, ≥20× mark.js):',
  );
  console.log(JSON.stringify(summary));
  report[kind] = summary;
}
await server.close();
console.log(JSON.stringify({ browser: report }));
