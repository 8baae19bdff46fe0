import { entityCard, matchData } from '../core/query/dataset-index';
import { mergeSettings, type Settings } from '../core/settings';
import { type BadgeDeps, createBadgeHandlers } from './badge-handlers';
import { type CardDeps, createCardHandlers } from './card-handlers';
import type { LoadedDataset } from './dataset-store';
import { createFrameCardHandlers, type FrameCardDeps } from './frame-card-handlers';
import { createImportHandlers, type ImportDeps } from './import-handlers';
import { matchTables, type PackagedMatcherLoader } from './match-tables';
import type { Handlers } from './message-router';

/** What the handlers need from the browser, injected so they run unchanged in unit tests. */
export interface HandlerDeps extends ImportDeps, CardDeps, BadgeDeps, FrameCardDeps {
  getDataset(): Promise<LoadedDataset>;
  loadSettings(): Promise<Settings>;
  storeSettings(settings: Settings): Promise<void>;
  openArticleTab(url: string, openerTabId?: number): Promise<void>;
  articlePageUrl(params: string): string;
  articleUrlParams(fact: { articleId: string; paragraph?: number; sentence?: number; text: string }): string;
  /** The matcher compiled at build time; without it (unit tests) the worker compiles its own. */
  loadPackagedMatcher?: PackagedMatcherLoader;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createImportHandlers(deps),
    ...createCardHandlers(deps),
    ...createBadgeHandlers(deps),
    ...createFrameCardHandlers(deps),
    async getMatchData() {
      const { index } = await deps.getDataset();
      return matchData(index, await matchTables(index, deps.loadPackagedMatcher));
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
      const { index, imported, importError, search } = await deps.getDataset();
      // The popup asks this as it opens: its first search should not wait for the index to load.
      search.warm?.();
      const { dataset } = index;
      return {
        imported,
        ...(importError ? { importError } : {}),
        version: dataset.version,
        schemaVersion: dataset.schemaVersion,
        articles: dataset.articles.length,
        entities: dataset.entities.length,
        facts: dataset.facts.length,
      };
    },
  };
}
