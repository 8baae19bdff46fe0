// Faults that used to lose work (issue 12, "Faults that lose work"), each produced as it happens to a
// reader: a library imported through the options page while a tab is open, the worker stopped by the
// browser in the middle of it, the imports' database left at a newer version by a rolled-back install,
// and a stored part of the dataset that cannot be read for a while. Bundled names must be marked
// throughout, and open tabs must catch up without a reload once the fault is gone.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { servePages } from '../../scripts/serve-pages.mjs';
import { resetState } from './harness/extension-page';
import { deleteImportDb, segmentShardKeys, takeShard, upgradeImportDb } from './harness/import-db-page';
import { importedLine, importThroughOptions } from './harness/import-file-input';
import { manyArticles } from './harness/many-articles';
import { markedTexts, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { stopChromiumWorker } from './harness/worker';

/** A bundled name (the seed dataset's) beside names only the imported notes know. */
const BUNDLED = 'Vladimir Putin';
const COMPILE_MS = 240_000;

function namesPage(names: readonly string[]): string {
  const paragraphs = [BUNDLED, ...names].map(
    (name) => `<p>Reporters asked ${name} about the plan today.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body><main style="margin:80px 40px">${paragraphs.join('')}</main></body></html>`;
}

/** Notes that name `people` (generated with this seed's names), as a JSON Lines file on disk. */
function notesFile(dir: string, name: string, count: number): { path: string; people: string[] } {
  const many = manyArticles(count);
  const path = join(dir, name);
  writeFileSync(path, many.jsonl);
  return { path, people: many.people };
}

const marksOf = (page: Page, names: readonly string[], what: string, timeout = COMPILE_MS) =>
  waitFor(
    () => markedTexts(page),
    (marked) => names.every((n) => marked.includes(n)),
    what,
    timeout,
  );

export function defineFaultSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Faults that lose work', (session) => {
    let server: { origin: string; close(): Promise<void> } | undefined;
    let notes: { path: string; people: string[] };
    // Two files for the unreadable-shard test: the second adds notes whose names the first lacks.
    let first: { path: string; people: string[] };
    let second: { path: string; people: string[] };
    let fresh: string[];
    let control: Page;
    const pageNames = () => notes.people.slice(0, 3);
    const openOptions = async () => {
      const page = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      await page.waitForSelector('#import-files');
      return page;
    };

    beforeAll(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'factlens-faults-'));
      notes = notesFile(dir, 'field-notes.jsonl', 3000);
      first = notesFile(dir, 'first.jsonl', 200);
      second = notesFile(dir, 'second.jsonl', 600);
      fresh = second.people.filter((p) => !first.people.includes(p)).slice(0, 3);
      server = await servePages({
        '/names': namesPage(notes.people.slice(0, 3)),
        '/later': namesPage([first.people[0] ?? '', ...fresh]),
      });
    });
    afterAll(() => {
      void server?.close();
    });
    // Opened once, before any test: pages a test opens are closed after it.
    beforeAll(async () => {
      control = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
    });
    beforeEach(async () => {
      await resetState(control);
    });

    it(
      `marks bundled names while 3,000 imported notes compile, then the notes' names in the open tab${kind === 'chrome' ? ', also when the worker is stopped mid-compile' : ''}`,
      async () => {
        const tab = await session().open(`${server?.origin}/names`);
        await marksOf(tab, [BUNDLED], 'the bundled name before any import', 30_000);
        const options = await openOptions();
        expect(await importThroughOptions(options, notes.path)).toEqual([
          'field-notes.jsonl: 3,000 articles added',
        ]);
        // Stopped by the browser right after the articles were stored, while they compile (item 6).
        if (kind === 'chrome') await stopChromiumWorker(session());
        // Any wake carries on: here a second tab, opened as a reader would.
        const second = await session().open(`${server?.origin}/names`);
        await marksOf(second, [BUNDLED], 'the bundled name in a new tab while the notes compile', 30_000);
        // The first tab is told once the notes are compiled, and marks their names without a reload.
        await marksOf(tab, pageNames(), "the notes' names in the tab opened before the import");
        await waitFor(
          () => importedLine(options),
          (line) => line.startsWith('3,000 included'),
          'the options page to count the notes in',
          30_000,
        );
        await Promise.all([tab.close(), second.close(), options.close()]);
      },
      2 * COMPILE_MS,
    );

    it(
      'marks again without a reload when a stored part of the dataset could not be read for a while',
      async () => {
        expect(fresh.length).toBeGreaterThan(0);
        const options = await openOptions();
        await importThroughOptions(options, first.path);
        await waitFor(
          () => importedLine(options),
          (line) => line.startsWith('200 included'),
          'the first notes to be counted in',
          COMPILE_MS,
        );
        const tab = await session().open(`${server?.origin}/later`);
        await marksOf(tab, [BUNDLED, first.people[0] ?? ''], 'the first notes marked');

        // The first segment's entity list cannot be read: every request for match data fails.
        const [key] = (await segmentShardKeys(control)).filter((k) => k.endsWith('/entities'));
        const putBack = await takeShard(control, key ?? '');
        await importThroughOptions(options, second.path);
        // Compiled and published: the tab's request for the new match data fails, and fails again.
        await waitFor(
          () => importedLine(options),
          (line) => line.startsWith('600 included') || line.includes('could not'),
          'the second notes to be compiled',
          COMPILE_MS,
        );
        expect(await markedTexts(tab)).not.toContain(fresh[0]);
        // The cause goes away: the tab asks again by itself and marks the second file's names.
        await putBack();
        await waitFor(
          () => markedTexts(tab),
          (marked) => marked.includes(BUNDLED) && fresh.some((n) => marked.includes(n)),
          "the second notes' names once the fault is gone",
          90_000,
        );
        await Promise.all([tab.close(), options.close()]);
      },
      2 * COMPILE_MS,
    );

    it('marks bundled names and says imports are unavailable when their database is at a newer version', async () => {
      try {
        // A rolled-back install: the database was upgraded by a newer Factlens.
        expect(await upgradeImportDb(control, 99)).toBe(99);
        if (kind === 'chrome') await stopChromiumWorker(session());
        const tab = await session().open(`${server?.origin}/names`);
        await marksOf(tab, [BUNDLED], 'the bundled name', 30_000);
        const options = await openOptions();
        await waitFor(
          () => importedLine(options),
          (line) => /Imported articles are unavailable: .*newer version of Factlens/.test(line),
          'the options page to say why imports are unavailable',
          30_000,
        );
        await Promise.all([tab.close(), options.close()]);
      } finally {
        await deleteImportDb(control);
      }
    });
  });
}
