// Importing as a reader does: a file chosen in the options page's file input, then the page's own
// status line read until the import is done.
import type { Page } from 'puppeteer-core';
import { waitFor } from './marks';

export interface ImportStatus {
  batch: number;
  busy: boolean;
  results: string[];
}

export const importStatus = (options: Page): Promise<ImportStatus> =>
  options.evaluate(() => {
    const status = document.querySelector('#import-status');
    return {
      batch: Number(status?.getAttribute('data-batch')),
      busy: status?.getAttribute('data-busy') === 'true',
      results: [...document.querySelectorAll('.import-results li')].map((li) => li.textContent ?? ''),
    };
  });

/** Chooses the file, waits until the options page reports it, and returns the result lines. */
export async function importThroughOptions(
  options: Page,
  path: string,
  timeout = 120_000,
): Promise<string[]> {
  const before = (await importStatus(options)).batch;
  const input = await options.waitForSelector('#import-files');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  const done = await waitFor(
    () => importStatus(options),
    (s) => s.batch > before && !s.busy,
    'the import to finish',
    timeout,
  );
  return done.results;
}

/** The options page's line about imported articles, e.g. "1,000 included". */
export const importedLine = (options: Page): Promise<string> =>
  options.$eval('[data-count="imported"]', (el) => el.textContent ?? '').catch(() => '');
