// The dataset at 1,000 imported articles: the worker compiles them once, in segments, and keeps them packed
// in IndexedDB, so a card is shown at once, and (Chromium, where the worker can be stopped) the first card
// after the worker was stopped comes from the stored head and one shard, not a recompile.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCardOn } from '../../scripts/open-card.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { resetState, sendRaw } from './harness/extension-page';
import { MANY_ARTICLES, manyArticles, peoplePage } from './harness/many-articles';
import { cardState, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { stopChromiumWorker } from './harness/worker';

/** Keys of the compiled segments' shards in the extension's IndexedDB, read from one of its pages. */
function cacheKeys(ext: Page): Promise<string[]> {
  return ext.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('factlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('segmentShards').objectStore('segmentShards').getAllKeys();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result.map(String));
          };
        };
      }),
  );
}

/** Hovers `name` like a reader and returns the card that opened, once its facts are in. */
async function cardOn(page: Page, name: string) {
  await openCardOn(page, name, 30_000);
  return waitFor(
    () => cardState(page),
    (card) => card.factCount > 0,
    `facts on the card for ${name}`,
  );
}

export function defineDatasetScaleSuite(kind: BrowserKind): void {
  describeInBrowser(kind, `Dataset at ${MANY_ARTICLES.toLocaleString('en')} articles`, (session) => {
    // The import compiles in steps (import-compiler.ts): its time grows with the articles.
    const compileMs = 150_000 * Math.max(1, MANY_ARTICLES / 1000);
    const many = manyArticles();
    // The most written-about person, one in the middle and one of the rarest.
    const names = [
      many.people[0],
      many.people[Math.floor(many.people.length / 2)],
      many.people.at(-1),
    ].filter((n): n is string => typeof n === 'string');
    let server: { origin: string; close(): Promise<void> } | undefined;
    beforeAll(async () => {
      server = await servePages({ '/people': peoplePage(names) });
    });
    afterAll(() => {
      // Not awaited: the browser holds keep-alive connections until the session closes it, after this hook.
      void server?.close();
    });

    it(`shows cards from ${MANY_ARTICLES.toLocaleString('en')} imported articles${kind === 'chrome' ? ', and after the worker was stopped' : ''}`, {
      timeout: compileMs + 90_000,
    }, async () => {
      const ext = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      await resetState(ext);
      const reply = (await sendRaw(ext, {
        factlens: 1,
        type: 'importArticles',
        payload: { name: 'regional-wire.jsonl', text: many.jsonl },
      })) as { ok: boolean; value: { status: string; added: number } };
      expect(reply.value).toMatchObject({ status: 'imported', added: MANY_ARTICLES });
      // Compiled in steps after the import has answered (import-compiler.ts); bundled names are marked
      // meanwhile. The cards below are of imported names, so wait until they are all in.
      await waitFor(
        async () =>
          (
            (await sendRaw(ext, { factlens: 1, type: 'getDatasetInfo', payload: {} })) as {
              value: { imported: number };
            }
          ).value.imported,
        (n) => n === MANY_ARTICLES,
        'the imported articles to be compiled',
        compileMs,
      );

      const page = await session().open(`${server?.origin}/people`);
      try {
        const [first, middle, rare] = names;
        const top = await cardOn(page, first ?? '');
        expect(top.entityId).toBe(first?.toLowerCase().replace(/ /g, '-'));
        await page.mouse.move(1, 1);
        await waitFor(
          () => cardState(page),
          (card) => !card.open,
          'the card to close',
        );

        // The compile is kept packed: segments' heads and shards, which the next worker reads instead.
        const keys = await waitFor(
          () => cacheKeys(ext),
          (k) => k.some((key) => key.endsWith('/entities')),
          'the compiled segments to be stored',
        );
        expect(keys.length).toBeGreaterThan(1);

        if (kind === 'chrome') await stopChromiumWorker(session());
        // Names not hovered before, so no card comes from the tab's own cache.
        for (const name of [middle, rare]) {
          const card = await cardOn(page, name ?? '');
          expect(card.entityId).toBe(name?.toLowerCase().replace(/ /g, '-'));
          await page.mouse.move(1, 1);
          await waitFor(
            () => cardState(page),
            (c) => !c.open,
            'the card to close',
          );
        }
        const info = (await sendRaw(ext, { factlens: 1, type: 'getDatasetInfo', payload: {} })) as {
          value: { imported: number; articles: number };
        };
        expect(info.value.imported).toBe(MANY_ARTICLES);
        expect(info.value.articles).toBeGreaterThan(MANY_ARTICLES);
      } finally {
        await resetState(ext);
        await page.close();
        await ext.close();
      }
    });
  });
}
