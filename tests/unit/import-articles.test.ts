import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { articleUrlParams } from '../../src/article/article-url';
import { memoryUndoStore } from '../../src/background/card-undo';
import { createHandlers } from '../../src/background/handlers';
import { readerOf, serve } from '../../src/background/live-dataset';
import { routeMessage } from '../../src/background/message-router';
import { ALLOWED_SENDERS } from '../../src/background/message-schemas';
import { compileDataset } from '../../src/core/dataset/compile';
import { readSettings, type Settings } from '../../src/core/settings';
import { memoryImportStore } from './helpers/memory-import-store';

const bundled = compileDataset(readArticleFiles());
const page = { id: 'ext', url: 'ext://ext/src/options/index.html' };
const ctx = { extensionId: 'ext', extensionOrigin: 'ext://ext/' };

function setup() {
  const store = memoryImportStore();
  let stored: unknown;
  const revisions: number[] = [];
  const served = serve(readerOf(bundled), 0);
  const handlers = createHandlers({
    getDataset: async () => served,
    loadSettings: async () => readSettings(stored),
    storeSettings: async (s: Settings) => {
      stored = s;
    },
    openArticleTab: async () => undefined,
    articlePageUrl: (p) => p,
    articleUrlParams,
    openPopupTab: async () => undefined,
    popupPageUrl: (p: string) => `ext://id/src/popup/index.html?${p}`,
    undoStore: memoryUndoStore(),
    sendToTopFrame: async () => {
      throw new Error('no tabs in unit tests');
    },
    sendToFrame: async () => {
      throw new Error('no tabs in unit tests');
    },
    store,
    loadBundled: async () => served.reader,
    // The compiler is started with the store's revision after each change (import-compiler.ts).
    importsChanged: () => void store.state().then((s) => revisions.push(s.revision)),
    now: () => 1_700_000_000_000,
  });
  return { handlers, store, revisions, settings: () => stored };
}

const article = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title,
    date: '2024-08-01',
    body: 'Ingrid Halvorsen opened the forum in Tromsø.',
    ...extra,
  });

