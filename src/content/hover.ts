// One pointer listener for the whole document decides which mark is hovered, and opens or closes
// the card with the configured delay and a grace period for moving onto the card. A card opens only
// for a reader who is resting the pointer on a mark: not while a button is held (dragging, selecting),
// not over selected text (a double-click selects a word), and not for a mark that scrolled away.

import { caretAt, liveRange, rangeContainsPoint } from './caret';
import type { Mark, MarkStore } from './highlighter';

const CLOSE_GRACE_MS = 300;

/** Whether any selected text overlaps the mark (a double-clicked word, a drag across it). */
function inSelection(mark: Mark): boolean {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed) return false;
  const range = liveRange(mark.range);
  if (!range) return false;
  for (let i = 0; i < selection.rangeCount; i++) {
    const selected = selection.getRangeAt(i);
    try {
      // Selected end after the mark's start, and selected start before the mark's end.
      if (
        selected.compareBoundaryPoints(Range.START_TO_END, range) > 0 &&
        selected.compareBoundaryPoints(Range.END_TO_START, range) < 0
      )
        return true;
    } catch {
      // The selection is in another tree than the mark (a shadow root): it may cover it, so hold back.
      return true;
    }
  }
  return false;
}

export interface HoverCallbacks {
  open(mark: Mark): void;
  /** 'leave': the pointer moved away (a pinned card stays); 'escape': the reader dismissed it. */
  close(reason: 'leave' | 'escape'): void;
  /** Mark whose card is showing, or null. */
  current(): Mark | null;
  /** True when the event target is the card's host: the pointer is over the card. */
  isCard(target: EventTarget | null): boolean;
  /**
   * The reader's pointer moved over the page: a card may be wanted soon. At most once per frame.
   * Said of every move, wherever it is: were it said only near marks, the card frame it readies would
   * tell a page which of its text holds a name, imported ones included.
   */
  moved(): void;
  /** The hover delay for this mark started: its card is wanted when it ends, unless the pointer leaves. */
  pending(mark: Mark): void;
}

export interface HoverController {
  setDelay(ms: number): void;
  /** Cancels pending timers (used when marks are cleared). */
  reset(): void;
  /** Listens again after the page reopened its document (document.open() drops every listener). */
  reattach(): void;
}

