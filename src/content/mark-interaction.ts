// Hover and cards for one marking: which mark is hovered, its card (here, or drawn by the top frame
// for a frame too small to hold it), the popup's "show me" and the keyboard commands. Part of
// interaction.js, made when a marking has its first mark; it ends with the marking.
import type { FrameCardRequest } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import type { CardLookup } from './card-lookup';
import {
  type ActionOrigin,
  type CardActionHandler,
  CardSession,
  type FocusRestore,
  workerCardDeps,
} from './card-session';
import type { CardView } from './card-view';
import { createFlasher } from './flash';
import { frameCardRequest, isSmallFrame } from './frame-card-request';
import type { Mark } from './highlighter';
import { type HoverController, watchHover } from './hover';
import type { MarkedPage, MarkInteraction } from './interaction-types';
import { scrollToMark, stepMark } from './mark-order';

export interface MarkInteractionDeps {
  card: CardView;
  lookup: CardLookup;
  /** The card's Mute and "Off on this site", with their Undo. */
  cardActions: CardActionHandler;
  onWorkerError(error: unknown): void;
}

export class PageMarkInteraction implements MarkInteraction {
  private readonly abort = new AbortController();
  private readonly hover: HoverController;
  private readonly session: CardSession;
  private readonly flasher = createFlasher();
  private readonly card: CardView;
  /** Where next/previous-mention and reveal go on from. */
  private cursor: Mark | null = null;
  /** The mark the user asked for last; a slow lookup for an older one must not open. */
  private wanted: Mark | null = null;
  /** A mark of this (small, child) frame whose card the top frame is drawing. */
  private inTop: Mark | null = null;

  constructor(
    private readonly page: MarkedPage,
    private readonly deps: MarkInteractionDeps,
  ) {
    const signal = this.abort.signal;
    page.signal.addEventListener('abort', () => this.dispose(), { once: true, signal });
    this.card = deps.card;
    // The card goes at once; the toast the action shows in its place has taken focus by then.
    const actions: CardActionHandler = {
      mute: (origin) => {
        deps.cardActions.mute(origin);
        this.closeCard();
      },
      disableSite: (origin) => {
        deps.cardActions.disableSite(origin);
        this.closeCard();
      },
    };
    this.session = new CardSession(this.card, workerCardDeps(deps.lookup, actions, deps.onWorkerError));
    this.hover = watchHover(
      page.store,
      {
        open: (mark) => {
          // A pinned card stays until the reader unpins or dismisses it.
          if (!this.session.pinned) this.openCard(mark, false);
        },
        close: (reason) => {
          if (reason === 'escape' || !this.session.pinned) this.closeCard();
        },
        current: () => this.inTop ?? this.session.current,
        isCard: (target) => this.card.isHost(target),
        // The card's code and frame load while the pointer is on its way, not after it arrived. A
        // small frame's cards are drawn by the top frame.
        moved: () => {
          if (!isSmallFrame()) this.card.prepare();
        },
        // Looked up during the delay, so the card is drawn as it ends; a failure is met again then.
        pending: (mark) => void deps.lookup(mark.entityId).catch(() => undefined),
      },
      page.hoverDelayMs,
      signal,
    );
    // Escape pressed inside the card's frame: what the page's Escape does (see watchHover).
    this.card.onDismiss(() => {
      if (!this.session.current) return;
      this.hover.reset();
      this.closeCard();
    }, signal);
    this.listen();
  }

  /** The page's listeners; again after document.open(), which drops all of them. */
  reattach(): void {
    this.hover.reattach();
    this.card.reattach();
    this.listen();
  }

  private listen(): void {
    // Leaving the page may put it in the back/forward cache as it is: a card left open would greet
    // the reader coming Back, about a hover long over. Everything else lives on unchanged.
    window.addEventListener('pagehide', this.onPageHide, { signal: this.abort.signal });
  }

