// Imports that used to be accepted and then broke or lost something (issue 12, items 7 and 8): every
// accepted article must compile, control characters must not reach the compiler, and a full disk must
// be reported as such with nothing already stored lost.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { createImportCompiler } from '../../src/background/import-compiler';
import { createImportHandlers, type ImportDeps } from '../../src/background/import-handlers';
import { type ImportStore, PartlyStoredError } from '../../src/background/import-store';
import { readerOf } from '../../src/background/live-dataset';
import { createUploadHandlers } from '../../src/background/upload-handlers';
import { compileDataset } from '../../src/core/dataset/compile';
import { planImport } from '../../src/core/imports/plan-import';
import { MAX_STREAMED_FILE_BYTES } from '../../src/core/imports/upload-limits';
import { readSettings } from '../../src/core/settings';
import { memoryImportStore } from './helpers/memory-import-store';

const bundled = readerOf(compileDataset(readArticleFiles()));
const page = { id: 'ext', url: 'ext://ext/src/options/index.html' };

function depsWith(store: ImportStore): ImportDeps {
  return {
    store,
    loadBundled: async () => bundled,
    loadSettings: async () => readSettings(undefined),
    storeSettings: async () => undefined,
    importsChanged: () => undefined,
    now: () => 1_700_000_000_000,
  };
}

const note = (title: string, body: string) => JSON.stringify({ title, date: '2024-08-01', body });

async function compileAll(store: ImportStore) {
  await createImportCompiler({
    store,
    loadOverrides: async () => [],
    publishRevision: async () => undefined,
    publishedRevision: async () => undefined,
  }).run();
  return store.segments();
}

describe('imports that must compile once accepted', () => {
  it('replaces control characters with spaces, and the articles compile', async () => {
    const store = memoryImportStore();
    const controls = Array.from({ length: 32 }, (_, c) => String.fromCharCode(c))
      .filter((c) => c !== '\n' && c !== '\t' && c !== '\r')
      .join('');
    // About 0.9 MB of notes, each with every control character in its title and text.
    const lines = Array.from({ length: 3000 }, (_, n) =>
      note(
        `Note ${n}${controls}`,
        `Harbour Director Marta Castell met${controls} Ingrid Halvorsen in Bergen on day ${n}.`,
      ),
    );
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(0.9 * 1024 * 1024);
    const result = await createImportHandlers(depsWith(store)).importArticles(
      { name: 'notes.jsonl', text },
      page,
    );
    expect(result).toMatchObject({ status: 'imported', added: 3000 });
    const stored = await store.list();
    const texts = stored.flatMap((a) => [a.title, ...a.paragraphs]);
    expect(texts.some((t) => [...controls].some((c) => t.includes(c)))).toBe(false);
    const segments = await compileAll(store);
    expect(segments.every((s) => s.head && !s.error)).toBe(true);
    expect(segments.reduce((n, s) => n + s.count, 0)).toBe(3000);
  });

  it('refuses an article of more than 5 MB of text, naming it, and stores nothing of its file', async () => {
    const store = memoryImportStore();
    const huge = 'Ingrid Halvorsen opened the harbour in Bergen. '.repeat(120_000);
    const text = `${note('Small', 'Ingrid Halvorsen spoke.')}\n${note('The long one', huge)}`;
    // Sent in slices, as the options page sends a file this size.
    const upload = createUploadHandlers(depsWith(store));
    const begun = await upload.beginUpload({ name: 'long.jsonl', size: text.length }, page);
    if (!('uploadId' in begun)) throw new Error('not begun');
    const sent = await upload.uploadSlice({ uploadId: begun.uploadId, index: 0, text }, page);
    const finished = 'result' in sent ? sent : await upload.finishUpload({ uploadId: begun.uploadId }, page);
    expect('result' in finished && finished.result).toMatchObject({
      file: 'long.jsonl',
      status: 'rejected',
      reason: expect.stringMatching(/^the article "The long one" \(2024-08-01\) is larger than 5 MB of text/),
    });
    expect(await store.list()).toEqual([]);
  });
});

