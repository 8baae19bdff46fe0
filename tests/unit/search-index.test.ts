import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import {
  createDatasetSearch as createMiniSearch,
  SEARCH_INDEX_OPTIONS,
  searchDocs,
} from '../../bench/search-minisearch';
import { benchQueries } from '../../bench/search-queries';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { searchIndexAssets } from '../../scripts/search-index-asset';
import { createLiveDataset, readerOf, serve } from '../../src/background/live-dataset';
import {
  loadDatasetSearchIndex,
  type SearchIndexLoader,
  searchIndexLoader,
} from '../../src/background/search-index-loader';
import { compileDataset } from '../../src/core/dataset/compile';
import type { Dataset } from '../../src/core/dataset/types';
import { compileWithImports } from '../../src/core/imports/compile-with-imports';
import { planImport } from '../../src/core/imports/plan-import';
import { indexDataset } from '../../src/core/query/dataset-index';
import { createDatasetSearch } from '../../src/core/query/search';
import { readHead, searchHeadFile } from '../../src/core/query/search-index-file';
import type { PackedSearchIndex } from '../../src/core/query/search-index-format';
import { createRanker } from '../../src/core/query/search-index-query';
import { memorySource } from '../../src/core/query/search-index-source';
import { type BaseIndex, buildSearchIndex, updateSearchIndex } from '../../src/core/query/search-index-write';
import { memoryImportStore } from './helpers/memory-import-store';
import { memorySearchStore } from './helpers/memory-search-store';

const bundled = compileDataset(readArticleFiles());

function importing(dataset: Dataset, files: Array<{ name: string; title: string; body: string }>): Dataset {
  const records = files.flatMap(
    ({ name, title, body }, i) =>
      planImport(name, JSON.stringify({ title, date: '2024-08-01', body }), new Set(), i + 1).records,
  );
  return compileWithImports(dataset, records);
}

const FJORD = {
  name: 'fjord.json',
  title: 'Halvorsen opens the Tromsø forum',
  body: 'Norwegian Fisheries Minister Ingrid Halvorsen opened the Arctic forum in Tromsø. Halvorsen said quotas would hold.',
};
const HARBOUR = {
  name: 'harbour.json',
  title: 'Dockworkers strike in Rotterdam',
  body: 'Dockworkers of the Rotterdam Port Authority walked out on Monday. Mayor Ahmed Aboutaleb called for talks.',
};

// Names whole and as typed, fact words, a typo, an article title word, two words, punctuation.
const QUERIES = [
  'Putin',
  'P',
  'Pu',
  'Put',
  'Vladimir Pu',
  'shang',
  'ceasefire',
  'Halvorsen',
  'Halvo',
  'Tromsø',
  'quotas',
  'Rotterdam',
  'dockworkers',
  'Aboutaleb',
  'Ukriane',
  'forum',
  'the',
  'Putin, Putin',
  '...',
];

type Shown = { q: string; entities: string[]; facts: string[]; articles: string[]; lead: string[] };
const view = (
  q: string,
  r: Awaited<ReturnType<ReturnType<typeof createDatasetSearch>['search']>>,
): Shown => ({
  q,
  entities: r.entities.map((c) => c.entity.id),
  facts: r.facts.map((f) => `${f.id} ${f.entityName} ${f.articleTitle}`),
  articles: r.articles.map((a) => a.id),
  lead: r.entities.map((c) => c.facts.map((f) => f.id).join(',')),
});

/** What the popup shows for each query with the sharded index: the parts a reader sees, in order. */
async function shown(dataset: Dataset, index: PackedSearchIndex, queries: string[]): Promise<Shown[]> {
  const search = createDatasetSearch(memorySource(index), readerOf(dataset));
  return Promise.all(queries.map(async (q) => view(q, await search.search(q))));
}