  private readonly onPageHide = (): void => this.closeCard();

  setHoverDelay(ms: number): void {
    this.hover.setDelay(ms);
  }

  reset(): void {
    this.closeCard();
    this.cursor = null;
  }

  marksRemoved(): void {
    const shown = this.session.current;
    if (shown && !shown.nodes.every((n) => n.isConnected)) this.closeCard();
  }

  reveal(entityId: string): boolean {
    const from = this.cursor?.entityId === entityId ? this.cursor : null;
    const mark = stepMark(this.page.store.marks(), from, 1, (m) => m.entityId === entityId);
    if (!mark) return false;
    this.cursor = mark;
    scrollToMark(mark);
    // An imported name is drawn by the overlay, which flashes it; a bundled one by the registry.
    if (!this.page.store.flashPrivate(mark)) this.flasher.flash(mark.range);
    return true;
  }

  step(direction: 1 | -1): boolean {
    const from = this.session.current ?? this.cursor;
    const mark = stepMark(this.page.store.marks(), from, direction);
    if (!mark) return false;
    this.cursor = mark;
    scrollToMark(mark);
    this.openCard(mark, true);
    return true;
  }

  reopenAt(origin: ActionOrigin, control: string | null): boolean {
    const mark = this.page.store.hitTest(origin.node, origin.offset);
    if (!mark || mark.range.startContainer !== origin.node || mark.range.startOffset !== origin.offset) {
      return false;
    }
    this.openCard(mark, control !== null, control ? { control, returnFocus: origin.returnFocus } : undefined);
    return true;
  }

  topCardClosed(): boolean {
    if (!this.inTop) return false;
    this.inTop = null;
    this.wanted = null;
    this.hover.reset();
    this.page.store.setActive(null);
    return true;
  }

  hideCard(): void {
    this.closeCard();
  }

  dispose(): void {
    if (this.abort.signal.aborted) return;
    this.closeCard();
    this.abort.abort();
    this.flasher.dispose();
  }

  private openCard(mark: Mark, focus: boolean, restore?: FocusRestore): void {
    // A hovered mark in a frame too small for the card: the top frame draws it, over the page.
    const request = !focus && isSmallFrame() ? frameCardRequest(mark) : null;
    if (request) {
      this.openInTop(mark, request);
      return;
    }
    this.openHere(mark, focus, restore);
  }

  private openHere(mark: Mark, focus: boolean, restore?: FocusRestore): void {
    this.wanted = mark;
    // Loads the card's code, if it is not bundled, while the worker looks the entity up.
    this.card.prepare();
    this.deps.lookup(mark.entityId).then(
      (card) => {
        if (this.abort.signal.aborted || this.wanted !== mark || !card) return;
        this.session.open(mark, card, focus, restore);
        this.page.store.setActive(mark);
      },
      (error: unknown) => this.deps.onWorkerError(error),
    );
  }

  private openInTop(mark: Mark, request: FrameCardRequest): void {
    this.wanted = mark;
    askWorker('openCardInTop', request).then(
      ({ shown }) => {
        if (this.abort.signal.aborted) return;
        if (this.wanted !== mark) {
          // Closed while the top frame was opening it.
          if (shown) this.closeInTop();
          return;
        }
        if (!shown) {
          // The top frame could not place it (no script there, or the frame not found): draw it here.
          this.openHere(mark, false);
          return;
        }
        this.session.close();
        this.inTop = mark;
        this.page.store.setActive(mark);
      },
      (error: unknown) => this.deps.onWorkerError(error),
    );
  }

  private closeInTop(): void {
    askWorker('closeCardInTop', {}).catch((error: unknown) => this.deps.onWorkerError(error));
  }

  private closeCard(): void {
    if (this.inTop) {
      this.inTop = null;
      this.closeInTop();
    }
    this.wanted = null;
    this.hover.reset();
    this.session.close();
    this.page.store.setActive(null);
  }
}
