// The "real pages" row: script time per page on the saved-article-like pages (article-pages.ts), the
// built extension against mark.js (one markRegExp of the same names, as its docs show), in Chromium.
// Script time is Chromium's own count for the page's renderer (CDP Performance.getMetrics
// ScriptDuration): the pages run no script of their own, so with the extension it is the content
// script's time, and without it, mark.js's (its parse included, as a page would pay it).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser, launchWithExtension } from '../../scripts/launch-browser.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import type { MatchAlias } from '../../src/core/protocol';
import { runMarkJs } from '../browser/mark-js';
import { median } from '../stats';
import { articlePages } from './article-pages';

export interface RealPagesRow {
  pages: number;
  names: number;
  /** Per page, ms of script: the extension's and mark.js's. */
  extensionMs: number[];
  markJsMs: number[];
  medianMs: number;
  totalMs: number;
  markJsMedianMs: number;
  markJsTotalMs: number;
  /** mark.js's total over ours. */
  ratio: number;
  /** Median of the pages where the extension found nothing to mark (null if there were none). */
  nothingToMarkMedianMs: number | null;
  nothingToMarkPages: number;
}

interface Opened {
  page: Page;
  /** Script time so far in this page's renderer, ms (counted by the session that enabled it). */
  scriptMs(): Promise<number>;
}

async function openPage(browser: Browser, url: string): Promise<Opened> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  // tsx's keepNames wraps functions handed to page.evaluate in __name(): one line of page script.
  await page.evaluateOnNewDocument('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.goto(url, { waitUntil: 'load' });
  const scriptMs = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
  };
  return { page, scriptMs };
}

const MARK_COUNT = () => CSS.highlights.get('factlens-mention')?.size ?? -1;

/**
 * Waits until the extension has finished reading the page: its mark count still for `quietMs`. Polls
 * seldom, since each poll is page script too; returns the marks and the number of polls.
 */
async function settle(page: Page, quietMs = 1_000): Promise<{ marks: number; polls: number }> {
  let polls = 0;
  let last = -1;
  let since = Date.now();
  const start = Date.now();
  while (Date.now() - start < 10_000) {
    const count = await page.evaluate(MARK_COUNT);
    polls++;
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (count >= 0 && Date.now() - since > quietMs) break;
    await new Promise((r) => setTimeout(r, 400));
  }
  return { marks: Math.max(0, last), polls };
}

export async function realPagesRow(count: number, aliases: readonly MatchAlias[]): Promise<RealPagesRow> {
  const pages = articlePages(count, aliases);
  const server = await servePages(Object.fromEntries(pages.map((p) => [p.path, p.html])));
  const markJsSource = readFileSync(
    createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'),
    'utf8',
  );
  const names = [...new Set(aliases.map((a) => a.alias))];
  const { browser: withExt } = await launchWithExtension({ kind: 'chrome', headless: true, offline: true });
  const plain = await puppeteer.launch({
    browser: 'chrome',
    executablePath: findBrowser('chrome'),
    headless: true,
    ...(process.getuid?.() === 0 ? { args: ['--no-sandbox'] } : {}),
  });
  const extensionMs: number[] = [];
  const markJsMs: number[] = [];
  const nothing: number[] = [];
  try {
    // Page by page, one browser then the other, so load drifts alike over both.
    for (const p of pages) {
      const ours = await openPage(withExt, `${server.origin}${p.path}`);
      const { marks, polls } = await settle(ours.page);
      const withPolls = await ours.scriptMs();
      await ours.page.close();
      const theirs = await openPage(plain, `${server.origin}${p.path}`);
      // The same polls on the page without the extension: their cost is taken off ours.
      let before = await theirs.scriptMs();
      for (let i = 0; i < polls; i++) await theirs.page.evaluate(MARK_COUNT);
      const pollMs = (await theirs.scriptMs()) - before;
      const ms = Math.max(0, withPolls - pollMs);
      extensionMs.push(ms);
      if (marks === 0) nothing.push(ms);
      before = await theirs.scriptMs();
      await runMarkJs(theirs.page, markJsSource, names);
      markJsMs.push((await theirs.scriptMs()) - before);
      await theirs.page.close();
    }
  } finally {
    await withExt.close();
    await plain.close();
    await server.close();
  }
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    pages: pages.length,
    names: names.length,
    extensionMs,
    markJsMs,
    medianMs: median(extensionMs),
    totalMs: sum(extensionMs),
    markJsMedianMs: median(markJsMs),
    markJsTotalMs: sum(markJsMs),
    ratio: sum(markJsMs) / sum(extensionMs),
    nothingToMarkMedianMs: nothing.length > 0 ? median(nothing) : null,
    nothingToMarkPages: nothing.length,
  };
}
