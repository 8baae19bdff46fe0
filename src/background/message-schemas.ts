import * as v from 'valibot';
import { MAX_ARTICLE_FILE_BYTES } from '../core/article/parse-article';
import { MAX_EXPORT_CHARS } from '../core/imports/export-file';
import { MAX_STREAMED_FILE_BYTES, UPLOAD_SLICE_BYTES } from '../core/imports/upload-limits';
import type { RequestOf, WorkerMessageName, WorkerProtocol } from '../core/protocol';
import { settingsPatch } from './settings-schema';

// Payloads come from pages' content scripts too, so every field is bounded: a forged message
// must not be able to make the worker do unbounded work.
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const empty = v.strictObject({});
const pixels = v.pipe(v.number(), v.minValue(-100_000), v.maxValue(100_000));
const size = v.pipe(v.number(), v.minValue(0), v.maxValue(100_000));

type SchemaFor<K extends WorkerMessageName> = v.GenericSchema<unknown, RequestOf<WorkerProtocol, K>>;

export const REQUEST_SCHEMAS: { [K in WorkerMessageName]: SchemaFor<K> } = {
  getMatchData: empty,
  lookupEntity: v.strictObject({ entityId: id }),
  search: v.strictObject({
    query: v.pipe(v.string(), v.maxLength(200)),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))),
  }),
  getSettings: empty,
  updateSettings: v.strictObject({ patch: settingsPatch }),
  openArticle: v.strictObject({ articleId: id, factId: v.optional(id) }),
  getArticle: v.strictObject({ articleId: id }),
  getDatasetInfo: empty,
  importArticles: v.strictObject({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
    // Characters never outnumber UTF-8 bytes, so this bound admits every file within the byte limit.
    text: v.pipe(
      v.string(),
      v.maxLength(MAX_ARTICLE_FILE_BYTES, `the file is larger than ${MAX_ARTICLE_FILE_BYTES / 2 ** 20} MB`),
    ),
  }),
  beginUpload: v.strictObject({
    name: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
    size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STREAMED_FILE_BYTES)),
    restore: v.optional(v.literal(true)),
  }),
  uploadSlice: v.strictObject({
    uploadId: id,
    index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
    // A slice is UPLOAD_SLICE_BYTES of the file and has no more characters than bytes, plus the one
    // character whose first bytes ended the slice before.
    text: v.pipe(v.string(), v.maxLength(UPLOAD_SLICE_BYTES + 4)),
  }),
  finishUpload: v.strictObject({ uploadId: id }),
  listImported: empty,
  deleteImported: v.union([
    v.strictObject({ keys: v.pipe(v.array(id), v.minLength(1), v.maxLength(50_000)) }),
    v.strictObject({ all: v.literal(true) }),
  ]),
  exportData: empty,
  importExport: v.strictObject({
    text: v.pipe(v.string(), v.maxLength(MAX_EXPORT_CHARS, 'the file is larger than 32 MB')),
  }),
  muteEntity: v.strictObject({ entityId: id }),
  // Strict and empty: the host comes from the sender, so a page cannot name another site.
  disableSiteForTab: empty,
  // Empty too: what to restore is the worker's own record for the sender's tab.
  undoCardAction: empty,
  openInPopup: v.strictObject({ entityId: id }),
  openCardInTop: v.strictObject({
    entityId: id,
    alias: v.pipe(v.string(), v.maxLength(200)),
    rect: v.strictObject({ x: pixels, y: pixels, width: size, height: size }),
    viewport: v.strictObject({ width: size, height: size }),
    frameIndex: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)),
  }),
  closeCardInTop: empty,
  closedCardInTop: v.strictObject({ frameId: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
  loadCard: empty,
  loadInteraction: empty,
  reportMarkedNames: v.strictObject({
    count: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
  startPage: v.strictObject({ hostname: v.pipe(v.string(), v.maxLength(253)) }),
};

/** Who may send what: content scripts run inside web pages, so they get only what marking and cards need. */
export type SenderKind = 'content' | 'extension-page';

export const ALLOWED_SENDERS: { [K in WorkerMessageName]: readonly SenderKind[] } = {
  getMatchData: ['content'],
  lookupEntity: ['content', 'extension-page'],
  search: ['extension-page'],
  getSettings: ['content', 'extension-page'],
  updateSettings: ['extension-page'],
  openArticle: ['content', 'extension-page'],
  getArticle: ['extension-page'],
  getDatasetInfo: ['extension-page'],
  // Only Factlens's own pages may change the dataset: a web page must never add to or read it wholesale.
  importArticles: ['extension-page'],
  beginUpload: ['extension-page'],
  uploadSlice: ['extension-page'],
  finishUpload: ['extension-page'],
  listImported: ['extension-page'],
  deleteImported: ['extension-page'],
  exportData: ['extension-page'],
  importExport: ['extension-page'],
  // The card's buttons: each changes only what a reader could change on the options page for this tab.
  muteEntity: ['content', 'extension-page'],
  disableSiteForTab: ['content'],
  undoCardAction: ['content'],
  openInPopup: ['content'],
  // A frame's card drawn by the top frame: only ever relayed to the sender's own tab.
  openCardInTop: ['content'],
  closeCardInTop: ['content'],
  closedCardInTop: ['content'],
  loadCard: ['content'],
  // Like loadCard: into the sender's own frame, and only the packaged file.
  loadInteraction: ['content'],
  // A page can only change the badge of its own tab (the tab id comes from the sender).
  reportMarkedNames: ['content'],
  // What getSettings and getMatchData give a content script, in one answer.
  startPage: ['content'],
};

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