export function watchHover(
  store: MarkStore,
  cb: HoverCallbacks,
  initialDelay: number,
  signal: AbortSignal,
): HoverController {
  let delay = initialDelay;
  let openTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingMark: Mark | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last: { x: number; y: number; target: EventTarget | null; buttons: number } | null = null;
  /** Where the pointer was when moved() was last said: a move to the same spot says nothing new. */
  let movedAt = { x: Number.NaN, y: Number.NaN };
  /** The page scrolled since the pointer last moved: the element under it may have changed. */
  let scrolled = false;

  const cancelOpen = () => {
    if (openTimer !== null) clearTimeout(openTimer);
    openTimer = null;
    pendingMark = null;
  };
  const cancelClose = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = null;
  };
  const scheduleClose = () => {
    if (closeTimer !== null || cb.current() === null) return;
    closeTimer = setTimeout(() => {
      closeTimer = null;
      cb.close('leave');
    }, CLOSE_GRACE_MS);
  };

  /** A button is down, or the mark is in selected text: the reader is selecting, not asking about it. */
  const busy = (buttons: number, mark: Mark) => buttons !== 0 || inSelection(mark);

  const markAt = (x: number, y: number): Mark | null => {
    // Inside a shadow root only when the page's own tree has no mark there: most pages have none.
    for (const inShadow of [false, true]) {
      const caret = caretAt(x, y, inShadow);
      const mark = caret ? store.hitTest(caret.node, caret.offset) : undefined;
      if (mark && rangeContainsPoint(mark.range, x, y)) return mark;
    }
    return null;
  };

  const evaluate = () => {
    frame = null;
    if (!last) return;
    if (scrolled) {
      // Read once per frame, not per scroll event: it forces layout.
      scrolled = false;
      last = { ...last, target: document.elementFromPoint(last.x, last.y) };
    }
    const { x, y, target, buttons } = last;
    if (cb.isCard(target)) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (buttons !== 0) {
      cancelOpen();
      return;
    }
    // Chromium sends moves of its own, trusted, where the pointer stands when the layout under it
    // changes (a frame released on a press): only a pointer that moved may want a card soon.
    if (x !== movedAt.x || y !== movedAt.y) {
      movedAt = { x, y };
      cb.moved();
    }
    const mark = markAt(x, y);
    if (!mark) {
      cancelOpen();
      scheduleClose();
      return;
    }
    if (mark === cb.current()) {
      cancelOpen();
      cancelClose();
      return;
    }
    if (inSelection(mark)) {
      cancelOpen();
      return;
    }
    // Another mark, or none open yet: keep any open card until the new one is due.
    cancelClose();
    if (mark === pendingMark) return;
    cancelOpen();
    pendingMark = mark;
    cb.pending(mark);
    openTimer = setTimeout(() => {
      openTimer = null;
      pendingMark = null;
      // The delay is long enough for a selection to start or the page to scroll: look again.
      const now = last;
      if (!now || busy(now.buttons, mark) || !rangeContainsPoint(mark.range, now.x, now.y)) return;
      cb.open(mark);
    }, delay);
  };

  const request = () => {
    // Caret lookups force layout: once per frame is enough.
    if (frame === null) frame = requestAnimationFrame(evaluate);
  };

  // Every listener here ignores events the page dispatched itself (isTrusted false): a script must not
  // open a card, or close one, by pretending to be the reader.
  const onMove = (e: PointerEvent) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    last = { x: e.clientX, y: e.clientY, target: e.target, buttons: e.buttons };
    scrolled = false;
    request();
  };

  // Only the reader's own input counts: a page's dispatched (untrusted) events do nothing.
  const onDown = (e: PointerEvent) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    cancelOpen();
    last = { x: e.clientX, y: e.clientY, target: e.target, buttons: e.buttons };
  };
  const onUp = (e: PointerEvent) => {
    if (e.isTrusted && last) last = { ...last, buttons: e.buttons };
  };
  const onScroll = (e: Event) => {
    if (!e.isTrusted) return;
    // Only a pending hover or an open card can be affected; otherwise scrolling costs nothing here.
    if (!last || (openTimer === null && cb.current() === null)) return;
    scrolled = true;
    request();
  };
  const onLeave = (e: PointerEvent) => {
    if (!e.isTrusted) return;
    cancelOpen();
    scheduleClose();
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape' || cb.current() === null) return;
    cancelOpen();
    cancelClose();
    cb.close('escape');
  };
  // Entering the card's frame sends this window a pointerover on the card host, and no moves.
  const onOver = (e: PointerEvent) => {
    if (cb.isCard(e.target)) onMove(e);
  };
  // Called again after document.open(), which erases every listener on the document: adding the
  // same listener twice is a no-op, so this is safe whenever it runs.
  const listen = () => {
    const passive = { passive: true, signal };
    const early = { passive: true, capture: true, signal };
    document.addEventListener('pointermove', onMove, passive);
    document.addEventListener('pointerover', onOver, passive);
    // A press starts a click, a drag or a selection: nothing pending opens from it.
    document.addEventListener('pointerdown', onDown, early);
    document.addEventListener('pointerup', onUp, early);
    // Scrolling moves the page under a still pointer: what is under it now decides, not what was.
    document.addEventListener('scroll', onScroll, early);
    document.documentElement.addEventListener('pointerleave', onLeave, passive);
    document.addEventListener('keydown', onKey, { signal });
  };
  listen();
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
    if (frame !== null) cancelAnimationFrame(frame);
  });

  return {
    setDelay(ms) {
      delay = ms;
    },
    reattach: listen,
    reset() {
      cancelOpen();
      cancelClose();
    },
  };
}