describe('storage full', () => {
  it('says the storage is full, and keeps what was stored before', async () => {
    const store = memoryImportStore();
    const handlers = createImportHandlers(depsWith(store));
    await handlers.importArticles(
      { name: 'first.json', text: note('First', 'Ingrid Halvorsen spoke.') },
      page,
    );
    const full: ImportStore = {
      ...store,
      add: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    };
    const result = await createImportHandlers(depsWith(full)).importArticles(
      { name: 'second.json', text: note('Second', 'Tomas Brekke spoke.') },
      page,
    );
    expect(result).toEqual({
      file: 'second.json',
      status: 'rejected',
      reason: expect.stringMatching(
        /^the browser's storage for Factlens is full\. Nothing from this file was stored and the articles imported before are kept/,
      ),
    });
    expect((await store.list()).map((a) => a.title)).toEqual(['First']);
    await expect(
      createImportHandlers(depsWith(full)).importExport(
        { text: JSON.stringify({ format: 'factlens-export', formatVersion: 1, settings: {}, articles: [] }) },
        page,
      ),
    ).rejects.toThrow(/storage for Factlens is full/);
  });
});

describe('storage full, and what the failed write left could not be taken back', () => {
  it('says some of the file may be stored, and tells the compiler when the take-back moved the revision', async () => {
    const store = memoryImportStore();
    let changes = 0;
    const partly: ImportStore = {
      ...store,
      // As import-db.ts does when its take-back fails: part of the file's articles are stored.
      add: async (records, limit) => {
        await store.add(records.slice(0, 1), limit);
        throw new PartlyStoredError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      },
    };
    const result = await createImportHandlers({
      ...depsWith(partly),
      importsChanged: () => changes++,
    }).importArticles(
      {
        name: 'notes.jsonl',
        text: [note('One', 'Ingrid Halvorsen spoke.'), note('Two', 'Tomas Brekke spoke.')].join('\n'),
      },
      page,
    );
    expect(result).toEqual({
      file: 'notes.jsonl',
      status: 'rejected',
      reason: expect.stringMatching(
        /^the browser's storage for Factlens is full, and some of this file's articles may have been stored all the same/,
      ),
    });
    expect(result.status === 'rejected' && result.reason).not.toMatch(/Nothing from this file was stored/);
    expect(changes).toBe(1);
  });
});

describe('export and restore at size', () => {
  it('restores its own export of over 37 MB of imported articles, sent in slices, losing nothing', async () => {
    const store = memoryImportStore();
    const paragraph = (n: number, p: number) =>
      `Harbour Director Marta Castell said on day ${n} that the quay in Bergen would open in ${p + 2} years. `.repeat(
        6,
      );
    const records = Array.from({ length: 7000 }, (_, n) =>
      JSON.stringify({
        title: `Harbour note ${n}`,
        date: '2024-08-01',
        body: Array.from({ length: 10 }, (_, p) => paragraph(n, p)),
      }),
    );
    const handlers = createImportHandlers(depsWith(store));
    // Stored as a sliced import of a file this size stores it.
    const plan = planImport('archive.jsonl', records.join('\n'), new Set(), 1, MAX_STREAMED_FILE_BYTES);
    expect((await store.add(plan.records, 20_000)).added).toBe(7000);
    const { json } = await handlers.exportData({}, page);
    expect(json.length).toBeGreaterThan(37 * 1024 * 1024);

    const fresh = memoryImportStore();
    const upload = createUploadHandlers(depsWith(fresh));
    const begun = await upload.beginUpload({ name: 'export.json', size: json.length, restore: true }, page);
    if (!('uploadId' in begun)) throw new Error(`not begun: ${JSON.stringify(begun)}`);
    const slice = 1024 * 1024;
    for (let index = 0; index * slice < json.length; index++) {
      const text = json.slice(index * slice, (index + 1) * slice);
      expect(await upload.uploadSlice({ uploadId: begun.uploadId, index, text }, page)).toEqual({
        next: index + 1,
      });
    }
    const finished = await upload.finishUpload({ uploadId: begun.uploadId }, page);
    expect(finished).toEqual({
      result: { file: 'export.json', status: 'imported', added: 7000, duplicates: 0 },
    });
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect((await fresh.list()).sort(byKey)).toEqual((await store.list()).sort(byKey));
  }, 120_000);
});
