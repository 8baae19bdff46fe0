// The browser's storage for Factlens fills up during an import (issue 12, "storage full"). Firefox is
// given a small storage limit for this session (dom.quotaManager.temporaryStorage.fixedLimit: 100 MB,
// so 20 MB for the extension's origin); Chromium does not hold an extension's origin to the quota the
// DevTools protocol can set, so this runs in Firefox only. The reader picks file after file in the
// options page until one does not fit: that one is refused with words that say so (not "AbortError"),
// nothing of it is stored (Firefox keeps part of a transaction that ran out of space half way; the
// store takes it back), every article imported before is kept, and the articles that no longer fit to
// be compiled are reported as such. Then the reader deletes what they imported and the refused file
// goes in, whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { resetState, sendRaw } from './harness/extension-page';
import { importedLine, importThroughOptions } from './harness/import-file-input';
import { waitFor } from './harness/marks';
import { describeInBrowser } from './harness/session';

const FILES = 14;
const PER_FILE = 1500;

/** A JSON Lines file of notes with varied sentences, about 1.5 MB. */
function notesFile(dir: string, n: number): string {
  const sentence = (k: number) =>
    `Harbour Director Marta Castell said on day ${k} that quay ${k * 7} in Bergen would open in ${(k % 9) + 2} years, and that ferry line ${k % 31} would call there.`;
  const lines = Array.from({ length: PER_FILE }, (_, i) =>
    JSON.stringify({
      title: `Harbour note ${n}-${i}`,
      date: '2024-05-01',
      body: Array.from({ length: 6 }, (_, p) => sentence(n * 100_000 + i * 10 + p)).join('\n\n'),
    }),
  );
  const path = join(dir, `harbour-notes-${String(n).padStart(2, '0')}.jsonl`);
  writeFileSync(path, lines.join('\n'));
  return path;
}

export function defineStorageFullSuite(): void {
  describeInBrowser(
    'firefox',
    'Storage full',
    (session) => {
      it('refuses the file that does not fit, saying the storage is full, and keeps every article imported before', {
        timeout: 300_000,
      }, async () => {
        const options = await session().open(`${session().extensionOrigin}/src/options/index.html`);
        await resetState(options);
        const dir = mkdtempSync(join(tmpdir(), 'factlens-storage-full-'));
        const added: string[] = [];
        let refused = '';
        for (let n = 0; n < FILES && !refused; n++) {
          const [line = ''] = await importThroughOptions(options, notesFile(dir, n));
          const file = line.slice(0, line.indexOf(':'));
          if (/ articles added/.test(line)) added.push(file);
          else refused = line;
        }
        expect(refused).toMatch(
          /^harbour-notes-\d+\.jsonl: not imported: the browser's storage for Factlens is full/,
        );
        expect(added.length).toBeGreaterThan(0);
        const refusedFile = refused.slice(0, refused.indexOf(':'));
        const perFile = async () => {
          const listed = (await sendRaw(options, { factlens: 1, type: 'listImported', payload: {} })) as {
            value: Array<{ file: string }>;
          };
          const counts = new Map<string, number>();
          for (const { file } of listed.value) counts.set(file, (counts.get(file) ?? 0) + 1);
          return counts;
        };
        // Nothing imported before is lost, and nothing of the refused file is there.
        const stored = await perFile();
        for (const file of added) expect(stored.get(file)).toBe(PER_FILE);
        // Firefox kept part of the refused file's transaction (a run of 118–173 of its 1,500 articles):
        // the store takes it back, so what the reader is told is true.
        expect(stored.get(refusedFile)).toBeUndefined();
        expect(refused).toMatch(
          /Nothing from this file was stored and the articles imported before are kept/,
        );
        // The storage is full, so what was accepted and not compiled yet cannot be: the reader is told so.
        expect(
          await waitFor(
            () => importedLine(options),
            (line) => /could not be compiled yet: the browser's storage for Factlens is full/.test(line),
            'the compile that stopped for want of space to be reported',
            60_000,
          ),
        ).toMatch(/left out: [\d,]+ imported articles could not be compiled yet/);
        // The reader makes room as told (deleting works with the storage full), and the refused file
        // goes in whole.
        await options.click('#delete-all');
        await (await options.waitForSelector('#delete-all-confirm'))?.click();
        await waitFor(
          async () =>
            `${await importedLine(options)} | ${await options.$eval('#imported', (el) => el.textContent?.slice(0, 200) ?? '')}`,
          (line) => line.startsWith('none'),
          'the imported articles to be deleted',
        );
        const [again = ''] = await importThroughOptions(options, join(dir, refusedFile));
        expect(again).toMatch(/^harbour-notes-\d+\.jsonl: 1,500 articles added/);
        expect((await perFile()).get(refusedFile)).toBe(PER_FILE);
        await resetState(options);
      });
    },
    { firefoxPrefs: { 'dom.quotaManager.temporaryStorage.fixedLimit': 100 * 1024 } },
  );
}
