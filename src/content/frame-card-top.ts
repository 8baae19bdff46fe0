// The top frame's side of a child frame's card: the frame is too small to hold it, so the card is
// drawn here, next to where the frame's mark is on the screen, and behaves like a card of this
// page (hover grace, Escape, the card's buttons). Requests come only through the worker, which
// names the sending frame; nothing is exchanged with page scripts.
import type { FrameCardRequest } from '../core/protocol';
import { extensionApi } from '../platform/extension-api';
import { askWorker } from '../platform/messaging';
import type { CardLookup } from './card-lookup';
import { type CardActionHandler, CardSession, workerCardDeps } from './card-session';
import type { CardView } from './card-view';
import type { Mark } from './highlighter';

const CLOSE_GRACE_MS = 300;
/** Scrollbars and rounding: a frame's reported viewport and its element's content box may differ by this. */
const SIZE_SLACK_PX = 2;

interface OpenFrameCard {
  frameId: number;
  frame: HTMLIFrameElement | HTMLFrameElement;
  mark: Mark;
  request: FrameCardRequest;
}

/**
 * The frame element of a child frame. Firefox maps elements to frame ids itself; Chromium has no
 * such API, so the frame says which of the top window's `frames` it is (a WindowProxy comparison
 * that works across origins) and the element whose contentWindow that is is the one.
 */
function findFrameElement(frameId: number, request: FrameCardRequest): OpenFrameCard['frame'] | null {
  const frames = [...document.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')];
  const getFrameId = extensionApi().runtime.getFrameId;
  const byApi = typeof getFrameId === 'function';
  const target = byApi ? null : window.frames[request.frameIndex];
  const frame = frames.find((f) => {
    try {
      return byApi ? getFrameId(f) === frameId : target !== undefined && f.contentWindow === target;
    } catch {
      return false;
    }
  });
  if (!frame) return null;
  // Frames can be added or reordered between the request and now: the size must agree too.
  const box = contentBox(frame);
  const fits = (a: number, b: number) => Math.abs(a - b) <= SIZE_SLACK_PX;
  return fits(box.width, request.viewport.width) && fits(box.height, request.viewport.height) ? frame : null;
}

/** The frame's viewport in this window's coordinates: its border box less border and padding. */
function contentBox(frame: Element): DOMRect {
  const r = frame.getBoundingClientRect();
  const style = getComputedStyle(frame);
  const px = (v: string) => Number.parseFloat(v) || 0;
  const left = r.left + px(style.borderLeftWidth) + px(style.paddingLeft);
  const top = r.top + px(style.borderTopWidth) + px(style.paddingTop);
  const right = r.right - px(style.borderRightWidth) - px(style.paddingRight);
  const bottom = r.bottom - px(style.borderBottomWidth) - px(style.paddingBottom);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

export class TopFrameCards {
  private readonly session: CardSession;
  private shown: OpenFrameCard | null = null;
  /** The frame has not said the pointer left its mark since the card opened. */
  private onMark = false;
  private overCard = false;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly view: CardView,
    private readonly lookup: CardLookup,
    actions: CardActionHandler,
    /** Closes this page's own card first: the two share one card host. */
    private readonly closeOwnCard: () => void,
    private readonly onError: (error: unknown) => void,
    signal: AbortSignal,
  ) {
    this.session = new CardSession(view, workerCardDeps(lookup, actions, onError), () => this.anchor());
    // Only the reader's own pointer counts: a page's dispatched events (isTrusted false) do nothing.
    document.addEventListener('pointermove', (e) => e.isTrusted && this.onPointer(e.target), {
      passive: true,
      signal,
    });
    // Entering the card's frame sends this window a pointerover on the card host, and no moves.
    document.addEventListener(
      'pointerover',
      (e) => {
        if (e.isTrusted && this.view.isHost(e.target)) this.onPointer(e.target);
      },
      { passive: true, signal },
    );
    // Leaving the card into the frame (or out of the window) sends this window no more moves.
    document.addEventListener(
      'pointerout',
      (e) => {
        if (e.isTrusted && this.view.isHost(e.target) && !this.view.isHost(e.relatedTarget))
          this.onPointer(e.relatedTarget);
      },
      { passive: true, signal },
    );
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.isTrusted && e.key === 'Escape' && this.isOpen()) this.close();
      },
      { signal },
    );
    // Escape pressed inside the card's frame, which this window's keydown listener never hears.
    view.onDismiss(() => {
      if (this.isOpen()) this.close();
    }, signal);
    // The card's frame says when the pointer is on it: the page's own boundary events may not.
    view.onPointerInCard((inside) => this.onCardPointer(inside), signal);
    signal.addEventListener('abort', () => this.cancelClose());
  }

  show(frameId: number, request: FrameCardRequest): boolean {
    const frame = findFrameElement(frameId, request);
    if (!frame) return false;
    this.cancelClose();
    this.onMark = true;
    const same =
      this.isOpen() && this.shown?.frameId === frameId && this.shown.request.entityId === request.entityId;
    if (same && this.shown) {
      this.shown.request = request;
      return true;
    }
    const mark: Mark = {
      // The mark's text is in the other frame: this range only stands for it (see anchor()).
      range: new StaticRange({ startContainer: frame, startOffset: 0, endContainer: frame, endOffset: 0 }),
      entityId: request.entityId,
      alias: request.alias,
      nodes: [],
    };
    this.shown = { frameId, frame, mark, request };
    this.lookup(request.entityId).then(
      (card) => {
        if (this.shown?.mark !== mark || !card) return;
        this.closeOwnCard();
        this.session.open(mark, card, false);
      },
      () => {
        if (this.shown?.mark === mark) this.shown = null;
      },
    );
    return true;
  }

  /** The frame's pointer left the mark (after the frame's own grace period). */
  leave(frameId: number): boolean {
    if (this.shown?.frameId !== frameId) return false;
    this.onMark = false;
    if (!this.overCard && !this.session.pinned) this.close();
    return true;
  }

  private isOpen(): boolean {
    return this.shown !== null && this.view.current === this.shown.mark;
  }

  /** The mark's box on this window's screen: the frame's content box plus the mark's place in it. */
  private anchor(): DOMRect {
    const open = this.shown;
    if (!open?.frame.isConnected) return new DOMRect(0, 0, 0, 0);
    const box = contentBox(open.frame);
    const { x, y, width, height } = open.request.rect;
    return new DOMRect(box.left + x, box.top + y, width, height);
  }

  private onPointer(target: EventTarget | null): void {
    this.onCardPointer(this.view.isHost(target));
  }

  private onCardPointer(inside: boolean): void {
    if (!this.isOpen()) return;
    this.overCard = inside;
    if (inside || this.onMark || this.session.pinned) this.cancelClose();
    else this.scheduleClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== null) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      this.close();
    }, CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  private close(): void {
    this.cancelClose();
    // Only its own card: this page's card may have replaced it in the shared host since.
    if (this.isOpen()) this.session.close();
    // The frame still takes its mark for the open one until told: hovering it again must reopen.
    if (this.shown && this.onMark) {
      askWorker('closedCardInTop', { frameId: this.shown.frameId }).catch((error: unknown) =>
        this.onError(error),
      );
    }
    this.shown = null;
    this.onMark = false;
    this.overCard = false;
  }
}
