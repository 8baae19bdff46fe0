// Imported articles compiled in bounded steps: a worker stopped mid-compile loses at most one step, and
// the next worker finishes what was stored and tells open tabs (issue 12, item 6).
import { describe, expect, it } from 'vitest';
import { createImportCompiler } from '../../src/background/import-compiler';
import type { ImportStore } from '../../src/background/import-store';
import { planImport } from '../../src/core/imports/plan-import';
import { memoryImportStore } from './helpers/memory-import-store';

const notes = planImport(
  'notes.jsonl',
  Array.from({ length: 5 }, (_, n) =>
    JSON.stringify({
      title: `Note ${n}`,
      date: `2024-08-0${n + 1}`,
      body: `Harbour Director Marta Castell${n} met Ingrid Halvorsen in Bergen. Castell${n} said the quay would open.`,
    }),
  ).join('\n'),
  new Set(),
  1,
).records;

function compilerOn(store: ImportStore, published: { value: number | undefined }) {
  return createImportCompiler({
    store,
    loadOverrides: async () => [],
    publishRevision: async (r) => {
      published.value = r;
    },
    publishedRevision: async () => published.value,
    stepArticles: 2,
  });
}

describe('import compiler', () => {
  it('compiles in steps of at most stepArticles articles, and publishes once done', async () => {
    const store = memoryImportStore();
    await store.add(notes, 100);
    const published = { value: undefined as number | undefined };
    await compilerOn(store, published).run();
    expect((await store.segments()).map((s) => s.count)).toEqual([2, 2, 1]);
    expect(published.value).toBe(1);
  });

  it('brings the search index up to date once after a run that compiled, after publishing, and not otherwise', async () => {
    const store = memoryImportStore();
    await store.add(notes, 100);
    const published = { value: undefined as number | undefined };
    const events: string[] = [];
    const compiler = createImportCompiler({
      store,
      loadOverrides: async () => [],
      publishRevision: async (r) => {
        published.value = r;
        events.push(`publish ${r}`);
      },
      publishedRevision: async () => published.value,
      afterCompile: async () => {
        events.push(`index ${(await store.segments()).length}`);
        throw new Error('storage full');
      },
      stepArticles: 2,
    });
    // Its failure is not the compile's: the run resolves, and the first search builds the index.
    await compiler.run();
    expect(events).toEqual(['publish 1', 'index 3']);
    await compiler.run();
    expect(events).toEqual(['publish 1', 'index 3']);
  });

  it('a worker stopped after one step: the next one compiles the rest and publishes', async () => {
    const store = memoryImportStore();
    await store.add(notes, 100);
    const published = { value: undefined as number | undefined };
    let steps = 0;
    // The first worker is stopped by the browser while it stores its second segment.
    const stopped: ImportStore = {
      ...store,
      addSegment: async (...args) => {
        if (++steps === 2) throw new Error('worker stopped');
        return store.addSegment(...args);
      },
    };
    await expect(compilerOn(stopped, published).run()).rejects.toThrow('worker stopped');
    expect((await store.segments()).map((s) => s.count)).toEqual([2]);
    expect(published.value).toBeUndefined();

    await compilerOn(store, published).run();
    expect((await store.segments()).reduce((n, s) => n + s.count, 0)).toBe(5);
    expect(published.value).toBe(1);
  });

  it('a worker stopped between storing and publishing: the next one publishes without compiling', async () => {
    const store = memoryImportStore();
    await store.add(notes, 100);
    const published = { value: undefined as number | undefined };
    await compilerOn(store, { value: 1 }).run(); // compiled, but the tabs were told of nothing new
    const before = await store.segments();
    await compilerOn(store, published).run();
    expect(await store.segments()).toEqual(before);
    expect(published.value).toBe(1);
  });

  it('an import that arrives during a run is compiled and published by that run', async () => {
    const store = memoryImportStore();
    await store.add(notes.slice(0, 2), 100);
    const published = { value: undefined as number | undefined };
    const compiler = compilerOn(store, published);
    const first = compiler.run();
    await store.add(notes.slice(2), 100);
    const second = compiler.run();
    await Promise.all([first, second]);
    expect((await store.segments()).reduce((n, s) => n + s.count, 0)).toBe(5);
    expect(published.value).toBe(2);
  });
});
