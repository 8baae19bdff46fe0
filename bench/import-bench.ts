// Import benchmark: real-like JSON Lines files imported in the built extension, Chromium and Firefox ESR,
// from an extension page as the options page does it. Side by side in one run, alternating, medians:
//   - the one-message import (the whole file's text in one runtime message, the way before slices;
//     it refuses files over 5 MB, so it gets a file just under that);
//   - the sliced import (options/import-files.ts) of the same file, and of files of 10,000 and
//     20,000 articles that only it accepts.
// Nothing asks the worker for the compiled dataset meanwhile, so this times the transport, parsing and
// the one IndexedDB transaction per file, not the recompile that follows an import.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { bundleIife } from './browser/bundle';
import { type RealLikeJsonLines, writeRealLikeJsonLines } from './real-like-jsonl';

type Kind = 'chrome' | 'firefox';
const MB = 1024 * 1024;
const kinds = (process.env.BENCH_BROWSERS ?? 'chrome,firefox').split(',') as Kind[];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const dir = mkdtempSync(join(tmpdir(), 'factlens-import-bench-'));
// By article count, as the issue counts them (the store keeps 20,000 at most), and one over 100 MB
// within that count: long articles, six generated ones each.
const files: RealLikeJsonLines[] = [
  writeRealLikeJsonLines(dir, 'under-5mb.jsonl', 21, { minBytes: 4.6 * MB }),
  writeRealLikeJsonLines(dir, 'ten-thousand.jsonl', 22, { articles: 10_000 }),
  writeRealLikeJsonLines(dir, 'twenty-thousand.jsonl', 23, { articles: 20_000 }),
  writeRealLikeJsonLines(dir, 'long-articles-100mb.jsonl', 24, { minBytes: 100 * MB, joined: 6 }),
];
const bundle = await bundleIife('bench/browser/import-entry.ts', 'FactlensImport');

async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction(
    (expected) => location.href === expected && document.readyState === 'complete',
    { timeout: 30_000 },
    url,
  );
  return page;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

type Way = 'sliced' | 'oneMessage';

async function run(page: Page, way: Way, index: number): Promise<{ ms: number; outcome: string }> {
  const { ms, result } = await page.evaluate(
    async (w, i) => {
      type Api = Record<'sliced' | 'oneMessage', (f: File) => Promise<{ ms: number; result: unknown }>> & {
        deleteAll(): Promise<void>;
      };
      const api = (globalThis as unknown as { FactlensImport: Api }).FactlensImport;
      const input = document.querySelector<HTMLInputElement>('#bench-files');
      const file = input?.files?.[i];
      if (!file) throw new Error(`no file ${i}`);
      const out = await api[w](file);
      await api.deleteAll();
      return out;
    },
    way,
    index,
  );
  return { ms, outcome: JSON.stringify(result).slice(0, 160) };
}

async function benchBrowser(kind: Kind) {
  const { browser, extensionOrigin } = await launchWithExtension({ kind, headless: true, offline: true });
  try {
    const page = await openExtensionPage(browser, `${extensionOrigin}/src/popup/index.html`);
    await page.evaluate(bundle);
    // Firefox starts the background script after the first pages: wait until it answers.
    await page.waitForFunction(
      async () => {
        const api = (globalThis as unknown as { FactlensImport: { ready(): Promise<boolean> } })
          .FactlensImport;
        return api.ready();
      },
      { timeout: 30_000, polling: 250 },
    );
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.id = 'bench-files';
      document.body.append(input);
    });
    const input = await page.$('#bench-files');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(
      ...files.map((f) => f.path),
    );
    const rows = { push: (line: string) => console.log(line) };
    const row = (file: RealLikeJsonLines, way: string, times: number[], outcome: string, base?: number) => {
      const ms = median(times);
      const mb = file.bytes / MB;
      rows.push(
        [
          kind,
          file.path.split('/').pop(),
          mb.toFixed(1),
          file.articles,
          way,
          ms.toFixed(0),
          (mb / (ms / 1000)).toFixed(1),
          base ? (ms / base).toFixed(2) : '',
          outcome,
        ].join(' | '),
      );
    };
    // Under 5 MB: both ways, alternating so a change in load hits both alike.
    const one: number[] = [];
    const sliced: number[] = [];
    let oneOutcome = '';
    let slicedOutcome = '';
    for (let i = 0; i < ROUNDS; i++) {
      const a = await run(page, 'oneMessage', 0);
      const b = await run(page, 'sliced', 0);
      one.push(a.ms);
      sliced.push(b.ms);
      oneOutcome = a.outcome;
      slicedOutcome = b.outcome;
    }
    const small = files[0] as RealLikeJsonLines;
    row(small, 'one message', one, oneOutcome);
    row(small, 'slices', sliced, slicedOutcome, median(one));
    for (const [k, file] of files.entries()) {
      if (k === 0) continue;
      const old = await run(page, 'oneMessage', k);
      const times: number[] = [];
      let outcome = '';
      for (let i = 0; i < Math.max(1, Math.ceil(ROUNDS / 2)); i++) {
        const r = await run(page, 'sliced', k);
        times.push(r.ms);
        outcome = r.outcome;
      }
      rows.push(`${kind} | ${file.path.split('/').pop()} | one message: ${old.outcome}`);
      row(file, 'slices', times, outcome);
    }
  } finally {
    await browser.close();
  }
}

console.log('browser | file | MB | articles | way | median ms | MB/s | × one message | result');
for (const kind of kinds) await benchBrowser(kind);
