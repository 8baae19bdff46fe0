// A card for a mark in a frame too small to hold it is drawn by the tab's top frame. The worker
// only relays: from the sending frame to frame 0 of the same tab, with the sender's frame id that
// the browser filled in, so the top frame knows which frame element the card belongs next to.
import type { TabMessageName, TabProtocol } from '../core/protocol';
import type { Handlers, SenderInfo } from './message-router';

export interface FrameCardDeps {
  /** tabs.sendMessage to the tab's top frame; resolves to its Reply. */
  sendToTopFrame<K extends TabMessageName>(
    tabId: number,
    type: K,
    payload: TabProtocol[K]['request'],
  ): Promise<TabProtocol[K]['response']>;
  /** tabs.sendMessage to one frame of the tab. */
  sendToFrame<K extends TabMessageName>(
    tabId: number,
    frameId: number,
    type: K,
    payload: TabProtocol[K]['request'],
  ): Promise<TabProtocol[K]['response']>;
}

type FrameCardHandlers = Pick<Handlers, 'openCardInTop' | 'closeCardInTop' | 'closedCardInTop'>;

/** The sender's tab and frame, when it is a child frame: the top frame draws its own cards. */
function childFrame(sender: SenderInfo): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || frameId === 0) return null;
  return { tabId, frameId };
}

export function createFrameCardHandlers(deps: FrameCardDeps): FrameCardHandlers {
  return {
    async openCardInTop(request, sender) {
      const from = childFrame(sender);
      if (!from) return { shown: false };
      // No script in the top frame (a page Factlens does not run on): the frame draws the card itself.
      return deps
        .sendToTopFrame(from.tabId, 'showFrameCard', { ...request, frameId: from.frameId })
        .catch(() => ({ shown: false }));
    },
    async closeCardInTop(_payload, sender) {
      const from = childFrame(sender);
      if (!from) return { closed: false };
      return deps
        .sendToTopFrame(from.tabId, 'closeFrameCard', { frameId: from.frameId })
        .catch(() => ({ closed: false }));
    },
    async closedCardInTop({ frameId }, sender) {
      // Only the top frame draws cards for other frames, and only within its own tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return { sent: false };
      // The frame may have navigated away since: nothing to tell then.
      return deps.sendToFrame(tabId, frameId, 'frameCardClosed', {}).then(
        () => ({ sent: true }),
        () => ({ sent: false }),
      );
    },
  };
}
