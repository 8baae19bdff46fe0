// Everything that exists while marking is on for this page: marks, scanner, observer, hover and
// card. Built when marking turns on, disposed as a whole when it turns off or the extension goes.

import type { Matcher } from '../core/match';
import type { DescribedMark, FrameCardRequest } from '../core/protocol';
import type { MarkStyle } from '../core/settings';
import { askWorker } from '../platform/messaging';
import { createCardLookup } from './card-lookup';
import {
  type ActionOrigin,
  type CardActionHandler,
  CardSession,
  type FocusRestore,
  workerCardDeps,
} from './card-session';
import type { CardView } from './card-view';
import { isContextAlive } from './context';
import { createFlasher } from './flash';
import { frameCardRequest, isSmallFrame } from './frame-card-request';
import { type HighlightStyle, highlightCss, markPaint } from './highlight-style';
import type { Mark } from './highlighter';
import { type HoverController, watchHover } from './hover';
import { FilteredMarkStore, type MarkFilter } from './mark-filter';
import { scrollToMark, stepMark } from './mark-order';
import { createMutationWatcher, type MutationWatcher } from './mutation-watcher';
import { pageTheme } from './page-context';
import { Scanner } from './scanner';
import { visibleBlocks } from './viewport';

export interface MarkingOptions {
  matcher: Matcher;
  hoverDelayMs: number;
  /** The highlight styles, installed by the caller (see index.ts); the marking owns them from now on. */
  style: HighlightStyle;
  /** The look the styles were made for: the overlay of private marks draws it too. */
  markStyle?: MarkStyle;
  filter: MarkFilter;
  /** The card's place on the page: it outlives the marking, so an Undo toast stays when marking stops. */
  card: CardView;
  /** The card's Mute and "Off on this site", with their Undo. */
  cardActions: CardActionHandler;
  /** Called when a worker call shows the extension context is gone. */
  onWorkerError(error: unknown): void;
  /** Called whenever a mark is added or removed; must be cheap (see badge-report.ts). */
  onMarksChanged?(): void;
}

export class Marking {
  private readonly abort = new AbortController();
  // Its viewport observer stops with the marking, dispose() or not.
  private readonly store = new FilteredMarkStore(this.abort.signal);
  private readonly scanner: Scanner;
  private readonly watcher: MutationWatcher;
  private readonly hover: HoverController;
  private readonly card: CardView;
  private readonly session: CardSession;
  private readonly style: HighlightStyle;
  private readonly flasher = createFlasher();
  /** Where next/previous-mention and reveal go on from. */
  private cursor: Mark | null = null;
  private readonly lookup = createCardLookup();
  private shadowRoots = new WeakSet<ShadowRoot>();
  /** Whether each shadow root met has the highlight rules, i.e. whether its marks would paint. */
  private readonly paintable = new WeakMap<ShadowRoot, boolean>();
  /** The mark the user asked for last; a slow lookup for an older one must not open. */
  private wanted: Mark | null = null;
  /** A mark of this (small, child) frame whose card the top frame is drawing. */
  private inTop: Mark | null = null;

  constructor(private readonly options: MarkingOptions) {
    this.style = options.style;
    this.store.onChange = options.onMarksChanged ?? null;
    this.store.setFilter(options.filter);
    if (options.markStyle) this.store.setPaint(markPaint(options.markStyle, pageTheme() === 'dark'));
    this.store.addGuard(() => this.style.repair());
    this.scanner = new Scanner(this.store, (root) => this.addShadowRoot(root));
    this.scanner.setMatcher(options.matcher);
    this.card = options.card;
    // The card goes at once; the toast the action shows in its place has taken focus by then.
    const actions: CardActionHandler = {
      mute: (origin) => {
        options.cardActions.mute(origin);
        this.closeCard();
      },
      disableSite: (origin) => {
        options.cardActions.disableSite(origin);
        this.closeCard();
      },
    };
    this.session = new CardSession(this.card, workerCardDeps(this.lookup, actions, options.onWorkerError));
    this.watcher = createMutationWatcher({
      onChange: (roots, removed) => this.onMutations(roots, removed),
      onAttributes: (changed) => this.scanner.recheckHidden(changed),
      onReopened: () => this.listen(),
    });
    this.hover = watchHover(
      this.store,
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
      },
      options.hoverDelayMs,
      this.abort.signal,
    );
    // Escape pressed inside the card's frame: what the page's Escape does (see watchHover).
    this.card.onDismiss(() => {
      if (!this.session.current) return;
      this.hover.reset();
      this.closeCard();
    }, this.abort.signal);
    this.listen();
    this.watcher.observe(document);
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  /** The page's listeners; again after document.open(), which drops all of them. */
  private listen(): void {
    this.hover.reattach();
    // Leaving the page may put it in the back/forward cache as it is: a card left open would greet
    // the reader coming Back, about a hover long over. Everything else lives on unchanged.
    window.addEventListener('pagehide', this.onPageHide, { signal: this.abort.signal });
  }

  private readonly onPageHide = (): void => this.closeCard();

  /** A new dataset (articles were imported): every mark is redone with the new matcher and entity types. */
  setMatcher(matcher: Matcher, filter: MarkFilter): void {
    this.rescan(() => {
      this.store.setFilter(filter);
      this.scanner.setMatcher(matcher);
    });
  }

