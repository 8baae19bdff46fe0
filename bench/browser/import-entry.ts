// Runs inside an extension page for the import benchmark: the options page's own import (slices with
// acknowledgements) and, for comparison, the one-message import it replaced, both from a File.
import browser from 'webextension-polyfill';
import type { ImportResult } from '../../src/core/imports/types';
import { importFiles } from '../../src/options/import-files';

export async function sliced(file: File): Promise<{ ms: number; result: ImportResult | undefined }> {
  const start = performance.now();
  let result: ImportResult | undefined;
  await importFiles(
    [file],
    () => undefined,
    (r) => {
      result = r;
    },
  );
  return { ms: performance.now() - start, result };
}

export async function oneMessage(file: File): Promise<{ ms: number; result: unknown }> {
  const start = performance.now();
  try {
    const reply = await browser.runtime.sendMessage({
      factlens: 1,
      type: 'importArticles',
      payload: { name: file.name, text: await file.text() },
    });
    return { ms: performance.now() - start, result: reply };
  } catch (error) {
    // Chromium refuses messages over 64 MiB before they reach the worker.
    return { ms: performance.now() - start, result: { thrown: String(error) } };
  }
}

/** True once the worker answers messages. */
export async function ready(): Promise<boolean> {
  try {
    await browser.runtime.sendMessage({ factlens: 1, type: 'getSettings', payload: {} });
    return true;
  } catch {
    return false;
  }
}

/** Empties the store for the next run; waits for a background script that is starting again. */
export async function deleteAll(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await browser.runtime.sendMessage({ factlens: 1, type: 'deleteImported', payload: { all: true } });
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
