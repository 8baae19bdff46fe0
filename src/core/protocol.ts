// The one message protocol: each message name maps to its request and response types.
// Senders (content script, popup, options, article page) and the worker's handlers both use this map,
// so a change to a message breaks the build on both sides at once.
import type { Article, Dataset, Entity, EntityType } from './dataset/types';
import type { ImportedSummary, ImportResult } from './imports/types';
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
  /** The sentence names the entity only by pronoun or short form: the attribution is inferred. */
  resolvedBy?: 'reference';
  /** Where the article was published (an http(s) URL), when its file gave one. */
  articleUrl?: string;
}

/** An entity mentioned in the same sentences as the card's entity. */
export interface RelatedView {
  id: string;
  name: string;
  type: EntityType;
  /** Sentences that mention both. */
  count: number;
}

export interface EntityCard {
  entity: Entity;
  /** Best first. */
  facts: FactView[];
  /** Most shared sentences first; bounded (see MAX_CARD_RELATED). */
  related?: RelatedView[];
  /** Mentions per date, oldest first; the most recent dates only (see MAX_CARD_TIMELINE). */
  timeline?: Array<{ date: string; count: number }>;
}

export interface MatchAlias {
  alias: string;
  entityId: string;
}

export interface MatchData {
  version: string;
  /**
   * The compiled matcher (src/core/match: packMatcher) as base64: compiled once per dataset, never per
   * page, and a string because Chromium's extension messaging carries JSON, not typed arrays.
   */
  matcher: string;
  /**
   * The matcher's start-character pattern (core/match startPattern of its class table), computed by
   * the worker once per dataset so that no page walks the whole table before its first scan.
   */
  starts?: string;
  entities: Array<Pick<Entity, 'id' | 'name' | 'type'>>;
  /**
   * What only the reader's imported articles name (absent when nothing is imported): entities the
   * bundled dataset lacks, and aliases it lacks for its own entities. Their marks are drawn where
   * the page cannot read them (see src/content/mark-overlay.ts).
   */
  privateNames?: PrivateNames;
}

export interface PrivateNames {
  entityIds: string[];
  /** Whitespace-normalised aliases, as the matcher reports them. */
  aliases: Array<{ entityId: string; alias: string }>;
}

/** One mark the reader sees, as the content script reports it to Factlens's own pages (tests, tools). */
export interface DescribedMark {
  text: string;
  /** 'shared': in the page-visible highlight registry (bundled names); 'overlay': drawn in the closed overlay. */
  layer: 'shared' | 'overlay';
  /** Its first box in the viewport, or null when it has none (display: none, detached). */
  rect: ViewRect | null;
}

export interface MarkDescription {
  /** The document's performance.timeOrigin: tells two tabs at one URL apart. */
  timeOrigin: number;
  /** Every mark painted now (the registered window, not marks far off screen), in page order. */
  marks: DescribedMark[];
}

export interface DatasetInfo {
  version: string;
  schemaVersion: Dataset['schemaVersion'];
  articles: number;
  entities: number;
  facts: number;
  /** Imported articles included in the counts above (0 when only the bundled data is served). */
  imported: number;
  /** Why imported articles are left out, when they could not be compiled. */
  importError?: string;
  /** Imported articles stored and still being compiled (absent when none): not in the counts, cards or search yet. */
  compiling?: number;
}

/** A fact found by search, with the entity it is about. */
export interface FactHit extends FactView {
  entityId: string;
  /** Every entity the sentence names, comma-separated: a sentence is listed once however many it names. */
  entityName: string;
}

export interface ArticleHit {
  id: string;
  title: string;
  date: string;
  source: string;
}

/** Search results grouped by kind, each group best first. */
export interface SearchResults {
  entities: EntityCard[];
  facts: FactHit[];
  articles: ArticleHit[];
}

export interface PageMention {
  entityId: string;
  name: string;
  type: EntityType;
  count: number;
}

/** What the content script has found on its page so far. */
export interface PageMentions {
  mentions: PageMention[];
  /** Still reading the page (a long page is read in slices): counts may still grow. */
  reading: boolean;
  /** Epoch ms at which the content script last finished reading everything it had queued; null before. */
  readAt: number | null;
  /** This browser cannot draw marks (no CSS Custom Highlight API), so the page is not read at all. */
  cannotMark?: true;
}

/** A box in a frame's viewport, CSS pixels. */
export interface ViewRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A card a frame too small to hold it asks the top frame to draw, next to the frame's mark. */
export interface FrameCardRequest {
  entityId: string;
  /** The text the frame matched, for the card's "Marked:" line. */
  alias: string;
  /** The mark's box in the frame's own viewport. */
  rect: ViewRect;
  /** The frame's viewport size, to check the top found the right frame element. */
  viewport: { width: number; height: number };
  /** The frame's index in the top window's `frames`: how the top finds the element without an API for it. */
  frameIndex: number;
}

/** A file's upload was begun, or refused at once (too large, or a name the worker will not take). */
export type UploadBegun = { uploadId: string } | { result: ImportResult };
/**
 * `next`: the slice the worker expects now. `lost`: the worker has no such upload (it was stopped and
 * started again, forgetting what had arrived), so the file must be sent again from the start.
 * `result`: the file was refused (a bad line), and nothing more should be sent.
 */
export type UploadSliceReply = { next: number } | { lost: true } | { result: ImportResult };
export type UploadFinished = { result: ImportResult } | { lost: true };

