// The one message protocol: each message name maps to its request and response types.
// Senders (content script, popup, options, article page) and the worker's handlers both use this map,
// so a change to a message breaks the build on both sides at once.
import type { Article, Dataset, Entity, EntityType } from './dataset/types';
import type { Settings } from './settings';

export interface FactView {
  id: string;
  text: string;
  date: string;
  articleId: string;
  articleTitle: string;
  /** Publisher/source as the article states it; '' when unknown. */
  source: string;
  /** Position of the sentence in its article, so the article page can scroll to it. */
  paragraph?: number;
  sentence?: number;
}

export interface EntityCard {
  entity: Entity;
  /** Best first. */
  facts: FactView[];
}

export interface MatchAlias {
  alias: string;
  entityId: string;
}

export interface MatchData {
  version: string;
  aliases: MatchAlias[];
  entities: Array<Pick<Entity, 'id' | 'name' | 'type'>>;
}

export interface DatasetInfo {
  version: string;
  schemaVersion: Dataset['schemaVersion'];
  articles: number;
  entities: number;
  facts: number;
}

export interface PageMention {
  entityId: string;
  name: string;
  type: EntityType;
  count: number;
}

/** Messages handled by the background worker. */
export interface WorkerProtocol {
  getMatchData: { request: Record<string, never>; response: MatchData };
  lookupEntity: { request: { entityId: string }; response: EntityCard | null };
  search: { request: { query: string; limit?: number }; response: EntityCard[] };
  getSettings: { request: Record<string, never>; response: Settings };
  updateSettings: { request: { patch: Partial<Settings> }; response: Settings };
  openArticle: { request: { articleId: string; factId?: string }; response: { opened: boolean } };
  getArticle: { request: { articleId: string }; response: Article | null };
  getDatasetInfo: { request: Record<string, never>; response: DatasetInfo };
}

/** Messages handled by the content script in a tab (sent by the popup). */
export interface TabProtocol {
  getPageMentions: { request: Record<string, never>; response: PageMention[] };
}

export type WorkerMessageName = keyof WorkerProtocol;
export type TabMessageName = keyof TabProtocol;

export interface Envelope<P, K extends keyof P = keyof P> {
  /** Namespaces our messages so anything else on the runtime channel is ignored. */
  factlens: 1;
  type: K;
  payload: P[K] extends { request: infer R } ? R : never;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestOf<P, K extends keyof P> = P[K] extends { request: infer R } ? R : never;
export type ResponseOf<P, K extends keyof P> = P[K] extends { response: infer R } ? R : never;
