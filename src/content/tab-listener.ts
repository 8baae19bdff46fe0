// The tab messages (the popup, the keyboard commands, the top frame's cards for child frames) as
// the start script hears them: recognised here, answered by interaction.js (page-mentions.ts,
// frame-messages.ts), which is loaded for them if it is not yet. What a page without marks can
// answer at once, it answers without loading anything.
import type { DescribedMark, PageMentions, Reply, TabMessageName } from '../core/protocol';
import { addMessageListener, fromOwnPage } from '../platform/extension-api';
import type { PageInteraction } from './interaction-types';

// Child frames answer only the top frame's "closed your card"; the top frame everything else.
const TOP: readonly string[] = [
  'getPageMentions',
  'revealMention',
  'stepMention',
  'showFrameCard',
  'closeFrameCard',
  'describeMarks',
] satisfies TabMessageName[];
const CHILD: readonly string[] = ['frameCardClosed'] satisfies TabMessageName[];

export interface TabListenerDeps {
  /** The popup's answer for a page with no marks; null when there are marks to list. */
  unmarkedMentions(): PageMentions | null;
  loaded(): PageInteraction | null;
  load(): Promise<PageInteraction | null>;
  /** What is painted now, for Factlens's own pages (describeMarks). */
  describeMarks(): DescribedMark[];
}

/** Registers the listener; returns the function that removes it. */
export function listenToTab(deps: TabListenerDeps): () => void {
  const names = window === window.top ? TOP : CHILD;
  return addMessageListener((message, sender) => {
    const m = message as { factlens?: unknown; type?: unknown } | null;
    if (typeof m !== 'object' || m === null || m.factlens !== 1) return undefined;
    if (typeof m.type !== 'string' || !names.includes(m.type)) return undefined;
    if (m.type === 'describeMarks') {
      // Tells private marks apart: for Factlens's own pages only, never a content script's relay.
      const reply: Reply<unknown> = fromOwnPage(sender)
        ? { ok: true, value: { timeOrigin: performance.timeOrigin, marks: deps.describeMarks() } }
        : { ok: false, error: 'describeMarks is for extension pages only' };
      return Promise.resolve(reply);
    }
    if (m.type === 'getPageMentions') {
      const unmarked = deps.unmarkedMentions();
      if (unmarked) return Promise.resolve({ ok: true, value: unmarked } satisfies Reply<PageMentions>);
    }
    const now = deps.loaded();
    if (now) return Promise.resolve(now.answerTab(message));
    // Without the interaction code no card was drawn for a child frame, nor by the top for this one.
    if (m.type === 'closeFrameCard' || m.type === 'frameCardClosed') {
      return Promise.resolve({ ok: true, value: { closed: false } } satisfies Reply<{ closed: boolean }>);
    }
    return deps
      .load()
      .then(
        (ui): Reply<unknown> =>
          ui?.answerTab(message) ?? { ok: false, error: 'Factlens: the page is not ready' },
      );
  });
}
