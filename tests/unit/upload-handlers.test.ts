import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { createImportHandlers, type ImportDeps } from '../../src/background/import-handlers';
import { readerOf } from '../../src/background/live-dataset';
import { routeMessage } from '../../src/background/message-router';
import { createUploadHandlers } from '../../src/background/upload-handlers';
import { compileDataset } from '../../src/core/dataset/compile';
import { textSlices } from '../../src/core/imports/file-slices';
import { MAX_STREAMED_FILE_BYTES } from '../../src/core/imports/upload-limits';
import { readSettings } from '../../src/core/settings';
import { memoryImportStore } from './helpers/memory-import-store';

const bundled = readerOf(compileDataset(readArticleFiles()));
const page = { id: 'ext', url: 'ext://ext/src/options/index.html' };

function depsWith(store = memoryImportStore()): ImportDeps & { revisions: number[] } {
  const revisions: number[] = [];
  return {
    store,
    revisions,
    loadBundled: async () => bundled,
    loadSettings: async () => readSettings(undefined),
    storeSettings: async () => undefined,
    // The compiler is started with the store's revision after each change (import-compiler.ts).
    importsChanged: () => void store.state().then((s) => revisions.push(s.revision)),
    now: () => 1_700_000_000_000,
  };
}

/** A worker's upload handlers; a second call with the same store is the worker started again. */
const workerOn = (deps: ImportDeps) => createUploadHandlers(deps);

const line = (title: string) =>
  JSON.stringify({
    title,
    date: '2024-08-01',
    body: `${title}: Ingrid Halvorsen opened the forum in Tromsø, said Zelensʹkyj’s envoy «Петренко».`,
  });

/** The file's text in slices of `size` bytes, as the options page sends them. */
async function slicesOf(text: string, size: number): Promise<string[]> {
  const out: string[] = [];
  for await (const s of textSlices(new Blob([text]), size)) out.push(s.text);
  return out;
}

async function begin(worker: ReturnType<typeof workerOn>, name: string, text: string): Promise<string> {
  const begun = await worker.beginUpload({ name, size: new Blob([text]).size }, page);
  if (!('uploadId' in begun)) throw new Error(`not begun: ${JSON.stringify(begun)}`);
  return begun.uploadId;
}

