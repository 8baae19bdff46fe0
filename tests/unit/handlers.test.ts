import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { articleUrlParams } from '../../src/article/article-url';
import { memoryUndoStore } from '../../src/background/card-undo';
import type { LoadedDataset } from '../../src/background/dataset-store';
import { createHandlers } from '../../src/background/handlers';
import { readerOf, serve } from '../../src/background/live-dataset';
import { compileDataset } from '../../src/core/dataset/compile';
import { createMatcher, unpackMatcher } from '../../src/core/match';
import { readSettings, type Settings } from '../../src/core/settings';
import { memoryImportStore } from './helpers/memory-import-store';

const seedDataset = compileDataset(readArticleFiles());

function loadSeed(): LoadedDataset {
  return serve(readerOf(seedDataset), 0);
}

function setup(served?: LoadedDataset) {
  const seed = loadSeed();
  let stored: unknown;
  const opened: Array<{ url: string; opener?: number }> = [];
  const handlers = createHandlers({
    getDataset: async () => served ?? seed,
    loadSettings: async () => readSettings(stored),
    storeSettings: async (s: Settings) => {
      stored = s;
    },
    openArticleTab: async (url, opener) => {
      opened.push({ url, opener });
    },
    articlePageUrl: (params) => `ext://id/src/article/index.html?${params}`,
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
    store: memoryImportStore(),
    loadBundled: async () => seed.reader,
    importsChanged: () => undefined,
    now: () => 0,
  });
  return { handlers, seed, opened, stored: () => stored };
}

const tab = { id: 'x', url: 'https://news.example/', tab: { id: 7 } };