/** The same with the MiniSearch index the popup used before. */
function shownBefore(dataset: Dataset, queries: string[]): Shown[] {
  const mini = new MiniSearch(SEARCH_INDEX_OPTIONS);
  mini.addAll(searchDocs(dataset));
  const search = createMiniSearch(indexDataset(dataset), mini);
  return queries.map((q) => view(q, search.search(q)));
}

/** Every hit and score, MiniSearch's and the sharded index's, ties in the order documents were added. */
async function ranked(dataset: Dataset, query: string) {
  const docs = searchDocs(dataset);
  const order = new Map(docs.map((d, i) => [d.id, i]));
  const mini = new MiniSearch(SEARCH_INDEX_OPTIONS);
  mini.addAll(docs);
  const before = mini
    .search(query)
    .map((h) => ({ id: String(h.id), score: h.score }))
    .sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const index = buildSearchIndex(dataset);
  const source = memorySource(index);
  const hits = await createRanker(index.head, source.postings)(query, (r) =>
    [...r.entities, ...r.facts, ...r.articles].map((d) => ({
      id: index.keys.ids[d] as string,
      score: r.score[d] as number,
    })),
  );
  const after = hits.sort((a, b) => b.score - a.score || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { before, after };
}

const baseOf = (index: PackedSearchIndex): BaseIndex => {
  const copy = structuredClone(index);
  return {
    head: copy.head,
    keys: copy.keys,
    readPostings: async (n) => copy.postings.get(n),
    readDocs: async (n) => copy.docs.get(n),
  };
};

describe('the sharded search index', () => {
  it('finds every document MiniSearch found, with the same score', async () => {
    const withBoth = importing(bundled, [FJORD, HARBOUR]);
    for (const q of [...QUERIES, ...benchQueries(withBoth).map((b) => b.text)]) {
      const { before, after } = await ranked(withBoth, q);
      expect(
        after.map((h) => h.id),
        q,
      ).toEqual(before.map((h) => h.id));
      after.forEach((h, i) => {
        expect(h.score).toBeCloseTo(before[i]?.score ?? Number.NaN, 9);
      });
    }
  });

  it('shows in the popup what MiniSearch showed: entities, their leading facts, sentences, articles', async () => {
    for (const dataset of [bundled, importing(bundled, [FJORD, HARBOUR])])
      expect(await shown(dataset, buildSearchIndex(dataset), QUERIES)).toEqual(shownBefore(dataset, QUERIES));
    const putin = (await shown(bundled, buildSearchIndex(bundled), ['Putin']))[0];
    expect(putin?.entities).toContain('vladimir-putin');
  });

  it('answers the same once written as package files and read back', async () => {
    const files = new Map(
      searchIndexAssets(bundled).map((a) => [a.fileName, JSON.parse(a.source) as unknown]),
    );
    const store = memorySearchStore();
    const loaded = await loadDatasetSearchIndex(readerOf(bundled), 0, {
      readBundled: async (file) => {
        if (!files.has(file)) throw new Error(`HTTP 404 ${file}`);
        return files.get(file);
      },
      store,
    });
    expect(loaded.origin).toBe('bundled');
    const results = await Promise.all(QUERIES.map(async (q) => view(q, await loaded.search.search(q))));
    expect(results).toEqual(shownBefore(bundled, QUERIES));
  });

  it('brought up to date with imports, finds what a fresh index finds and rewrites only what changed', async () => {
    const base = buildSearchIndex(bundled);
    const withFjord = importing(bundled, [FJORD]);
    const first = await updateSearchIndex(baseOf(base), withFjord);
    expect(first.full).toBe(false);
    expect(await shown(withFjord, first, QUERIES)).toEqual(shownBefore(withFjord, QUERIES));
    const over = (change: PackedSearchIndex, under: PackedSearchIndex): PackedSearchIndex => ({
      ...change,
      postings: new Map([...under.postings, ...change.postings]),
      docs: new Map([...under.docs, ...change.docs]),
    });
    const firstWhole = over(first, base);

    // The next import starts from the stored index and touches only the new article's documents.
    const withBoth = importing(bundled, [FJORD, HARBOUR]);
    const second = await updateSearchIndex(baseOf(firstWhole), withBoth);
    expect(second.added).toBeGreaterThan(0);
    expect(second.added + second.changed + second.removed).toBeLessThan(second.keys.ids.length / 3);
    expect(second.postings.size).toBeLessThan(second.head.postingShards);
    const secondWhole = over(second, firstWhole);
    expect(await shown(withBoth, secondWhole, QUERIES)).toEqual(shownBefore(withBoth, QUERIES));

    // An article taken out: its facts are no longer found.
    const withHarbour = importing(bundled, [HARBOUR]);
    const third = await updateSearchIndex(baseOf(secondWhole), withHarbour);
    expect(third.removed).toBeGreaterThan(0);
    expect(third.head.documentCount).toBe(searchDocs(withHarbour).length);
    const results = await shown(withHarbour, over(third, secondWhole), QUERIES);
    expect(results).toEqual(shownBefore(withHarbour, QUERIES));
    expect(results.find((r) => r.q === 'Halvorsen')).toEqual({
      q: 'Halvorsen',
      entities: [],
      facts: [],
      articles: [],
      lead: [],
    });
    expect(results.find((r) => r.q === 'Rotterdam')?.facts.length).toBeGreaterThan(0);
  });
});

describe('loadDatasetSearchIndex', () => {
  const files = new Map(searchIndexAssets(bundled).map((a) => [a.fileName, JSON.parse(a.source) as unknown]));
  const readBundled = async (file: string) => {
    if (!files.has(file)) throw new Error(`HTTP 404 ${file}`);
    return files.get(file);
  };

  it('opens the bundled index when only bundled articles are served, and builds one when it is stale or unreadable', async () => {
    const store = memorySearchStore();
    expect((await loadDatasetSearchIndex(readerOf(bundled), 0, { readBundled, store })).origin).toBe(
      'bundled',
    );
    const changed = readerOf({ ...bundled, version: 'other' });
    expect((await loadDatasetSearchIndex(changed, 0, { readBundled, store })).origin).toBe('built');
    const broken = async () => {
      throw new Error('HTTP 404');
    };
    const rebuilt = await loadDatasetSearchIndex(readerOf(bundled), 0, { readBundled: broken, store });
    expect(rebuilt.origin).toBe('built');
    expect((await rebuilt.search.search('Putin')).entities.map((c) => c.entity.id)).toContain(
      'vladimir-putin',
    );
    expect(store.writes).toBe(0);
  });

  it('says what is wrong with a head it cannot read', () => {
    const head = files.get(searchHeadFile) as Record<string, unknown>;
    expect(() => readHead({ ...head, format: 1 })).toThrow(/format 1, expected 2/);
    expect(() => readHead({ ...head, kinds: [1, 2] })).toThrow(/different lengths/);
    expect(() => readHead('[]')).toThrow(/not an object/);
  });

  it('with imports, updates the bundled index once, stores it, and opens the stored one on the next wake', async () => {
    const store = memorySearchStore();
    const withFjord = readerOf(importing(bundled, [FJORD]));
    const first = await loadDatasetSearchIndex(withFjord, 1, { readBundled, store });
    expect(first.origin).toBe('updated');
    expect(store.writes).toBe(1);
    const wake = await loadDatasetSearchIndex(withFjord, 1, { readBundled, store });
    expect(wake.origin).toBe('stored');
    expect(store.writes).toBe(1);
    const results = await Promise.all(QUERIES.map(async (q) => view(q, await wake.search.search(q))));
    expect(results).toEqual(shownBefore(importing(bundled, [FJORD]), QUERIES));

    // The next import rewrites a few shards, not the index.
    const shardsBefore = store.shardWrites;
    const both = importing(bundled, [FJORD, HARBOUR]);
    const next = await loadDatasetSearchIndex(readerOf(both), 2, { readBundled, store });
    expect(next.origin).toBe('updated');
    expect(store.writes).toBe(2);
    expect(store.shardWrites - shardsBefore).toBeLessThan(shardsBefore);
    const after = await Promise.all(QUERIES.map(async (q) => view(q, await next.search.search(q))));
    expect(after).toEqual(shownBefore(both, QUERIES));
  });
});

describe('a damaged stored index', () => {
  it('is noticed by the search that needs the lost shard, rebuilt, stored again, and answers in full', async () => {
    const files = new Map(
      searchIndexAssets(bundled).map((a) => [a.fileName, JSON.parse(a.source) as unknown]),
    );
    const readBundled = async (file: string) => files.get(file);
    const store = memorySearchStore();
    const dataset = importing(bundled, [FJORD]);
    await loadDatasetSearchIndex(readerOf(dataset), 1, { readBundled, store });
    // Posting shards lost (a cleared store, a failed write elsewhere): the head alone is left.
    for (const key of [...store.records.keys()]) if (key.startsWith('p')) store.records.delete(key);
    const writes = store.writes;
    const wake = await loadDatasetSearchIndex(readerOf(dataset), 1, { readBundled, store });
    expect(wake.origin).toBe('stored');
    const results = await Promise.all(QUERIES.map(async (q) => view(q, await wake.search.search(q))));
    expect(results).toEqual(shownBefore(dataset, QUERIES));
    expect(store.writes).toBe(writes + 1);
    expect([...store.records.keys()].some((k) => k.startsWith('p'))).toBe(true);
  });

  it('is not built upon: an update whose stored shard is missing builds the index afresh', async () => {
    const files = new Map(
      searchIndexAssets(bundled).map((a) => [a.fileName, JSON.parse(a.source) as unknown]),
    );
    const readBundled = async (file: string) => files.get(file);
    const store = memorySearchStore();
    await loadDatasetSearchIndex(readerOf(importing(bundled, [FJORD])), 1, { readBundled, store });
    for (const key of [...store.records.keys()]) if (key.startsWith('p')) store.records.delete(key);
    const both = importing(bundled, [FJORD, HARBOUR]);
    const next = await loadDatasetSearchIndex(readerOf(both), 2, { readBundled, store });
    expect(next.origin).toBe('built');
    const results = await Promise.all(QUERIES.map(async (q) => view(q, await next.search.search(q))));
    expect(results).toEqual(shownBefore(both, QUERIES));
  });
});

describe('the live dataset’s search', () => {
  const readBundledAsset = async (file: string) =>
    new Map(searchIndexAssets(bundled).map((a) => [a.fileName, JSON.parse(a.source)])).get(file);
  /** The real loader over `store`, noting how each index came: opened, or loaded the whole way. */
  function recordingLoader(store: ReturnType<typeof memorySearchStore>) {
    const calls: string[] = [];
    const real = searchIndexLoader({ readBundled: readBundledAsset, store });
    const loader: SearchIndexLoader = {
      async open(reader, imported) {
        const opened = await real.open(reader, imported);
        calls.push(`open:${opened?.origin ?? 'none'}`);
        return opened;
      },
      async load(reader, imported) {
        const loaded = await real.load(reader, imported);
        calls.push(`load:${loaded.origin}`);
        return loaded;
      },
      async interim(reader) {
        const found = await real.interim(reader);
        calls.push(`interim:${found ? 'found' : 'none'}`);
        return found;
      },
    };
    return { loader, calls };
  }

  it('opens its index once, when warmed or on the first search, through the loader it is given', async () => {
    const { loader, calls } = recordingLoader(memorySearchStore());
    const getDataset = createLiveDataset({
      loadBundled: async () => readerOf(bundled),
      store: memoryImportStore(),
      loadSearchIndex: loader,
    });
    const live = await getDataset();
    expect(calls).toEqual([]);
    live.search.warm();
    await Promise.resolve();
    const results = await live.search.search('Putin');
    await live.search.search('ceasefire');
    expect(calls).toEqual(['open:bundled']);
    expect(results.entities.map((c) => c.entity.id)).toContain('vladimir-putin');
  });

  it('is never updated from the whole dataset by a warm-up, only by a search or prepare(), which stores it', async () => {
    const store = memorySearchStore();
    const { loader, calls } = recordingLoader(store);
    const withFjord = readerOf(importing(bundled, [FJORD]));
    // The popup opening (or an options page counting) while imports compile: nothing is built.
    const compiling = serve(withFjord, 1, undefined, loader);
    compiling.search.warm();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['open:none']);
    expect(store.writes).toBe(0);

    // The compiler, once done: updated and stored, and the next search uses it as it is.
    await compiling.search.prepare();
    expect(calls).toEqual(['open:none', 'load:updated']);
    expect(store.writes).toBe(1);
    const found = await compiling.search.search('Halvorsen');
    expect(found.entities.map((c) => c.entity.id)).toContain('ingrid-halvorsen');
    expect(calls).toHaveLength(2);

    // A new worker: warming opens the stored index, and the search reads from it.
    const woken = serve(withFjord, 1, undefined, loader);
    woken.search.warm();
    await new Promise((r) => setTimeout(r, 0));
    expect((await woken.search.search('Halvorsen')).entities.map((c) => c.entity.id)).toContain(
      'ingrid-halvorsen',
    );
    expect(calls).toEqual(['open:none', 'load:updated', 'open:stored']);
    expect(store.writes).toBe(1);
  });

  it('is not updated while imports compile: searches use the index made before, with this dataset’s cards', async () => {
    const store = memorySearchStore();
    const { loader, calls } = recordingLoader(store);
    // FJORD compiled and its index stored; then HARBOUR imported and not compiled yet.
    const withFjord = readerOf(importing(bundled, [FJORD]));
    await serve(withFjord, 1, undefined, loader).search.prepare();
    expect(calls).toEqual(['load:updated']);
    // Each step of the compile is a dataset of its own; none of them updates the index.
    for (let step = 0; step < 3; step++) {
      const midCompile = serve(readerOf(importing(bundled, [FJORD])), 1, undefined, loader, 1);
      const found = await midCompile.search.search('Halvorsen');
      expect(found.entities.map((c) => c.entity.id)).toContain('ingrid-halvorsen');
      // Bundled names are found as ever.
      expect((await midCompile.search.search('Putin')).entities.map((c) => c.entity.id)).toContain(
        'vladimir-putin',
      );
    }
    expect(calls.filter((c) => c.startsWith('load'))).toEqual(['load:updated']);
    expect(calls.filter((c) => c.startsWith('interim'))).toEqual(Array(3).fill('interim:found'));
    expect(store.writes).toBe(1);

    // The compile done: the next search (or the compiler's prepare()) brings it up to date, once.
    const both = serve(readerOf(importing(bundled, [FJORD, HARBOUR])), 2, undefined, loader, 0);
    await both.search.prepare();
    expect(calls.at(-1)).toBe('load:updated');
    expect(store.writes).toBe(2);
  });

  it('is updated when articles are left pending by a compile that stopped (storage full), not kept old', async () => {
    const store = memorySearchStore();
    const { loader, calls } = recordingLoader(store);
    await serve(readerOf(bundled), 0, undefined, loader).search.prepare();
    const stalled = serve(readerOf(importing(bundled, [FJORD])), 1, undefined, loader, 1, () => false);
    const found = await stalled.search.search('Halvorsen');
    expect(found.entities.map((c) => c.entity.id)).toContain('ingrid-halvorsen');
    expect(calls).not.toContain('interim:found');
  });

  it('with no stored index yet, searches the bundled index while the first import compiles', async () => {
    const store = memorySearchStore();
    const { loader, calls } = recordingLoader(store);
    const midCompile = serve(readerOf(bundled), 0, undefined, loader, 1);
    const found = await midCompile.search.search('Putin');
    expect(found.entities.map((c) => c.entity.id)).toContain('vladimir-putin');
    expect(calls).toEqual(['interim:found']);
    expect(store.writes).toBe(0);
  });
});
