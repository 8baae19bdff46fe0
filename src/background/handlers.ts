import { entityCard, matchData } from '../core/query/dataset-index';
import { mergeSettings, type Settings } from '../core/settings';
import type { LoadedDataset } from './dataset-store';
import type { Handlers } from './message-router';

/** What the handlers need from the browser, injected so they run unchanged in unit tests. */
export interface HandlerDeps {
  getDataset(): Promise<LoadedDataset>;
  loadSettings(): Promise<Settings>;
  storeSettings(settings: Settings): Promise<void>;
  openArticleTab(url: string, openerTabId?: number): Promise<void>;
  articlePageUrl(params: string): string;
  articleUrlParams(fact: { articleId: string; paragraph?: number; sentence?: number; text: string }): string;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    async getMatchData() {
      return matchData((await deps.getDataset()).index);
    },
    async lookupEntity({ entityId }) {
      return entityCard((await deps.getDataset()).index, entityId);
    },
    async search({ query, limit }) {
      return (await deps.getDataset()).search.search(query, limit);
    },
    getSettings() {
      return deps.loadSettings();
    },
    async updateSettings({ patch }) {
      const next = mergeSettings(await deps.loadSettings(), patch);
      await deps.storeSettings(next);
      return next;
    },
    async openArticle({ articleId, factId }, sender) {
      const { index } = await deps.getDataset();
      if (!index.articles.has(articleId)) throw new Error(`no article ${articleId}`);
      const fact = factId ? index.facts.get(factId) : undefined;
      if (factId && fact?.articleId !== articleId)
        throw new Error(`no fact ${factId} in article ${articleId}`);
      const params = deps.articleUrlParams(fact ?? { articleId, text: '' });
      await deps.openArticleTab(deps.articlePageUrl(params), sender.tab?.id);
      return { opened: true };
    },
    async getArticle({ articleId }) {
      return (await deps.getDataset()).index.articles.get(articleId) ?? null;
    },
    async getDatasetInfo() {
      const { dataset } = (await deps.getDataset()).index;
      return {
        version: dataset.version,
        schemaVersion: dataset.schemaVersion,
        articles: dataset.articles.length,
        entities: dataset.entities.length,
        facts: dataset.facts.length,
      };
    },
  };
}