describe('worker handlers over the compiled seed', () => {
  it('gives the content script every alias with its entity', async () => {
    const { handlers } = setup();
    const data = await handlers.getMatchData({}, tab);
    const matcher = createMatcher(unpackMatcher(data.matcher));
    const found = matcher.scan('Putin met Vladimir Putin at the SCO.').map((m) => [m.alias, m.entityId]);
    expect(found).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Vladimir Putin', 'vladimir-putin'],
      ['SCO', 'shanghai-cooperation-organization'],
    ]);
    expect(data.entities.length).toBeGreaterThanOrEqual(12);
  });

  it('starts a page in one answer: settings and match data, or no match data where Factlens is off', async () => {
    const { handlers } = setup();
    const on = await handlers.startPage({ hostname: 'news.example' }, tab);
    expect(on.settings.markingEnabled).toBe(true);
    expect(on.matchData?.matcher).toBe((await handlers.getMatchData({}, tab)).matcher);
    await handlers.updateSettings({ patch: { disabledSites: ['news.example'] } }, tab);
    const off = await handlers.startPage({ hostname: 'news.example' }, tab);
    expect(off.settings.disabledSites).toEqual(['news.example']);
    expect(off.matchData).toBeNull();
    expect((await handlers.startPage({ hostname: 'other.example' }, tab)).matchData).not.toBeNull();
  });

  it("names what only imported articles give, so tabs draw those marks out of the page's reach", async () => {
    expect((await setup().handlers.getMatchData({}, tab)).privateNames).toBeUndefined();
    const [first, ...others] = seedDataset.entities;
    if (!first) throw new Error('the seed has no entities');
    const withImports = {
      ...seedDataset,
      version: 'with-imports',
      entities: [
        { ...first, aliases: [...first.aliases, 'The Kremlin Chief'] },
        ...others,
        {
          id: 'ingrid-halvorsen',
          name: 'Ingrid Halvorsen',
          type: 'person' as const,
          aliases: ['Ingrid Halvorsen'],
          description: '',
        },
      ],
    };
    const { handlers } = setup(serve(readerOf(withImports), 1));
    const data = await handlers.getMatchData({}, tab);
    expect(data.privateNames).toEqual({
      entityIds: ['ingrid-halvorsen'],
      aliases: [{ entityId: first.id, alias: 'The Kremlin Chief' }],
    });
    expect((await handlers.startPage({ hostname: 'news.example' }, tab)).matchData?.privateNames).toEqual(
      data.privateNames,
    );
  });

  it('looks up an entity with its dated, sourced facts', async () => {
    const { handlers } = setup();
    const card = await handlers.lookupEntity({ entityId: 'vladimir-putin' }, tab);
    expect(card?.entity.type).toBe('person');
    expect(card?.facts.length).toBeGreaterThan(0);
    for (const fact of card?.facts ?? []) {
      expect(fact.date).toBe('2024-07-05');
      expect(fact.articleTitle).toBe('Putin Refuses Ceasefire Talks with Ukraine, Demands Surrender!');
    }
    expect(await handlers.lookupEntity({ entityId: 'nobody' }, tab)).toBeNull();
  });

  it.each([
    ['SCO', 'shanghai-cooperation-organization'],
    ['shanghai', 'shanghai-cooperation-organization'],
    ['Zelensky', 'volodymyr-zelensky'],
    ['zelenksy', 'volodymyr-zelensky'],
    ['verkhovna', 'verkhovna-rada'],
  ])('search %s finds %s first', async (query, id) => {
    const { handlers } = setup();
    const results = await handlers.search({ query }, tab);
    expect(results.entities[0]?.entity.id).toBe(id);
  });

  it('search for a word of the text finds the facts that contain it', async () => {
    const { handlers } = setup();
    const results = await handlers.search({ query: 'ceasefire' }, tab);
    expect(results.facts.length).toBeGreaterThan(0);
    expect(results.facts[0]?.text.toLowerCase()).toContain('ceasefire');
    expect(results.facts[0]?.entityName).toBeTruthy();
    // A sentence naming several entities is listed once, with all their names.
    const texts = results.facts.map((f) => f.text);
    expect(new Set(texts).size).toBe(texts.length);
    const analysts = results.facts.find((f) => f.text.startsWith('Analysts believe Russia'));
    expect(analysts?.entityName.split(', ').sort()).toEqual(['Russia', 'Ukraine']);
    expect(await handlers.search({ query: '   ' }, tab)).toEqual({ entities: [], facts: [], articles: [] });
  });

  it('search finds articles by title, grouped apart from entities', async () => {
    const { handlers } = setup();
    const results = await handlers.search({ query: 'surrender' }, tab);
    expect(results.articles[0]?.title).toContain('Surrender');
  });

  it('stores settings through repair', async () => {
    const { handlers, stored } = setup();
    const next = await handlers.updateSettings({ patch: { disabledSites: ['HTTPS://Example.com/x'] } }, tab);
    expect(next.disabledSites).toEqual(['example.com']);
    expect(stored()).toEqual(next);
    expect(await handlers.getSettings({}, tab)).toEqual(next);
  });

  it('opens an article at its fact, next to the tab that asked', async () => {
    const { handlers, opened } = setup();
    const fact = seedDataset.facts[0];
    if (!fact) throw new Error('seed has no facts');
    await handlers.openArticle({ articleId: fact.articleId, factId: fact.id }, tab);
    expect(opened).toHaveLength(1);
    const url = new URL(opened[0]?.url ?? '');
    expect(url.searchParams.get('id')).toBe(fact.articleId);
    expect(opened[0]?.opener).toBe(7);
    await expect(handlers.openArticle({ articleId: 'missing' }, tab)).rejects.toThrow('no article');
    await expect(handlers.openArticle({ articleId: fact.articleId, factId: 'missing' }, tab)).rejects.toThrow(
      'no fact',
    );
  });

  it('reports the dataset size', async () => {
    const { handlers } = setup();
    const info = await handlers.getDatasetInfo({}, tab);
    expect(info).toMatchObject({ articles: 1, version: seedDataset.version });
  });
});
