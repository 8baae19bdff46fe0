// The worker's dataset with imports: compiled once per revision and kept packed in the import store, so
// a restarted worker serves cards from the stored head and shards without compiling again.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
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

/** A worker life: its own getDataset over the shared store, counting how often it compiles. */
function workerLife(store: ReturnType<typeof memoryImportStore>) {
  const counts = { compiles: 0, shardReads: 0 };
  const getDataset = createLiveDataset({
    loadBundled: async () => bundled,
    // Read once per compile, so it counts them.
    loadOverrides: async () => {
      counts.compiles++;
      return [];
    },
    store: {
      ...store,
      readCacheShard: (name) => {
        counts.shardReads++;
        return store.readCacheShard(name);
      },
    },
  });
  return { getDataset, counts };
}

describe('live dataset with imports', () => {
  it('compiles once, then a restarted worker reads the stored packed dataset', async () => {
    const store = memoryImportStore();
    await store.add(imported, 100);
    const first = workerLife(store);
    const live = await first.getDataset();
    expect(first.counts.compiles).toBe(1);
    expect(live.imported).toBe(1);
    const card = await live.reader.card('ingrid-halvorsen');
    expect(card?.facts.map((f) => f.articleTitle)).toContain('Halvorsen in Tromsø');

    const restarted = workerLife(store);
    const again = await restarted.getDataset();
    expect(restarted.counts.compiles).toBe(0);
    expect(restarted.counts.shardReads).toBe(0);
    expect(again.reader.head).toEqual(live.reader.head);
    expect(await again.reader.card('ingrid-halvorsen')).toEqual(card);
    expect(restarted.counts.shardReads).toBe(1);
    expect((await again.search.search('Tromsø')).articles.map((a) => a.title)).toEqual([
      'Halvorsen in Tromsø',
    ]);
  });

  it('compiles again after the imported articles change, and never serves the old cache', async () => {
    const store = memoryImportStore();
    await store.add(imported, 100);
    await workerLife(store).getDataset();
    await store.remove('all');
    const after = workerLife(store);
    const live = await after.getDataset();
    expect(live.imported).toBe(0);
    expect(await live.reader.card('ingrid-halvorsen')).toBeNull();
    await store.add(imported, 100);
    const readded = workerLife(store);
    expect((await (await readded.getDataset()).reader.card('ingrid-halvorsen'))?.entity.name).toBe(
      'Ingrid Halvorsen',
    );
    expect(readded.counts.compiles).toBe(1);
  });
});
