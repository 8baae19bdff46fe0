// Importing files over the old 5 MB limit through the options page, as a reader does: chosen in the file
// input, sent to the worker in slices, and then searchable in the popup. In Chromium, also the worker
// stopped in the middle of a file: the file must end up stored whole, never in part.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'puppeteer-core';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { resetState } from './harness/extension-page';
import { type LargeImportFile, writeLargeJsonLines } from './harness/large-import-files';
import { waitFor } from './harness/marks';
import { openPopup } from './harness/popup-page';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { stopChromiumWorker } from './harness/worker';

const MB = 1024 * 1024;
/**
 * The import itself takes seconds. What follows is the cost of a dataset this size, not of the import:
 * the worker compiles the ~4,000 imported articles in steps of 250 (import-compiler.ts; tens of seconds
 * under heavy load) before the options page counts them all, and the popup's first search indexes them.
 */
const RECOMPILE_MS = 150_000;
const WITH_RECOMPILE_MS = 2 * RECOMPILE_MS + 30_000;
const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

interface ImportStatus {
  batch: number;
  busy: boolean;
  label: string;
  value: number;
  max: number;
}

const importStatus = (options: Page): Promise<ImportStatus> =>
  options.evaluate(() => {
    const status = document.querySelector('#import-status');
    const bar = document.querySelector<HTMLProgressElement>('#import-progress');
    return {
      batch: Number(status?.getAttribute('data-batch')),
      busy: status?.getAttribute('data-busy') === 'true',
      label: document.querySelector('label[for="import-progress"]')?.textContent ?? '',
      value: bar?.value ?? 0,
      max: bar?.max ?? 0,
    };
  });

/** Chooses the file in the options page's file input, as a reader does in the file dialog. */
async function chooseFile(options: Page, path: string): Promise<number> {
  const before = (await importStatus(options)).batch;
  const input = await options.waitForSelector('#import-files');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  return before;
}

const finished = (options: Page, before: number, timeout = 60_000) =>
  waitFor(
    () => importStatus(options),
    (s) => s.batch > before && !s.busy,
    'the import to finish',
    timeout,
  );

/** The worker has compiled the imported articles in: the options page counts them. */
const countedIn = (options: Page, count: number) =>
  waitFor(
    () => text(options, '[data-count="imported"]'),
    (t) => t.includes(`${count.toLocaleString('en')} included`),
    'the imported articles to be counted in the dataset',
    RECOMPILE_MS,
  );

export function defineLargeImportSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Large imports', (session) => {
    let big: LargeImportFile;
    let control: Page;
    const openOptions = async () => {
      const page = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      await page.waitForSelector('#import-files');
      return page;
    };

    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'factlens-large-import-'));
      big = writeLargeJsonLines(dir, 'news-archive.jsonl', 11, { minBytes: 5.5 * MB });
    });
    // Opened once, before any test: pages a test opens are closed after it.
    beforeAll(async () => {
      control = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
    });
    beforeEach(async () => {
      await resetState(control);
    });

    it(
      'imports a JSON Lines file over 5 MB chosen in the file input, and finds its articles in the popup',
      async () => {
        expect(big.bytes).toBeGreaterThan(5 * MB);
        const options = await openOptions();
        const before = await chooseFile(options, big.path);
        // Progress is shown while the slices go.
        await waitFor(
          () => importStatus(options),
          (s) => (s.busy && s.label.includes('Importing news-archive.jsonl')) || s.batch > before,
          'the progress line',
        );
        await finished(options, before);
        expect(await text(options, '.import-results li')).toBe(
          `news-archive.jsonl: ${big.articles.toLocaleString('en')} articles added`,
        );
        await countedIn(options, big.articles);

        const popup = await openPopup(session());
        await popup.click('#search');
        await popup.keyboard.type(big.last.title);
        const titles = () => popup.$$eval('.opt-title', (els) => els.map((el) => el.textContent ?? ''));
        await waitFor(
          titles,
          (t) => t.includes(big.last.title),
          'the imported article in the results',
          RECOMPILE_MS,
        );
        await popup.close();
        await options.close();
      },
      WITH_RECOMPILE_MS,
    );

    if (kind === 'chrome') {
      it(
        'stores the whole file, never part of it, when the worker is stopped mid-import',
        async () => {
          const options = await openOptions();
          // A slower machine: the slices take long enough to stop the worker between the first and the last.
          const throttle: CDPSession = await options.createCDPSession();
          await throttle.send('Emulation.setCPUThrottlingRate', { rate: 12 });
          const before = await chooseFile(options, big.path);
          const midway = await waitFor(
            () => importStatus(options),
            (s) => s.batch > before && (!s.busy || s.value > 0),
            'the first slice to be acknowledged',
            30_000,
          );
          expect(midway.busy).toBe(true);

          await stopChromiumWorker(session());
          // The page finds the worker has forgotten the file and sends it again from the start.
          const again = await waitFor(
            () => importStatus(options),
            (s) => s.label.includes('attempt 2') || !s.busy,
            'the file to be sent again',
            30_000,
          );
          expect(again.label).toContain('sending it again (attempt 2): the connection was lost');
          await throttle.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          await throttle.detach();

          await finished(options, before);
          expect(await text(options, '.import-results li')).toBe(
            `news-archive.jsonl: ${big.articles.toLocaleString('en')} articles added`,
          );
          // Exactly the file's articles: none stored twice from the first pass, none missing.
          await countedIn(options, big.articles);
          // Chosen once more, every article is known already.
          const third = await chooseFile(options, big.path);
          await finished(options, third);
          expect(await text(options, '.import-results li')).toBe(
            `news-archive.jsonl: 0 articles added, ${big.articles.toLocaleString('en')} duplicates skipped`,
          );
          await options.close();
        },
        WITH_RECOMPILE_MS,
      );
    }
  });
}
