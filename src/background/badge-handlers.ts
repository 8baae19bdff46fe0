// The toolbar badge: the number of distinct names marked on a tab, as its top frame reports them.
// The browser itself clears a tab's badge when the tab goes to another page, so a page that marks
// nothing (or is off) simply never sets one.
import type { Handlers } from './message-router';

export interface BadgeDeps {
  /** action.setBadgeText for one tab; absent where there is no toolbar button (unit tests). */
  setBadgeText?(tabId: number, text: string): Promise<void>;
}

type BadgeHandlers = Pick<Handlers, 'reportMarkedNames'>;

/** Four characters is what the badge shows without cutting; no badge at all for nothing marked. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export function createBadgeHandlers(deps: BadgeDeps): BadgeHandlers {
  return {
    async reportMarkedNames({ count }, sender) {
      const tabId = sender.tab?.id;
      // Frames report nothing: the badge is the page the reader sees, which the top frame marks.
      if (tabId === undefined || sender.frameId !== 0)
        throw new Error('only a tab’s top frame sets the badge');
      if (!deps.setBadgeText) throw new Error('there is no toolbar badge here');
      const text = badgeText(count);
      await deps.setBadgeText(tabId, text);
      return { shown: text };
    },
  };
}
