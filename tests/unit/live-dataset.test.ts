// The worker's dataset with imports: the bundled one from the package plus segments of imported
// articles compiled in steps (import-compiler.ts) and kept packed in the store, so a restarted worker
// serves cards from the stored heads and shards without compiling, and the bundled names are served
// whatever the imports' storage does.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { createImportCompiler } from '../../src/background/import-compiler';
import type { ImportStore } from '../../src/background/import-store';
import { createLiveDataset, readerOf } from '../../src/background/live-dataset';
import { compileDataset } from '../../src/core/dataset/compile';
import { planImport } from '../../src/core/imports/plan-import';
import { memoryImportStore } from './helpers/memory-import-store';

const bundled = readerOf(compileDataset(readArticleFiles()));
const imported = planImport(
  'forum.json',
  JSON.stringify({
    title: 'Halvorsen in Tromsø',
    date: '2024-08-01',
    body: 'Norwegian Fisheries Minister Ingrid Halvorsen opened the forum in Tromsø. Vladimir Putin was not invited.',
  }),
  new Set(),
  1,
).records;

/** A worker life: its own compiler and getDataset over the shared store, counting shard reads. */
function workerLife(store: ImportStore) {
  const counts = { shardReads: 0, published: [] as number[] };
  let published: number | undefined;
  const counted: ImportStore = {
    ...store,
    readSegmentShard: (id, name) => {
      counts.shardReads++;
      return store.readSegmentShard(id, name);
    },
  };
  const compiler = createImportCompiler({
    store: counted,
    loadOverrides: async () => [],
    publishRevision: async (r) => {
      published = r;
      counts.published.push(r);
    },
    publishedRevision: async () => published,
  });
  const getDataset = createLiveDataset({ loadBundled: async () => bundled, store: counted });
  return { getDataset, compiler, counts };
}

describe('live dataset with imports', () => {
  it('serves the bundled names before the imports are compiled, then both, and a restart reads what is stored', async () => {
    const store = memoryImportStore();
    await store.add(imported, 100);
    const first = workerLife(store);
    const before = await first.getDataset();
    expect(before.imported).toBe(0);
    expect(before.compiling).toBe(1);
    expect(await before.reader.card('ingrid-halvorsen')).toBeNull();
    expect((await before.reader.card('vladimir-putin'))?.facts.length).toBeGreaterThan(0);

    await first.compiler.run();
    expect(first.counts.published).toEqual([1]);
    const live = await first.getDataset();
    expect(live.imported).toBe(1);
    expect(live.compiling).toBe(0);
    const card = await live.reader.card('ingrid-halvorsen');
    expect(card?.facts.map((f) => f.articleTitle)).toContain('Halvorsen in Tromsø');
    // An imported sentence about a bundled entity joins its card.
    const putin = await live.reader.card('vladimir-putin');
    expect(putin?.facts.map((f) => f.articleTitle)).toContain('Halvorsen in Tromsø');
    expect(live.reader.head.version).not.toBe(bundled.head.version);

    const restarted = workerLife(store);
    const again = await restarted.getDataset();
    expect(restarted.counts.shardReads).toBe(0);
    expect(again.reader.head).toEqual(live.reader.head);
    expect(await again.reader.card('ingrid-halvorsen')).toEqual(card);
    expect((await again.search.search('Tromsø')).articles.map((a) => a.title)).toEqual([
      'Halvorsen in Tromsø',
    ]);
  });

  it('drops the segment of a deleted article and never serves it again', async () => {
    const store = memoryImportStore();
    await store.add(imported, 100);
    await workerLife(store).compiler.run();
    await store.remove('all');
    const after = workerLife(store);
    const live = await after.getDataset();
    expect(live.imported).toBe(0);
    expect(await live.reader.card('ingrid-halvorsen')).toBeNull();
    await store.add(imported, 100);
    await after.compiler.run();
    expect((await (await after.getDataset()).reader.card('ingrid-halvorsen'))?.entity.name).toBe(
      'Ingrid Halvorsen',
    );
  });

  it('serves the bundled names, and says why, when the imports’ database cannot be opened', async () => {
    const rolledBack = new DOMException(
      'The requested version (2) is less than the existing version (3).',
      'VersionError',
    );
    const broken: ImportStore = {
      ...memoryImportStore(),
      segments: () => Promise.reject(rolledBack),
      state: () => Promise.reject(rolledBack),
    };
    const live = await workerLife(broken).getDataset();
    expect(live.reader).toBe(bundled);
    expect(live.importError).toMatch(
      /^Imported articles are unavailable: their database was written by a newer version/,
    );
    expect((await live.reader.card('vladimir-putin'))?.facts.length).toBeGreaterThan(0);
  });
});

describe('a compile stopped for want of space', () => {
  it('says why the stored articles are not compiled, once no compile is at work, and not after one ends well', async () => {
    const store = memoryImportStore();
    await store.add(imported, 100);
    let full = true;
    const onDisk: ImportStore = {
      ...store,
      addSegment: (...args) =>
        full
          ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
          : store.addSegment(...args),
    };
    let published: number | undefined;
    const compiler = createImportCompiler({
      store: onDisk,
      loadOverrides: async () => [],
      publishRevision: async (r) => {
        published = r;
      },
      publishedRevision: async () => published,
    });
    const getDataset = createLiveDataset({
      loadBundled: async () => bundled,
      store: onDisk,
      compilerBusy: () => compiler.busy(),
      compileFailure: () => compiler.failure(),
    });
    // Before any run, and while one runs, the article is only being compiled.
    expect((await getDataset()).importError).toBeUndefined();
    const run = compiler.run();
    expect((await getDataset()).importError).toBeUndefined();
    await expect(run).rejects.toThrow(/quota/);
    const stalled = await getDataset();
    expect(stalled.compiling).toBe(1);
    expect(stalled.importError).toBe(
      "1 imported article could not be compiled yet: the browser's storage for Factlens is full. Free disk space or delete imported articles, and they are compiled",
    );
    full = false;
    await compiler.run();
    const served = await getDataset();
    expect(served.importError).toBeUndefined();
    expect(served.imported).toBe(1);
    expect((await served.reader.card('ingrid-halvorsen'))?.facts.length).toBeGreaterThan(0);
  });
});
