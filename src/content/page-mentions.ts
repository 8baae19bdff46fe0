// Answers the tab messages in the top frame: the popup's "what is on this page" and "show me where",
// and the keyboard commands' next/previous mention (forwarded by the worker). Part of interaction.js:
// the start script's tab-listener.ts hands them over.

import type {
  FrameCardRequest,
  MatchData,
  PageMention,
  PageMentions,
  Reply,
  TabMessageName,
} from '../core/protocol';

export interface PageAnswers {
  mentions(): PageMentions;
  reveal(entityId: string): boolean;
  step(direction: 1 | -1): boolean;
  /** A child frame's card, drawn here; false when the frame's element is not found. */
  showFrameCard(frameId: number, request: FrameCardRequest): boolean;
  closeFrameCard(frameId: number): boolean;
}

const TAB_MESSAGES: readonly string[] = [
  'getPageMentions',
  'revealMention',
  'stepMention',
  'showFrameCard',
  'closeFrameCard',
] satisfies TabMessageName[];

function isFrameCardRequest(p: Record<string, unknown>): p is Record<string, unknown> & FrameCardRequest {
  const box = (b: unknown, keys: string[]) =>
    typeof b === 'object' &&
    b !== null &&
    keys.every((k) => Number.isFinite((b as Record<string, unknown>)[k]));
  return (
    typeof p.entityId === 'string' &&
    typeof p.alias === 'string' &&
    Number.isInteger(p.frameIndex) &&
    box(p.rect, ['x', 'y', 'width', 'height']) &&
    box(p.viewport, ['width', 'height'])
  );
}

interface TabMessage {
  type: TabMessageName;
  payload: Record<string, unknown>;
}

function asTabMessage(message: unknown): TabMessage | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as { factlens?: unknown; type?: unknown; payload?: unknown };
  if (m.factlens !== 1 || typeof m.payload !== 'object' || m.payload === null) return null;
  if (typeof m.type !== 'string' || !TAB_MESSAGES.includes(m.type)) return null;
  return { type: m.type as TabMessageName, payload: m.payload as Record<string, unknown> };
}

/** The reply, or an error for a payload of the wrong shape (these arrive from other extension contexts only). */
function answer({ type, payload }: TabMessage, page: PageAnswers): Reply<unknown> {
  switch (type) {
    case 'getPageMentions':
      return { ok: true, value: page.mentions() };
    case 'revealMention':
      return typeof payload.entityId === 'string'
        ? { ok: true, value: { found: page.reveal(payload.entityId) } }
        : { ok: false, error: 'invalid revealMention payload' };
    case 'stepMention':
      return payload.direction === 1 || payload.direction === -1
        ? { ok: true, value: { found: page.step(payload.direction) } }
        : { ok: false, error: 'invalid stepMention payload' };
    case 'showFrameCard':
      return Number.isInteger(payload.frameId) && isFrameCardRequest(payload)
        ? { ok: true, value: { shown: page.showFrameCard(payload.frameId as number, payload) } }
        : { ok: false, error: 'invalid showFrameCard payload' };
    case 'closeFrameCard':
      return Number.isInteger(payload.frameId)
        ? { ok: true, value: { closed: page.closeFrameCard(payload.frameId as number) } }
        : { ok: false, error: 'invalid closeFrameCard payload' };
    case 'describeMarks':
      // The start script answers it (tab-listener.ts): the marks are there, with or without this code.
      return { ok: false, error: 'describeMarks is answered by tab-listener.ts' };
    case 'frameCardClosed':
      // Child frames answer this one (see frame-messages.ts); the top frame never gets it.
      return { ok: false, error: 'frameCardClosed is for child frames' };
    case 'settingsChanged':
    case 'datasetChanged':
      // Every frame answers these (see worker-broadcasts.ts); they are not in TAB_MESSAGES.
      return { ok: false, error: `${type} is answered by worker-broadcasts.ts` };
  }
}

/** Most-mentioned first, then by name, so the popup list is stable. */
export function toPageMentions(
  counts: ReadonlyMap<string, number>,
  entities: MatchData['entities'],
): PageMention[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out: PageMention[] = [];
  for (const [entityId, count] of counts) {
    const entity = byId.get(entityId);
    if (entity) out.push({ entityId, name: entity.name, type: entity.type, count });
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The reply to one of the top frame's tab messages; undefined for any other message. */
export function answerTabMessage(message: unknown, page: PageAnswers): Reply<unknown> | undefined {
  const request = asTabMessage(message);
  return request ? answer(request, page) : undefined;
}
