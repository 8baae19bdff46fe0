// Imports that used to be accepted and then broke or lost something (issue 12, items 7 and 8): every
// accepted article must compile, control characters must not reach the compiler, and a full disk must
// be reported as such with nothing already stored lost.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { createImportCompiler } from '../../src/background/import-compiler';
import { createImportHandlers, type ImportDeps } from '../../src/background/import-handlers';
import type { ImportStore } from '../../src/background/import-store';
import { readerOf } from '../../src/background/live-dataset';
import { createUploadHandlers } from '../../src/background/upload-handlers';
import { compileDataset } from '../../src/core/dataset/compile';
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
