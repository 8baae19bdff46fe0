import * as v from 'valibot';
import type { RequestOf, WorkerMessageName, WorkerProtocol } from '../core/protocol';
import { HOVER_DELAY_RANGE } from '../core/settings';

// Payloads come from pages' content scripts too, so every field is bounded: a forged message
// must not be able to make the worker do unbounded work.
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const empty = v.strictObject({});

const settingsPatch = v.strictObject({
  markingEnabled: v.optional(v.boolean()),
  disabledSites: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(300))), v.maxLength(1000))),
  hoverDelayMs: v.optional(
    v.pipe(v.number(), v.finite(), v.minValue(HOVER_DELAY_RANGE.min), v.maxValue(HOVER_DELAY_RANGE.max)),
  ),
});

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