  /** Types, muted entities or first-mention-only changed: the marks are redone under the new filter. */
  setFilter(filter: MarkFilter): void {
    this.rescan(() => this.store.setFilter(filter));
  }

  setMarkStyle(style: MarkStyle): void {
    const dark = pageTheme() === 'dark';
    this.style.update(highlightCss(style, dark));
    this.store.setPaint(markPaint(style, dark));
  }

  /** The popup's "show me": scrolls to the entity's next mention after the last one shown, and flashes it. */
  /** Whether the page is still being read, and when it last was read to the end. */
  readState(): { reading: boolean; readAt: number | null } {
    return { reading: this.scanner.reading, readAt: this.scanner.readAt };
  }

  reveal(entityId: string): boolean {
    const from = this.cursor?.entityId === entityId ? this.cursor : null;
    const mark = stepMark(this.store.marks(), from, 1, (m) => m.entityId === entityId);
    if (!mark) return false;
    this.cursor = mark;
    scrollToMark(mark);
    if (!this.store.flashPrivate(mark)) this.flasher.flash(mark.range);
    return true;
  }

  /** The keyboard commands: the next or previous mark in document order, its card open and focused. */
  step(direction: 1 | -1): boolean {
    const from = this.session.current ?? this.cursor;
    const mark = stepMark(this.store.marks(), from, direction);
    if (!mark) return false;
    this.cursor = mark;
    scrollToMark(mark);
    this.openCard(mark, true);
    return true;
  }

  /**
   * After an Undo: opens the card of the mark that starts where the action's mark started, with focus
   * on `control` when focus was in the card. False while that text is not marked (yet).
   */
  reopenAt(origin: ActionOrigin, control: string | null): boolean {
    const mark = this.store.hitTest(origin.node, origin.offset);
    if (!mark || mark.range.startContainer !== origin.node || mark.range.startOffset !== origin.offset) {
      return false;
    }
    this.openCard(mark, control !== null, control ? { control, returnFocus: origin.returnFocus } : undefined);
    return true;
  }

  private rescan(change: () => void): void {
    this.scanner.cancel();
    this.closeCard();
    this.cursor = null;
    this.store.clear();
    change();
    // Shadow roots are found again by the new scan (observing one twice is harmless).
    this.shadowRoots = new WeakSet();
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  setHoverDelay(ms: number): void {
    this.hover.setDelay(ms);
  }

  countByEntity(): Map<string, number> {
    return this.store.countByEntity();
  }

  /** What is painted and where, for Factlens's own pages (see TabProtocol.describeMarks). */
  describeMarks(): DescribedMark[] {
    return this.store.describe();
  }

  dispose(): void {
    this.abort.abort();
    this.scanner.cancel();
    this.watcher.disconnect();
    this.closeCard();
    this.flasher.dispose();
    this.store.dispose();
    this.style.remove();
  }

  /** Readies a shadow root the scanner is about to read; false when its marks could not paint. */
  private addShadowRoot(root: ShadowRoot): boolean {
    // A mark the browser cannot paint is one the reader cannot see: not registered, hovered or counted.
    let paintable = this.paintable.get(root);
    if (paintable === undefined) {
      paintable = this.style.addTo(root);
      this.paintable.set(root, paintable);
    }
    if (!paintable) return false;
    // Page observers do not see inside shadow trees: each needs its own observe() call.
    if (!this.shadowRoots.has(root)) this.watcher.observe(root);
    this.shadowRoots.add(root);
    return true;
  }

  private onMutations(roots: Node[], removed: boolean): void {
    // Pages mutate constantly, so this is where an orphaned script most often finds out.
    if (!isContextAlive()) {
      this.options.onWorkerError(new Error('Extension context invalidated'));
      return;
    }
    if (removed) {
      this.store.removeWhere((m) => m.nodes.some((n) => !n.isConnected));
      const shown = this.session.current;
      if (shown && !shown.nodes.every((n) => n.isConnected)) this.closeCard();
    }
    this.scanner.enqueue(roots);
  }

  /** The top frame closed the card it drew for this frame's mark (Escape, or the pointer left the card). */
  topCardClosed(): boolean {
    if (!this.inTop) return false;
    this.inTop = null;
    this.wanted = null;
    this.hover.reset();
    this.store.setActive(null);
    return true;
  }

  /** Closes this page's card: the top frame is about to draw a child frame's card in the same host. */
  hideCard(): void {
    this.closeCard();
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
    this.lookup(mark.entityId).then(
      (card) => {
        if (this.abort.signal.aborted || this.wanted !== mark || !card) return;
        this.session.open(mark, card, focus, restore);
        this.store.setActive(mark);
      },
      (error: unknown) => this.options.onWorkerError(error),
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
        this.store.setActive(mark);
      },
      (error: unknown) => this.options.onWorkerError(error),
    );
  }

  private closeInTop(): void {
    askWorker('closeCardInTop', {}).catch((error: unknown) => this.options.onWorkerError(error));
  }

  private closeCard(): void {
    if (this.inTop) {
      this.inTop = null;
      this.closeInTop();
    }
    this.wanted = null;
    this.hover.reset();
    this.session.close();
    this.store.setActive(null);
  }
}
