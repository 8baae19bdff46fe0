// Bundled names right after a large import, and a large import end to end, in the built extension
// (dist/ under the current directory: run it in a checkout of the old code for the baseline).
//   - "first bundled mark": an import of N two-sentence notes chosen in the options page's file input;
//     as soon as the page reports the file stored, a fresh tab with a bundled name opens, and the time
//     until that name is marked is taken;
//   - "end to end": from choosing the file until the options page counts the articles as included
//     (stored, compiled and published to open tabs).
// Waits are capped at BENCH_CAP_S seconds (default 300): a dataset the worker never finishes shows as
// "> cap".
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchWithExtension } from '../scripts/launch-browser.mjs';
import { servePages } from '../scripts/serve-pages.mjs';
import { writeRealLikeJsonLines } from './real-like-jsonl';

type Kind = 'chrome' | 'firefox';
const kinds = (process.env.BENCH_BROWSERS ?? 'chrome,firefox').split(',') as Kind[];
const CAP_MS = Number(process.env.BENCH_CAP_S ?? 300) * 1000;
const BUNDLED = 'Vladimir Putin';

const FIRST = ['Ingrid', 'Tomas', 'Leila', 'Anton', 'Marta', 'Henrik', 'Sofia', 'Pavel', 'Nadia', 'Oskar'];
const SYLLABLES = ['ka', 'ro', 'len', 'vi', 'sto', 'mar', 'del', 'ni'];
/** The k-th surname of 512 made of three syllables: Karolen, Karovi, … */
const surname = (k: number): string => {
  const [a, b, c] = [k % 8, Math.floor(k / 8) % 8, Math.floor(k / 64) % 8].map((i) => SYLLABLES[i] ?? '');
  const word = `${a}${b}${c}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
};
const CITIES = ['Tromsø', 'Bergen', 'Tampere', 'Gdańsk', 'Porto', 'Brno', 'Tartu', 'Aarhus'];

/** N research notes of two sentences each, over a population of names that grows with N. */
function twoSentenceNotes(dir: string, count: number): string {
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    // New people keep arriving (one surname per ten notes), and the earlier ones come back.
    const who = `${FIRST[n % FIRST.length]} ${surname(Math.floor(n / 10) % 512)}`;
    const other = `${FIRST[(n * 3) % FIRST.length]} ${surname(((n * 7) % (1 + Math.floor(n / 10))) % 512)}`;
    const city = CITIES[n % CITIES.length];
    const date = new Date(Date.UTC(2020, 0, 1) + n * 3.6e6).toISOString().slice(0, 10);
    const body = `${who} met ${other} in ${city} about the harbour plan, note ${n}. ${other} said the ${city} council would decide by spring.`;
    lines.push(JSON.stringify({ title: `Note ${n + 1}`, date, body }));
  }
  const path = join(dir, `notes-${count}.jsonl`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  await page.waitForFunction(
    (u) => location.href === u && document.readyState !== 'loading',
    { timeout: 60_000 },
    url,
  );
  return page;
}

const status = (options: Page) =>
  options.evaluate(() => {
    const s = document.querySelector('#import-status');
    return {
      batch: Number(s?.getAttribute('data-batch')),
      busy: s?.getAttribute('data-busy') === 'true',
      included: document.querySelector('[data-count="imported"]')?.textContent ?? '',
    };
  });

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, capMs: number): Promise<boolean> {
  const deadline = Date.now() + capMs;
  while (Date.now() < deadline) {
    if (ok(await probe().catch(() => undefined as T))) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

// No named helper inside: tsx would wrap it in a __name() call, which does not exist in the page.
const marked = (page: Page, name: string) =>
  page.evaluate((n) => {
    const highlight = CSS.highlights.get('factlens-mention');
    if (!highlight) return false;
    // The registry may hold static ranges, which have no text of their own.
    return [...highlight].some((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString() === n;
    });
  }, name);

const fmt = (ms: number | null) => (ms === null ? `> ${CAP_MS / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

async function run(kind: Kind, path: string, articles: number, origin: string) {
  const { browser, extensionOrigin } = await launchWithExtension({ kind, headless: true, offline: true });
  try {
    const options = await openPage(browser, `${extensionOrigin}/src/options/index.html`);
    await options.waitForSelector('#import-files', { timeout: 60_000 });
    const before = (await status(options)).batch;
    const start = Date.now();
    const input = await options.$('#import-files');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    await until(
      () => status(options),
      (s) => s.batch > before && !s.busy,
      CAP_MS,
    );
    const stored = Date.now() - start;
    const tabStart = Date.now();
    const tab = await openPage(browser, `${origin}/bundled`);
    const markedIn = (await until(() => marked(tab, BUNDLED), Boolean, CAP_MS))
      ? Date.now() - tabStart
      : null;
    const included = (await until(
      () => status(options),
      (s) => s.included.startsWith(`${articles.toLocaleString('en')} included`),
      Math.max(0, CAP_MS - (Date.now() - start)),
    ))
      ? Date.now() - start
      : null;
    console.log(
      `${kind} | ${articles.toLocaleString('en')} | stored ${fmt(stored)} | first bundled mark ${fmt(markedIn)} | end to end ${fmt(included)}`,
    );
  } finally {
    await browser.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'factlens-fault-bench-'));
const server = await servePages({
  '/bundled': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><p>Reporters asked ${BUNDLED} about the plan today.</p></body></html>`,
});
const sizes = (process.env.BENCH_SIZES ?? 'notes:5000,notes:20000,articles:10000').split(',');
console.log(
  `fault bench in ${process.cwd()} | browser | articles | stored | first bundled mark | end to end`,
);
try {
  for (const size of sizes) {
    const [what, n] = size.split(':');
    const count = Number(n);
    const path =
      what === 'articles'
        ? writeRealLikeJsonLines(dir, `articles-${count}.jsonl`, 31, { articles: count }).path
        : twoSentenceNotes(dir, count);
    for (const kind of kinds) await run(kind, path, count, server.origin);
  }
} finally {
  await server.close();
}
