// What a card's Mute or "Off on this site" changed, kept by the worker per tab so the card's Undo
// restores exactly that. The page only says "undo": nothing it sends names an entity or a site list.
import { mergeSettings, type Settings } from '../core/settings';

/** A site's settings as they were before "Off on this site", and as it left them. */
export type SiteLists = Pick<Settings, 'siteMode' | 'disabledSites' | 'onlySites'>;

export type CardUndoRecord =
  | { kind: 'mute'; entityId: string; wasMuted: boolean; at: number }
  | { kind: 'site-off'; host: string; before: SiteLists; after: SiteLists; at: number };

/** Where the records live: storage.session in the extension, so a restarted worker still has them. */
export interface CardUndoStore {
  get(tabId: number): Promise<CardUndoRecord | undefined>;
  set(tabId: number, record: CardUndoRecord): Promise<void>;
  delete(tabId: number): Promise<void>;
}

/** Long enough for a toast kept open while the reader hovers or focuses it; short enough to go stale. */
export const UNDO_TTL_MS = 10 * 60_000;

export function siteLists(s: Settings): SiteLists {
  return { siteMode: s.siteMode, disabledSites: [...s.disabledSites], onlySites: [...s.onlySites] };
}

/**
 * Undoes "Off on this site" on `current`: the patterns the action added are taken out and the ones it
 * removed go back where they were. With nothing else changed in between this is exactly `before`;
 * a change the reader made meanwhile on the options page is kept.
 */
export function restoreSite(current: Settings, before: SiteLists, after: SiteLists): Settings {
  const added = new Set(after.disabledSites.filter((p) => !before.disabledSites.includes(p)));
  const disabledSites = current.disabledSites.filter((p) => !added.has(p));
  const onlySites = [...current.onlySites];
  before.onlySites.forEach((p, i) => {
    if (!after.onlySites.includes(p) && !onlySites.includes(p))
      onlySites.splice(Math.min(i, onlySites.length), 0, p);
  });
  const siteMode = current.siteMode === after.siteMode ? before.siteMode : current.siteMode;
  return mergeSettings(current, { siteMode, disabledSites, onlySites });
}

/** Undoes a mute: the entity is unmuted only when the action muted it. */
export function restoreMute(current: Settings, entityId: string, wasMuted: boolean): Settings {
  if (wasMuted) return current;
  return mergeSettings(current, { mutedEntities: current.mutedEntities.filter((id) => id !== entityId) });
}

/** In-memory store, for unit tests and as the fallback where storage.session is missing. */
export function memoryUndoStore(): CardUndoStore {
  const records = new Map<number, CardUndoRecord>();
  return {
    get: async (tabId) => records.get(tabId),
    set: async (tabId, record) => {
      records.set(tabId, record);
    },
    delete: async (tabId) => {
      records.delete(tabId);
    },
  };
}

type SessionArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

/** One key per tab in storage.session: kept across worker restarts, gone with the browser session. */
export function sessionUndoStore(area: SessionArea): CardUndoStore {
  const key = (tabId: number) => `cardUndo:${tabId}`;
  return {
    async get(tabId) {
      // Written only by this worker; storage.session is not readable from content scripts by default.
      return (await area.get(key(tabId)))[key(tabId)] as CardUndoRecord | undefined;
    },
    set: (tabId, record) => area.set({ [key(tabId)]: record }),
    delete: (tabId) => area.remove(key(tabId)),
  };
}
