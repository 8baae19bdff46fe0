// Answers the popup's "what is on this page" question from the marks of the top frame.

import browser from 'webextension-polyfill';
import type { MatchData, PageMention, Reply } from '../core/protocol';

function isMentionsRequest(message: unknown): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { factlens?: unknown; type?: unknown };
  return m.factlens === 1 && m.type === 'getPageMentions';
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

/** Registers the listener; returns the function that removes it. */
export function answerPageMentions(current: () => PageMention[]): () => void {
  // Other messages get undefined back, leaving them to any other listener.
  const listener = (message: unknown): Promise<Reply<PageMention[]>> | undefined => {
    if (!isMentionsRequest(message)) return undefined;
    return Promise.resolve({ ok: true, value: current() });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  };
}
