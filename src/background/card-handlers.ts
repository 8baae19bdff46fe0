// The worker's side of the card's buttons. A content script runs inside a web page, so nothing it
// sends is trusted beyond an entity id: the site to turn off is read from the sender the browser fills in.
import { mergeSettings, type Settings } from '../core/settings';
import { withSiteOff } from '../core/site-switch';
import { webHostOf } from '../core/text/http-url';
import { type CardUndoStore, restoreMute, restoreSite, siteLists, UNDO_TTL_MS } from './card-undo';
import type { LoadedDataset } from './dataset-store';
import type { Handlers, SenderInfo } from './message-router';

export interface CardDeps {
  getDataset(): Promise<LoadedDataset>;
  loadSettings(): Promise<Settings>;
  storeSettings(settings: Settings): Promise<void>;
  openPopupTab(url: string, openerTabId?: number): Promise<void>;
  popupPageUrl(params: string): string;
  /** Runs card.js in one frame's isolated world (scripting.executeScript); lazy-card builds only. */
  injectCard?(tabId: number, frameId: number): Promise<void>;
  /** The last Mute or "Off on this site" per tab, for the card's Undo. */
  undoStore: CardUndoStore;
  now(): number;
}

type CardHandlers = Pick<
  Handlers,
  'muteEntity' | 'disableSiteForTab' | 'undoCardAction' | 'openInPopup' | 'loadCard'
>;

/** The frame's own host (the card was in it), else the tab's: about:blank frames have no host of their own. */
export function senderHost(sender: SenderInfo): string | null {
  return webHostOf(sender.url) ?? webHostOf(sender.tab?.url);
}

export function createCardHandlers(deps: CardDeps): CardHandlers {
  return {
    async muteEntity({ entityId }, sender) {
      if (!(await (await deps.getDataset()).reader.entity(entityId)))
        throw new Error(`no entity ${entityId}`);
      const settings = await deps.loadSettings();
      const wasMuted = settings.mutedEntities.includes(entityId);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        await deps.undoStore.set(tabId, { kind: 'mute', entityId, wasMuted, at: deps.now() });
      }
      if (wasMuted) return { muted: true };
      const next = mergeSettings(settings, { mutedEntities: [...settings.mutedEntities, entityId] });
      await deps.storeSettings(next);
      return { muted: next.mutedEntities.includes(entityId) };
    },
    async disableSiteForTab(_payload, sender) {
      const host = senderHost(sender);
      if (!host) throw new Error('the sender is not a web page');
      const settings = await deps.loadSettings();
      const next = withSiteOff(settings, host);
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const record = { host, before: siteLists(settings), after: siteLists(next), at: deps.now() };
        await deps.undoStore.set(tabId, { kind: 'site-off', ...record });
      }
      await deps.storeSettings(next);
      return { host };
    },
    async undoCardAction(_payload, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { undone: false };
      const record = await deps.undoStore.get(tabId);
      await deps.undoStore.delete(tabId);
      if (!record || deps.now() - record.at > UNDO_TTL_MS) return { undone: false };
      const settings = await deps.loadSettings();
      if (record.kind === 'mute') {
        await deps.storeSettings(restoreMute(settings, record.entityId, record.wasMuted));
        return { undone: true };
      }
      // Only from a frame of the site that was turned off: another site's script cannot turn it back on.
      if (senderHost(sender) !== record.host) return { undone: false };
      await deps.storeSettings(restoreSite(settings, record.before, record.after));
      return { undone: true };
    },
    async openInPopup({ entityId }, sender) {
      if (!(await (await deps.getDataset()).reader.entity(entityId)))
        throw new Error(`no entity ${entityId}`);
      const params = new URLSearchParams({ entity: entityId });
      if (typeof sender.tab?.id === 'number') params.set('tab', String(sender.tab.id));
      await deps.openPopupTab(deps.popupPageUrl(params.toString()), sender.tab?.id);
      return { opened: true };
    },
    async loadCard(_payload, sender) {
      const tabId = sender.tab?.id;
      if (!deps.injectCard || tabId === undefined) throw new Error('the card is bundled in this build');
      // Into the sender's own frame only, and only our packaged file: the sender chooses nothing.
      await deps.injectCard(tabId, sender.frameId ?? 0);
      return { loaded: true };
    },
  };
}
