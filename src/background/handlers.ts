import type { Entity } from '../core/dataset/types';
import { privateNames } from '../core/match/private-names';
import type { PrivateNames } from '../core/protocol';
import { matchData } from '../core/query/dataset-index';
import { isMarkingActive, mergeSettings, type Settings } from '../core/settings';
import { type BadgeDeps, createBadgeHandlers } from './badge-handlers';
import { type CardDeps, createCardHandlers } from './card-handlers';
import type { LoadedDataset } from './dataset-store';
import { createFrameCardHandlers, type FrameCardDeps } from './frame-card-handlers';
import { createImportHandlers, type ImportDeps } from './import-handlers';
import { createInteractionHandlers, type InteractionDeps } from './interaction-handlers';
import { startsOf } from './match-starts';
import { matchTables, type PackagedMatcherLoader } from './match-tables';
import type { Handlers } from './message-router';
import { createUploadHandlers } from './upload-handlers';

/** What the handlers need from the browser, injected so they run unchanged in unit tests. */
export interface HandlerDeps extends ImportDeps, CardDeps, BadgeDeps, FrameCardDeps, InteractionDeps {
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
  /** What a tab marks with: the entity list and the compiled matcher, for the dataset's version. */
  const pageMatchData = async () => {
    const { reader, imported } = await deps.getDataset();
    const source = { version: reader.head.version, entities: await reader.entityList() };
    const tables = await matchTables(source, deps.loadPackagedMatcher);
    const data = { ...matchData(source, tables), starts: startsOf(tables) };
    if (imported === 0) return data;
    return { ...data, privateNames: await privateNamesOf(source) };
  };
  // Once per dataset version: every tab asks for it.
  let privateCache: { version: string; names: Promise<PrivateNames> } | null = null;
  const privateNamesOf = (source: { version: string; entities: Entity[] }): Promise<PrivateNames> => {
    if (privateCache?.version !== source.version) {
      const names = deps
        .loadBundled()
        .then(async (bundled) => privateNames(await bundled.entityList(), source.entities));
      privateCache = { version: source.version, names };
      names.catch(() => {
        if (privateCache?.names === names) privateCache = null;
      });
    }
    return privateCache.names;
  };
  return {
    ...createImportHandlers(deps),
    ...createUploadHandlers(deps),
    ...createCardHandlers(deps),
    ...createBadgeHandlers(deps),
    ...createFrameCardHandlers(deps),
    ...createInteractionHandlers(deps),
    getMatchData: pageMatchData,
    async startPage({ hostname }) {
      const settings = await deps.loadSettings();
      if (!isMarkingActive(settings, hostname)) return { settings, matchData: null };
      return { settings, matchData: await pageMatchData() };
    },
    async lookupEntity({ entityId }) {
      return (await deps.getDataset()).reader.card(entityId);
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
      const { reader } = await deps.getDataset();
      if (!(await reader.article(articleId))) throw new Error(`no article ${articleId}`);
      const fact = factId ? await reader.articleFact(articleId, factId) : null;
      if (factId && !fact) throw new Error(`no fact ${factId} in article ${articleId}`);
      const params = deps.articleUrlParams(fact ? { articleId, ...fact } : { articleId, text: '' });
      await deps.openArticleTab(deps.articlePageUrl(params), sender.tab?.id);
      return { opened: true };
    },
    async getArticle({ articleId }) {
      return (await deps.getDataset()).reader.article(articleId);
    },
    async getDatasetInfo() {
      const { reader, imported, importError, compiling, search } = await deps.getDataset();
      // The popup asks this as it opens: its first search should not wait for the index to load.
      search.warm();
      const { head } = reader;
      return {
        imported,
        ...(importError ? { importError } : {}),
        ...(compiling > 0 ? { compiling } : {}),
        version: head.version,
        schemaVersion: head.schemaVersion,
        ...head.counts,
      };
    },
  };
}
