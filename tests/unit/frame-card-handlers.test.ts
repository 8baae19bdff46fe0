import { describe, expect, it } from 'vitest';
import { createFrameCardHandlers } from '../../src/background/frame-card-handlers';

const request = {
  entityId: 'vladimir-putin',
  alias: 'Putin',
  rect: { x: 10, y: 8, width: 40, height: 18 },
  viewport: { width: 520, height: 60 },
  frameIndex: 1,
};

function setup() {
  const sent: Array<{ tabId: number; frameId: number; type: string; payload: unknown }> = [];
  const handlers = createFrameCardHandlers({
    sendToTopFrame: async (tabId, type, payload) => {
      sent.push({ tabId, frameId: 0, type, payload });
      return { shown: true, closed: true } as never;
    },
    sendToFrame: async (tabId, frameId, type, payload) => {
      sent.push({ tabId, frameId, type, payload });
      return { closed: true };
    },
  });
  return { handlers, sent };
}

describe('frame card relay', () => {
  it('relays a child frame’s card to the top frame of its own tab, with the frame id the browser gave', async () => {
    const { handlers, sent } = setup();
    expect(await handlers.openCardInTop(request, { tab: { id: 4 }, frameId: 12 })).toEqual({
      shown: true,
      closed: true,
    });
    await handlers.closeCardInTop({}, { tab: { id: 4 }, frameId: 12 });
    expect(sent).toEqual([
      { tabId: 4, frameId: 0, type: 'showFrameCard', payload: { ...request, frameId: 12 } },
      { tabId: 4, frameId: 0, type: 'closeFrameCard', payload: { frameId: 12 } },
    ]);
  });

  it('relays nothing for the top frame itself or a sender without a tab', async () => {
    const { handlers, sent } = setup();
    expect(await handlers.openCardInTop(request, { tab: { id: 4 }, frameId: 0 })).toEqual({ shown: false });
    expect(await handlers.openCardInTop(request, { frameId: 3 })).toEqual({ shown: false });
    expect(sent).toEqual([]);
  });

  it('tells a child frame its card closed only when the top frame says so', async () => {
    const { handlers, sent } = setup();
    expect(await handlers.closedCardInTop({ frameId: 12 }, { tab: { id: 4 }, frameId: 3 })).toEqual({
      sent: false,
    });
    expect(await handlers.closedCardInTop({ frameId: 12 }, { tab: { id: 4 }, frameId: 0 })).toEqual({
      sent: true,
    });
    expect(sent).toEqual([{ tabId: 4, frameId: 12, type: 'frameCardClosed', payload: {} }]);
  });

  it('answers "not shown" when the top frame has no script to draw it, so the frame draws its own', async () => {
    const handlers = createFrameCardHandlers({
      sendToTopFrame: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      sendToFrame: async () => {
        throw new Error('gone');
      },
    });
    expect(await handlers.openCardInTop(request, { tab: { id: 4 }, frameId: 12 })).toEqual({ shown: false });
    expect(await handlers.closeCardInTop({}, { tab: { id: 4 }, frameId: 12 })).toEqual({ closed: false });
    expect(await handlers.closedCardInTop({ frameId: 12 }, { tab: { id: 4 }, frameId: 0 })).toEqual({
      sent: false,
    });
  });
});
