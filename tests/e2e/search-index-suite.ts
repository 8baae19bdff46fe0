// The popup's search index: shipped with the package for the bundled articles, kept in IndexedDB once
// articles are imported, and used by a worker that was stopped instead of indexing everything again.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ArticleFiles, writeArticleFiles } from './harness/article-files';
import { resetState } from './harness/extension-page';
import { waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { stopChromiumWorker } from './harness/worker';

const status = (popup: Page) => popup.$eval('#results .status', (el) => el.textContent ?? '');

/** Clears the search box and types `query` key by key, as a reader does. */
async function typeQuery(popup: Page, query: string): Promise<void> {
  await popup.click('#search', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.keyboard.type(query);
}

/** The stored index record, read from the extension's own origin (state only; nothing is changed). */
function storedIndex(page: Page): Promise<{ format: number; ids: string[] } | null> {
  return page.evaluate(
    () =>
      new Promise<{ format: number; ids: string[] } | null>((resolve, reject) => {
        const open = indexedDB.open('factlens-search');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('index')) {
            db.close();
            resolve(null);
            return;
          }
          const get = db.transaction('index').objectStore('index').get('current');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const value = get.result as { format: number; fingerprints: Record<string, number> } | undefined;
            db.close();
            resolve(value ? { format: value.format, ids: Object.keys(value.fingerprints) } : null);
          };
        };
      }),
  );
}

export function defineSearchIndexSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Search index', (session) => {
    let files: ArticleFiles;
    const popupUrl = () => `${session().extensionOrigin}/src/popup/index.html`;
    const optionsUrl = () => `${session().extensionOrigin}/src/options/index.html`;

    beforeAll(() => {
      files = writeArticleFiles();
    });
    afterAll(async () => {
      const page = await session().open(optionsUrl());
      await resetState(page);
      await page.close();
    });

    it('ships the bundled articles’ index in the package and searches with it', async () => {
      const popup = await session().open(popupUrl());
      await popup.waitForSelector('#dataset-line');
      const shipped = await popup.evaluate(async () => {
        const response = await fetch('/search-index.json');
        const value = (await response.json()) as { format: number; fingerprints: Record<string, number> };
        return { ok: response.ok, format: value.format, ids: Object.keys(value.fingerprints) };
      });
      expect(shipped.ok).toBe(true);
      expect(shipped.format).toBe(1);
      expect(shipped.ids).toContain('e:vladimir-putin');
      await typeQuery(popup, 'Shang');
      await popup.waitForSelector('#results-list [data-entity-id="shanghai-cooperation-organization"]');
      await popup.close();
    });

    it('finds an imported article’s names and keeps their index for the next wake', async () => {
      const options = await session().open(optionsUrl());
      const input = await options.waitForSelector('#import-files');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(files.valid);
      await options.waitForSelector('.imported-list li');

      const popup = await session().open(popupUrl());
      await popup.waitForSelector('#dataset-line');
      await typeQuery(popup, 'Halvor');
      await popup.waitForSelector('#results-list [data-entity-id="ingrid-halvorsen"]');
      const stored = await waitFor(
        () => storedIndex(popup),
        (s) => s?.ids.includes('e:ingrid-halvorsen') === true,
        'the index with the imported article to be stored',
      );
      expect(stored?.format).toBe(1);
      expect(stored?.ids).toContain('e:vladimir-putin');

      if (kind === 'chrome') {
        // The browser stops an idle worker; the next search must come from the stored index.
        await stopChromiumWorker(session());
        await typeQuery(popup, 'Tromsø');
        await popup.waitForSelector(
          '#results-list [data-entity-id="troms"], .result-group[data-kind="fact"] [role="option"]',
        );
      }

      // The article taken out: its names are no longer found.
      await options.bringToFront();
      await options.click('.imported-list li button.remove');
      await options.waitForSelector('.imported-list', { hidden: true });
      await popup.bringToFront();
      await typeQuery(popup, 'Halvorsen');
      await waitFor(
        () => status(popup),
        (t) => t.includes('No matches'),
        'no matches once the article is removed',
      );
      await options.close();
      await popup.close();
    });
  });
}