describe('imports in slices', () => {
  const lines = Array.from({ length: 40 }, (_, i) => line(`Article ${i + 1}`));
  const file = `${lines.join('\n')}\n${lines[3]}\n`;

  it('stores a JSON Lines file sent in slices that cut lines and characters, as one message would', async () => {
    const deps = depsWith();
    const worker = workerOn(deps);
    const slices = await slicesOf(file, 97);
    expect(slices.length).toBeGreaterThan(20);
    const uploadId = await begin(worker, 'big.jsonl', file);
    for (const [index, text] of slices.entries())
      expect(await worker.uploadSlice({ uploadId, index, text }, page)).toEqual({ next: index + 1 });
    // Nothing is stored before the last slice is in and the upload is finished.
    expect((await deps.store.list()).length).toBe(0);
    expect(await worker.finishUpload({ uploadId }, page)).toEqual({
      result: { file: 'big.jsonl', status: 'imported', added: 40, duplicates: 1 },
    });
    expect(deps.revisions).toEqual([1]);

    const oneMessage = depsWith();
    await createImportHandlers(oneMessage).importArticles({ name: 'big.jsonl', text: file }, page);
    const sorted = async (d: ImportDeps) => (await d.store.list()).sort((a, b) => a.key.localeCompare(b.key));
    expect(await sorted(deps)).toEqual(await sorted(oneMessage));
  });

  it('takes a slice sent again (its acknowledgement lost) once', async () => {
    const deps = depsWith();
    const worker = workerOn(deps);
    const slices = await slicesOf(file, 500);
    const uploadId = await begin(worker, 'again.jsonl', file);
    for (const [index, text] of slices.entries()) {
      await worker.uploadSlice({ uploadId, index, text }, page);
      expect(await worker.uploadSlice({ uploadId, index, text }, page)).toEqual({ next: index + 1 });
    }
    expect(await worker.finishUpload({ uploadId }, page)).toMatchObject({ result: { added: 40 } });
  });

  it('refuses a bad line with its number, stores nothing, and forgets the upload', async () => {
    const deps = depsWith();
    const worker = workerOn(deps);
    const bad = `${lines.slice(0, 30).join('\n')}\n{"title": "x", "date": "2024-02-30", "body": "y"}\n${lines[30]}`;
    const slices = await slicesOf(bad, 256);
    const uploadId = await begin(worker, 'bad.jsonl', bad);
    const replies = [];
    for (const [index, text] of slices.entries()) {
      const reply = await worker.uploadSlice({ uploadId, index, text }, page);
      replies.push(reply);
      if ('result' in reply) break;
    }
    expect(replies.at(-1)).toMatchObject({
      result: {
        file: 'bad.jsonl',
        status: 'rejected',
        line: 31,
        reason: expect.stringMatching(/invalid date/),
      },
    });
    expect(replies.length).toBeLessThan(slices.length);
    expect(await worker.finishUpload({ uploadId }, page)).toEqual({ lost: true });
    expect(await deps.store.list()).toEqual([]);
    expect(deps.revisions).toEqual([]);
  });

  it('says lost when the worker was started again mid-file, with nothing stored; sent again, it is stored', async () => {
    const deps = depsWith();
    const slices = await slicesOf(file, 300);
    const first = workerOn(deps);
    const uploadId = await begin(first, 'cut.jsonl', file);
    for (const [index, text] of slices.slice(0, 5).entries())
      await first.uploadSlice({ uploadId, index, text }, page);
    const restarted = workerOn(deps);
    expect(await restarted.uploadSlice({ uploadId, index: 5, text: slices[5] ?? '' }, page)).toEqual({
      lost: true,
    });
    expect(await restarted.finishUpload({ uploadId }, page)).toEqual({ lost: true });
    expect(await deps.store.list()).toEqual([]);
    const retry = await begin(restarted, 'cut.jsonl', file);
    expect(retry).not.toBe(uploadId);
    for (const [index, text] of slices.entries())
      await restarted.uploadSlice({ uploadId: retry, index, text }, page);
    expect(await restarted.finishUpload({ uploadId: retry }, page)).toMatchObject({
      result: { status: 'imported', added: 40, duplicates: 1 },
    });
  });

  it('parses a text-format file whole once its slices are in', async () => {
    const deps = depsWith();
    const worker = workerOn(deps);
    const text = [
      'date 2024-08-01 One',
      '',
      'Ingrid Halvorsen spoke in Tromsø.',
      '',
      'date 2024-08-02 Two',
      '',
      'She spoke again.',
    ].join('\n');
    const uploadId = await begin(worker, 'two.txt', text);
    for (const [index, slice] of (await slicesOf(text, 7)).entries())
      await worker.uploadSlice({ uploadId, index, text: slice }, page);
    expect(await worker.finishUpload({ uploadId }, page)).toMatchObject({ result: { added: 2 } });
  });

  it('refuses a file over its format limit before any slice, and a gap in the slices', async () => {
    const worker = workerOn(depsWith());
    expect(await worker.beginUpload({ name: 'x.txt', size: 33 * 2 ** 20 }, page)).toEqual({
      result: { file: 'x.txt', status: 'rejected', reason: 'file is larger than 32 MB' },
    });
    expect(await worker.beginUpload({ name: 'x.jsonl', size: 33 * 2 ** 20 }, page)).toHaveProperty(
      'uploadId',
    );
    const uploadId = await begin(worker, 'gap.jsonl', file);
    await expect(worker.uploadSlice({ uploadId, index: 1, text: 'x' }, page)).resolves.toMatchObject({
      result: { status: 'rejected' },
    });
  });

  it('lets only extension pages upload, and bounds the announced size', async () => {
    const deps = depsWith();
    const handlers = { ...createImportHandlers(deps), ...workerOn(deps) } as never;
    const ctx = { extensionId: 'ext', extensionOrigin: 'ext://ext/' };
    const tab = { id: 'ext', url: 'https://news.example/', tab: { id: 3 } };
    const message = { factlens: 1, type: 'beginUpload', payload: { name: 'a.jsonl', size: 10 } };
    expect(await routeMessage(message, tab, handlers, ctx)).toEqual({
      ok: false,
      error: 'beginUpload is not allowed from this sender',
    });
    const huge = { ...message, payload: { name: 'a.jsonl', size: MAX_STREAMED_FILE_BYTES + 1 } };
    expect(await routeMessage(huge, page, handlers, ctx)).toMatchObject({ ok: false });
    expect(await routeMessage(message, page, handlers, ctx)).toMatchObject({ ok: true });
  });
});