describe('importArticles', () => {
  it('adds valid articles, skips duplicates in the file, in storage and in the bundle', async () => {
    const { handlers, store, revisions } = setup();
    const file = `${article('One')}\n${article('Two')}\n${article('One')}\n`;
    expect(await handlers.importArticles({ name: 'a.jsonl', text: file }, page)).toEqual({
      file: 'a.jsonl',
      status: 'imported',
      added: 2,
      duplicates: 1,
    });
    expect(revisions).toEqual([1]);
    const again = await handlers.importArticles({ name: 'b.jsonl', text: article('Two') }, page);
    expect(again).toMatchObject({ status: 'imported', added: 0, duplicates: 1 });
    expect(revisions).toEqual([1]);
    const seed = readArticleFiles()[0];
    if (!seed) throw new Error('no seed article');
    const reseed = await handlers.importArticles({ name: 'seed.txt', text: seed.text }, page);
    expect(reseed).toMatchObject({ status: 'imported', added: 0, duplicates: 1 });
    expect((await store.list()).map((a) => a.title).sort()).toEqual(['One', 'Two']);
  });

  it('rejects a malformed file with its line and stores none of it', async () => {
    const { handlers, store, revisions } = setup();
    const file = `${article('Fine')}\n${article('Bad', { date: '2024-02-30' })}\n`;
    const result = await handlers.importArticles({ name: 'bad.jsonl', text: file }, page);
    expect(result).toMatchObject({ file: 'bad.jsonl', status: 'rejected', line: 2 });
    expect(result.status === 'rejected' && result.reason).toMatch(/invalid date/);
    expect(await store.list()).toEqual([]);
    expect(store.writes).toBe(0);
    expect(revisions).toEqual([]);
  });

  it('refuses __proto__ keys without polluting anything', async () => {
    const { handlers, store } = setup();
    const hostile = `${article('Fine')}\n{"__proto__": {"polluted": true}, "title": "x", "date": "2024-01-01", "body": "y"}`;
    const result = await handlers.importArticles({ name: 'proto.jsonl', text: hostile }, page);
    expect(result).toMatchObject({ status: 'rejected', line: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('keeps markup in titles as plain text', async () => {
    const { handlers, store } = setup();
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await handlers.importArticles({ name: 'x.json', text: article(title) }, page);
    expect((await store.list())[0]?.title).toBe(title);
    expect((await handlers.listImported({}, page))[0]?.title).toBe(title);
  });

  it('refuses a 50 MB file at the message gate, before any parsing', async () => {
    const { handlers, store } = setup();
    const huge = 'a'.repeat(50 * 1024 * 1024);
    const reply = await routeMessage(
      { factlens: 1, type: 'importArticles', payload: { name: 'huge.txt', text: huge } },
      page,
      handlers,
      ctx,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/larger than 5 MB/) });
    expect(store.writes).toBe(0);
  });

  it('refuses 5 MB of multi-byte text that the message gate lets through', async () => {
    const { handlers } = setup();
    const text = ` date 2024-01-01 T\n\n${'ж'.repeat(3 * 1024 * 1024)}`;
    expect(await handlers.importArticles({ name: 'big.txt', text }, page)).toMatchObject({
      status: 'rejected',
      reason: expect.stringMatching(/larger than 5 MB/),
    });
  });

  it('takes imports and exports from extension pages only', async () => {
    const { handlers } = setup();
    const content = { id: 'ext', url: 'https://news.example/', tab: { id: 3 } };
    for (const [type, payload] of [
      ['importArticles', { name: 'a.json', text: article('One') }],
      ['exportData', {}],
      ['deleteImported', { all: true }],
    ] as const) {
      const reply = await routeMessage({ factlens: 1, type, payload }, content, handlers, ctx);
      expect(reply).toEqual({ ok: false, error: `${type} is not allowed from this sender` });
      expect(ALLOWED_SENDERS[type]).toEqual(['extension-page']);
    }
  });
});

describe('delete, export and restore', () => {
  it('deletes one and all, bumping the revision each time', async () => {
    const { handlers, revisions } = setup();
    await handlers.importArticles({ name: 'a.jsonl', text: `${article('One')}\n${article('Two')}` }, page);
    const [first] = await handlers.listImported({}, page);
    expect(await handlers.deleteImported({ keys: [first?.key ?? ''] }, page)).toEqual({ removed: 1 });
    expect(await handlers.deleteImported({ all: true }, page)).toEqual({ removed: 1 });
    expect(await handlers.deleteImported({ all: true }, page)).toEqual({ removed: 0 });
    expect(revisions).toEqual([1, 2, 3]);
  });

  it('round-trips settings and articles through an export file', async () => {
    const a = setup();
    await a.handlers.updateSettings(
      { patch: { markingEnabled: false, mutedEntities: ['vladimir-putin'] } },
      page,
    );
    await a.handlers.importArticles({ name: 'a.jsonl', text: `${article('One')}\n${article('Two')}` }, page);
    const { json } = await a.handlers.exportData({}, page);
    const b = setup();
    expect(await b.handlers.importExport({ text: json }, page)).toEqual({ added: 2, duplicates: 0 });
    expect(await b.store.list()).toEqual(await a.store.list());
    expect(b.settings()).toEqual(a.settings());
  });

  it('refuses a damaged export file and changes nothing', async () => {
    const { handlers, store, settings } = setup();
    const bad = [
      '{',
      '{"format": "other"}',
      '{"format": "factlens-export", "formatVersion": 9, "settings": {}, "articles": []}',
      '{"format": "factlens-export", "formatVersion": 1, "settings": {}, "articles": [{"title": "x"}]}',
      '{"format": "factlens-export", "formatVersion": 1, "settings": {"__proto__": {}}, "articles": []}',
    ];
    for (const text of bad)
      await expect(handlers.importExport({ text }, page)).rejects.toThrow(/^Not restored: /);
    expect(await store.list()).toEqual([]);
    expect(settings()).toBeUndefined();
  });
});
