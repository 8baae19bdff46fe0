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

/**
 * The stored index, read from the extension's own origin (state only; nothing is changed): its head's
 * format, dataset version and term list, and how many shards are kept.
 */
function storedIndex(
  page: Page,
): Promise<{ format: number; terms: string[]; postings: number; docs: number } | null> {
  return page.evaluate(
    () =>
      new Promise<{ format: number; terms: string[]; postings: number; docs: number } | null>(
        (resolve, reject) => {
          const open = indexedDB.open('factlens-search');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('meta')) {
              db.close();
              resolve(null);
              return;
            }
            const tx = db.transaction(['meta', 'postings', 'docs']);
            const head = tx.objectStore('meta').get('head');
            const postings = tx.objectStore('postings').count();
            const docs = tx.objectStore('docs').count();
            tx.onerror = () => reject(tx.error);
            tx.oncomplete = () => {
              const value = head.result as { format: number; terms: string[] } | undefined;
              db.close();
              resolve(
                value
                  ? { format: value.format, terms: value.terms, postings: postings.result, docs: docs.result }
                  : null,
              );
            };
          };
        },
      ),
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
      // Shipped as a head and shards: a woken worker reads the head, then the shards a search needs.
      const shipped = await popup.evaluate(async () => {
        const head = await fetch('/search/head.json');
        const keys = await fetch('/search/keys.json');
        const value = (await head.json()) as { format: number; terms: string[] };
        const ids = ((await keys.json()) as { ids: string[] }).ids;
        return { ok: head.ok, format: value.format, terms: value.terms, ids };
      });
      expect(shipped.ok).toBe(true);
      expect(shipped.format).toBe(2);
      expect(shipped.ids).toContain('e:vladimir-putin');
      expect(shipped.terms).toContain('putin');
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
        (s) => s?.terms.includes('halvorsen') === true,
        'the index with the imported article to be stored',
      );
      expect(stored?.format).toBe(2);
      expect(stored?.terms).toContain('putin');
      expect(stored?.postings).toBeGreaterThan(1);

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