/** Messages handled by the background worker. */
export interface WorkerProtocol {
  getMatchData: { request: Record<string, never>; response: MatchData };
  lookupEntity: { request: { entityId: string }; response: EntityCard | null };
  search: { request: { query: string; limit?: number }; response: SearchResults };
  getSettings: { request: Record<string, never>; response: Settings };
  updateSettings: { request: { patch: Partial<Settings> }; response: Settings };
  openArticle: { request: { articleId: string; factId?: string }; response: { opened: boolean } };
  getArticle: { request: { articleId: string }; response: Article | null };
  getDatasetInfo: { request: Record<string, never>; response: DatasetInfo };
  /** One article file (seed text, JSON or JSON Lines) from the options page; stored all or nothing. */
  importArticles: { request: { name: string; text: string }; response: ImportResult };
  /**
   * A file too large for one message, sent in slices (see options/import-files.ts): begun, each slice
   * acknowledged, then finished, when it is stored all or nothing as importArticles does.
   */
  /** `restore`: the file is an export file (Export…), restored when its last slice has arrived. */
  beginUpload: { request: { name: string; size: number; restore?: true }; response: UploadBegun };
  uploadSlice: { request: { uploadId: string; index: number; text: string }; response: UploadSliceReply };
  finishUpload: { request: { uploadId: string }; response: UploadFinished };
  listImported: { request: Record<string, never>; response: ImportedSummary[] };
  deleteImported: { request: { keys: string[] } | { all: true }; response: { removed: number } };
  /** Settings and imported articles as one JSON document (see core/imports/export-file.ts). */
  exportData: { request: Record<string, never>; response: { json: string } };
  /** Restores an export: settings replaced, articles added (duplicates skipped); all or nothing. */
  importExport: { request: { text: string }; response: { added: number; duplicates: number } };
  /** From a card: adds the entity to settings.mutedEntities; open tabs unmark it through the settings change. */
  muteEntity: { request: { entityId: string }; response: { muted: boolean } };
  /** From a card: turns Factlens off on the sending frame's host, which the worker reads from the sender. */
  disableSiteForTab: { request: Record<string, never>; response: { host: string } };
  /** From a card's Undo toast: reverts this tab's last Mute or "Off on this site", as the worker recorded it. */
  undoCardAction: { request: Record<string, never>; response: { undone: boolean } };
  /** From a card: opens the popup page as a tab showing this entity, reporting on the sender's tab. */
  openInPopup: { request: { entityId: string }; response: { opened: boolean } };
  /** From a child frame too small for a card: asks the top frame to draw it (see TabProtocol.showFrameCard). */
  openCardInTop: { request: FrameCardRequest; response: { shown: boolean } };
  /** From that frame: the pointer left its mark; the top frame's card closes unless the pointer is on it. */
  closeCardInTop: { request: Record<string, never>; response: { closed: boolean } };
  /** From the top frame: it closed a child frame's card itself (Escape, the pointer left the card). */
  closedCardInTop: { request: { frameId: number }; response: { sent: boolean } };
  /** Lazy-card builds only: injects card.js into the sending frame's isolated world. */
  loadCard: { request: Record<string, never>; response: { loaded: boolean } };
  /** Lazy builds only: injects interaction.js (hover, cards, badge) into the sending frame's isolated world. */
  loadInteraction: { request: Record<string, never>; response: { loaded: boolean } };
  /** From a tab's top frame: how many distinct names it marks now, shown on the toolbar badge ('' for none). */
  reportMarkedNames: { request: { count: number }; response: { shown: string } };
  /**
   * A content script's start in one round trip: the settings, and the match data when they mark the
   * page's host (null when Factlens is off there).
   */
  startPage: { request: { hostname: string }; response: { settings: Settings; matchData: MatchData | null } };
}

/** Messages handled by the content script in a tab (sent by the popup). */
export interface TabProtocol {
  getPageMentions: { request: Record<string, never>; response: PageMentions };
  /** Scrolls to the next mention of the entity after the last one revealed (wrapping) and flashes it. */
  revealMention: { request: { entityId: string }; response: { found: boolean } };
  /** The next/previous-mention keyboard commands: opens that mark's card with focus in it. */
  stepMention: { request: { direction: 1 | -1 }; response: { found: boolean } };
  /** Relayed by the worker from a child frame: draws that frame's card in the top frame. */
  showFrameCard: { request: FrameCardRequest & { frameId: number }; response: { shown: boolean } };
  closeFrameCard: { request: { frameId: number }; response: { closed: boolean } };
  /**
   * What is marked and where, for Factlens's own pages only (the e2e harness): imported names are no
   * longer in the page-readable registry, so this is how a test sees them. Answered only for a sender
   * on the extension's origin.
   */
  describeMarks: { request: Record<string, never>; response: MarkDescription };
  /** Relayed to a child frame: the top frame closed the card it drew for it. */
  frameCardClosed: { request: Record<string, never>; response: { closed: boolean } };
  /**
   * From the worker to every frame of every tab when the stored settings change: content scripts do
   * not read storage themselves (Chromium keeps it from them), so this is how they follow a change.
   */
  settingsChanged: { request: { settings: Settings }; response: { applied: boolean } };
  /** From the worker to every frame: imported articles changed the dataset, so match data is stale. */
  datasetChanged: { request: Record<string, never>; response: { applied: boolean } };
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
