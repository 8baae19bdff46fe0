import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { searchIndexAsset } from '../../scripts/search-index-asset';
import { createLiveDataset, readerOf } from '../../src/background/live-dataset';
import type { SearchIndexStore } from '../../src/background/search-index-db';
import { loadDatasetSearchIndex } from '../../src/background/search-index-loader';
import { compileDataset } from '../../src/core/dataset/compile';
import type { Dataset } from '../../src/core/dataset/types';
import { compileWithImports } from '../../src/core/imports/compile-with-imports';
import { planImport } from '../../src/core/imports/plan-import';
import { indexDataset } from '../../src/core/query/dataset-index';
import { buildSearchIndex, createDatasetSearch } from '../../src/core/query/search';
import {
  isReadable,
  loadSearchIndex,
  type PersistedSearchIndex,
  persistSearchIndex,
  updateSearchIndex,
} from '../../src/core/query/search-index-file';
import { memoryImportStore } from './helpers/memory-import-store';

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

/** What the popup shows for each query: the parts a reader sees, in order. */
function shown(dataset: Dataset, mini: ReturnType<typeof buildSearchIndex>, queries: string[]) {
  const search = createDatasetSearch(indexDataset(dataset), mini);
  return queries.map((q) => {
    const r = search.search(q);
    return {
      q,
      entities: r.entities.map((c) => c.entity.id),
      facts: r.facts.map((f) => f.id),
      articles: r.articles.map((a) => a.id),
    };
  });
}

// Names whole and as typed, fact words, a typo, an article title word.
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
];

/** An in-memory stand-in for the worker's IndexedDB record, round-tripped through JSON like a real copy. */
function memoryStore(): SearchIndexStore & { writes: number; value: unknown } {
  const store = {
    writes: 0,
    value: undefined as unknown,
    async read() {
      return store.value === undefined ? undefined : JSON.parse(JSON.stringify(store.value));
    },
    async write(index: PersistedSearchIndex) {
      store.writes++;
      store.value = JSON.parse(JSON.stringify(index));
    },
  };
  return store;
}

const bundledAsset = () => JSON.parse(searchIndexAsset(bundled).source as string) as unknown;

describe('persisted search index', () => {
  it('answers every query as the index it was saved from, once written as JSON and read back', () => {
    const asset = bundledAsset();
    expect(isReadable(asset)).toBe(true);
    if (!isReadable(asset)) return;
    expect(asset.datasetVersion).toBe(bundled.version);
    const loaded = shown(bundled, loadSearchIndex(asset), QUERIES);
    expect(loaded).toEqual(shown(bundled, buildSearchIndex(bundled), QUERIES));
    expect(loaded.find((r) => r.q === 'Putin')?.entities.length).toBeGreaterThan(0);
  });

  it('brought up to date with imports, finds what a fresh index finds and indexes only what changed', () => {
    const base = persistSearchIndex(buildSearchIndex(bundled), bundled);
    const withFjord = importing(bundled, [FJORD]);
    const first = updateSearchIndex(base, withFjord);
    expect(shown(withFjord, first.mini, QUERIES)).toEqual(
      shown(withFjord, buildSearchIndex(withFjord), QUERIES),
    );
    expect(shown(withFjord, first.mini, ['Halvorsen'])[0]?.entities.length).toBeGreaterThan(0);

    // The next import starts from the stored index and touches only the new article's documents.
    const withBoth = importing(bundled, [FJORD, HARBOUR]);
    const second = updateSearchIndex(JSON.parse(JSON.stringify(first.persisted)), withBoth);
    const total = Object.keys(second.persisted.fingerprints).length;
    expect(second.added).toBeGreaterThan(0);
    expect(second.added + second.changed + second.removed).toBeLessThan(total / 3);
    expect(shown(withBoth, second.mini, QUERIES)).toEqual(
      shown(withBoth, buildSearchIndex(withBoth), QUERIES),
    );

    // An article taken out: its facts are no longer found.
    const withHarbour = importing(bundled, [HARBOUR]);
    const third = updateSearchIndex(JSON.parse(JSON.stringify(second.persisted)), withHarbour);
    expect(third.removed).toBeGreaterThan(0);
    expect(third.mini.has('e:ingrid-halvorsen')).toBe(false);
    expect(third.mini.documentCount).toBe(Object.keys(third.persisted.fingerprints).length);
    const results = shown(withHarbour, third.mini, QUERIES);
    expect(results).toEqual(shown(withHarbour, buildSearchIndex(withHarbour), QUERIES));
    expect(results.find((r) => r.q === 'Halvorsen')).toEqual({
      q: 'Halvorsen',
      entities: [],
      facts: [],
      articles: [],
    });
    expect(results.find((r) => r.q === 'Rotterdam')?.facts.length).toBeGreaterThan(0);
  });
});

describe('loadDatasetSearchIndex', () => {
  it('loads the bundled index when only bundled articles are served, and builds one when it is stale or unreadable', async () => {
    const store = memoryStore();
    const fetchBundled = async () => bundledAsset();
    expect((await loadDatasetSearchIndex(bundled, 0, { fetchBundled, store })).origin).toBe('bundled');
    const changed = { ...bundled, version: 'other' };
    expect((await loadDatasetSearchIndex(changed, 0, { fetchBundled, store })).origin).toBe('built');
    const broken = async () => {
      throw new Error('HTTP 404');
    };
    expect((await loadDatasetSearchIndex(bundled, 0, { fetchBundled: broken, store })).origin).toBe('built');
    expect(store.writes).toBe(0);
  });

  it('with imports, updates the bundled index once, stores it, and loads the stored one on the next wake', async () => {
    const store = memoryStore();
    const fetchBundled = async () => bundledAsset();
    const withFjord = importing(bundled, [FJORD]);
    const first = await loadDatasetSearchIndex(withFjord, 1, { fetchBundled, store });
    expect(first.origin).toBe('updated');
    expect(store.writes).toBe(1);
    const wake = await loadDatasetSearchIndex(withFjord, 1, { fetchBundled, store });
    expect(wake.origin).toBe('stored');
    expect(store.writes).toBe(1);
    expect(shown(withFjord, wake.mini, QUERIES)).toEqual(
      shown(withFjord, buildSearchIndex(withFjord), QUERIES),
    );
    const withBoth = importing(bundled, [FJORD, HARBOUR]);
    expect((await loadDatasetSearchIndex(withBoth, 2, { fetchBundled, store })).origin).toBe('updated');
    expect(store.writes).toBe(2);
  });
});

describe('the live dataset’s search', () => {
  it('loads its index once, when warmed or on the first search, through the loader it is given', async () => {
    const origins: string[] = [];
    const store = memoryStore();
    const getDataset = createLiveDataset({
      loadBundled: async () => readerOf(bundled),
      store: memoryImportStore(),
      loadSearchIndex: async (dataset, imported) => {
        const loaded = await loadDatasetSearchIndex(dataset, imported, {
          fetchBundled: async () => bundledAsset(),
          store,
        });
        origins.push(loaded.origin);
        return loaded;
      },
    });
    const live = await getDataset();
    expect(origins).toEqual([]);
    live.search.warm();
    const results = await live.search.search('Putin');
    await live.search.search('ceasefire');
    expect(origins).toEqual(['bundled']);
    expect(results.entities.map((c) => c.entity.id)).toContain('vladimir-putin');
  });
});
