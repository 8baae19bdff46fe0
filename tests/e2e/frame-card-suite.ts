// A card for a name inside a small iframe opens in the top window, fully visible, instead of being
// cut by the frame's edges; it closes when the pointer leaves the frame's mark. The pointer moves
// as a reader's would: onto the name in the frame, then away.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardData, HIGHLIGHT_NAME } from '../../scripts/open-card.mjs';
import { type FrameServers, serveFramePages } from './harness/frame-pages';
import { waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

type Box = { left: number; top: number; right: number; bottom: number };

/** The centre of the frame's mark on "Vladimir Putin", in the frame's own viewport. */
function markInFrame(frame: Frame): Promise<{ x: number; y: number } | null> {
  return frame.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    for (const r of highlight ?? []) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() !== 'Vladimir Putin') continue;
      const box = live.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, HIGHLIGHT_NAME);
}

/** The frame element's content box in the top window. */
function frameBox(page: Page, id: string): Promise<Box> {
  return page.evaluate((frameId) => {
    const el = document.getElementById(frameId) as HTMLIFrameElement;
    const r = el.getBoundingClientRect();
    return { left: r.left + el.clientLeft, top: r.top + el.clientTop, right: r.right, bottom: r.bottom };
  }, id);
}

async function topCard(page: Page) {
  const data = await cardData(page);
  // The card's box as its frame mirrors it: "x,y,width,height".
  const [left = 0, top = 0, width = 0, height = 0] = (data?.cardBox ?? '').split(',').map(Number);
  const [right, bottom] = [left + width, top + height];
  return {
    open: data?.open === 'true',
    entityId: data?.entityId ?? '',
    box: { left, top, right, bottom },
    viewport: await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight })),
  };
}

const frameCardOpen = async (frame: Frame) => (await cardData(frame))?.open === 'true';

export function defineFrameCardSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Card for a small frame', (session) => {
    let servers: FrameServers;
    beforeAll(async () => {
      servers = await serveFramePages();
    });
    afterAll(() => {
      // The browser keeps connections to these servers open until it closes, after this suite's tests.
      session().browser.once('disconnected', () => void servers.close());
    });

    /** Opens the page, hovers the frame's name with the pointer, and waits for the top window's card. */
    async function hoverNameInFrame(id: 'same' | 'other') {
      const page = await session().open(servers.url);
      const frameUrl = `${id === 'same' ? servers.sameOrigin : servers.otherOrigin}/frame-inner`;
      const frame = await waitFor(
        async () => page.frames().find((f) => f.url() === frameUrl) ?? null,
        (f) => f !== null,
        'the frame',
      );
      if (!frame) throw new Error('no frame');
      const inFrame = await waitFor(
        () => markInFrame(frame),
        (p) => p !== null,
        'the name marked in the frame',
      );
      const box = await frameBox(page, id);
      const x = box.left + (inFrame?.x ?? 0);
      const y = box.top + (inFrame?.y ?? 0);
      await page.mouse.move(x - 60, y + 4);
      await page.mouse.move(x, y, { steps: 5 });
      const card = await waitFor(
        () => topCard(page),
        (c) => c.open && c.box.bottom > c.box.top,
        'the card open in the top window',
      );
      expect(card.entityId).toBe('vladimir-putin');
      // Whole inside the top window's viewport, and reaching well past the 60 px frame.
      expect(card.box.left).toBeGreaterThanOrEqual(0);
      expect(card.box.top).toBeGreaterThanOrEqual(0);
      expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
      expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
      expect(card.box.bottom - card.box.top).toBeGreaterThan(120);
      expect(card.box.bottom).toBeGreaterThan(box.bottom + 60);
      // Drawn by the top window's card host only: nothing opened inside the frame.
      expect(await frameCardOpen(frame)).toBe(false);
      return { page, frame, box, card, mark: { x, y } };
    }

    it('opens the card of a name in a 60 px same-origin frame in the top window, whole; the pointer can move onto it and away', async () => {
      const { page, card, mark } = await hoverNameInFrame('same');
      // Out of the frame and onto the card: it stays past the hover grace period, like any card.
      const onCard = { x: (card.box.left + card.box.right) / 2, y: card.box.top + 20 };
      await page.mouse.move(onCard.x, onCard.y, { steps: 6 });
      await new Promise((r) => setTimeout(r, 900));
      expect((await topCard(page)).open).toBe(true);
      // Off the card to empty page: it closes after the grace period.
      await page.mouse.move(card.viewport.width - 5, card.viewport.height - 5, { steps: 4 });
      await waitFor(
        () => topCard(page),
        (c) => !c.open,
        'the card closed after leaving it',
      );
      expect(mark.y).toBeGreaterThan(0);
      await page.close();
    });

    it('opens the card of a name in a 60 px second-origin frame in the top window, closes it on Escape and when the pointer leaves the mark', async () => {
      const { page, box, mark } = await hoverNameInFrame('other');
      await page.keyboard.press('Escape');
      await waitFor(
        () => topCard(page),
        (c) => !c.open,
        'the card closed by Escape',
      );
      // Away and back onto the name: it opens again; off the name, still inside the frame, it closes.
      await page.mouse.move(box.left + 480, box.top + 30, { steps: 3 });
      await page.mouse.move(mark.x, mark.y, { steps: 3 });
      await waitFor(
        () => topCard(page),
        (c) => c.open,
        'the card open again',
      );
      await page.mouse.move(box.left + 480, box.top + 30, { steps: 4 });
      await waitFor(
        () => topCard(page),
        (c) => !c.open,
        'the card closed when the pointer left the mark',
      );
      await page.close();
    });
  });
}
