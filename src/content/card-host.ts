// The fact card's place on the page: a host element in the top layer with a closed shadow root
// holding the card's extension frame (src/card-frame). The page can neither read nor script that
// frame; this side only sizes it to what the frame reports and positions it next to the mark.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { CardFrameRole, FromFrame } from '../core/card-frame-protocol';
import type { FactView } from '../core/protocol';
import { extensionAlive } from '../platform/extension-url';
import type { UndoToastProps } from '../ui/UndoToast';
import { anchoredAt, referenceFor } from './card-anchor';
import { applyCardAction, buttonsOf } from './card-frame-actions';
import { FrameLink } from './card-frame-link';
import { CardLayer, setShown } from './card-layer';
import type { CardContent, CardProps, CardView } from './card-view';
import type { Mark } from './highlighter';
import { IdleFrames } from './idle-frames';

/**
 * How often a card or note on screen checks that the extension is still there: after a reload or
 * update, Chromium leaves this script running without it, and a pinned card would stay forever.
 */
const ALIVE_CHECK_MS = 1000;

/** A card taller than this covers too much of what the reader is reading; the rest scrolls inside it. */
const MAX_CARD_HEIGHT = 460;
const MAX_CARD_WIDTH = 360;

/** Adds `listener` to `set` until `signal` aborts. */
function subscribe<T>(set: Set<T>, listener: T, signal: AbortSignal): void {
  set.add(listener);
  signal.addEventListener('abort', () => set.delete(listener), { once: true });
}

export class CardHost implements CardView {
  private layer: CardLayer | null = null;
  private card: FrameLink | null = null;
  private toast: FrameLink | null = null;
  private props: CardProps = {};
  private toastProps: UndoToastProps | null = null;
  private stopTracking: (() => void) | null = null;
  private shown: Mark | null = null;
  /** What the frame last said the card's content measures, in CSS pixels. */
  private natural: { width: number; height: number } | null = null;
  /** Whether the iframe is placed and visible for the card being shown. */
  private placed = false;
  private wantFocus: string | null = null;
  private readonly dismissers = new Set<() => void>();
  private readonly pointerListeners = new Set<(inside: boolean) => void>();
  private aliveTimer: ReturnType<typeof setInterval> | null = null;
  /** Where the card last stood, in viewport pixels: the Undo note appears there. */
  private lastPlace = { x: 0, y: 0 };
  /** The note wants focus: given again once its frame has drawn it (a frame made just now has no document yet). */
  private toastFocusPending = false;
  /** When the frames go while nothing shows; for good at dispose() (the card code or the extension went). */
  private readonly idleFrames = new IdleFrames(
    () => !this.shown && !this.toastProps,
    () => this.release(),
  );

  constructor(private readonly onOpenArticle: (fact: FactView) => void) {}

  /** The frames and their host go; the next card or note makes them again. */
  private release(): void {
    this.card?.dispose();
    this.toast?.dispose();
    this.card = null;
    this.toast = null;
    this.layer?.dispose();
    this.layer = null;
  }

  get current(): Mark | null {
    return this.shown;
  }

  isHost(target: EventTarget | null): boolean {
    return this.layer?.isHost(target) === true;
  }

  onDismiss(listener: () => void, signal: AbortSignal): void {
    subscribe(this.dismissers, listener, signal);
  }

  onPointerInCard(listener: (inside: boolean) => void, signal: AbortSignal): void {
    subscribe(this.pointerListeners, listener, signal);
  }

  prepare(): void {
    this.idleFrames.wanted();
    if (this.card && this.layer?.connected) return;
    this.ensureCard();
    // Made ahead of a card that may never be wanted: it goes again when none comes.
    if (!this.shown && !this.toastProps) this.idleFrames.releaseLater();
  }

  show(mark: Mark, { card, props, canGoBack, anchor }: CardContent): void {
    this.idleFrames.busy();
    const link = this.ensureCard();
    this.layer?.neutraliseZoom();
    this.props = props;
    link.send({
      kind: 'card',
      render: {
        card,
        ...(props.matchedAlias !== undefined ? { matchedAlias: props.matchedAlias } : {}),
        ...(props.pageDate !== undefined ? { pageDate: props.pageDate } : {}),
        ...(props.theme !== undefined ? { theme: props.theme } : {}),
        pinned: props.pinned === true,
        canGoBack,
        buttons: buttonsOf(props),
        maxWidth: Math.max(120, Math.min(MAX_CARD_WIDTH, window.innerWidth - 16)),
      },
    });
    // Another entity in the same card (related, Back) keeps its place: only a new mark moves it.
    if (this.shown === mark && this.stopTracking) return;
    this.stopTracking?.();
    this.stopTracking = null;
    this.shown = mark;
    this.placed = false;
    this.natural = null;
    setShown(link.iframe, false);
    const reference = anchor ? anchoredAt(anchor, mark.range.startContainer) : referenceFor(mark);
    const iframe = link.iframe;
    const place = () => {
      const natural = this.natural;
      if (!natural || this.shown !== mark) return;
      iframe.style.width = `${natural.width}px`;
      // Flip decides on the whole card; size() then fits it to the room on the chosen side.
      iframe.style.height = `${Math.min(natural.height, MAX_CARD_HEIGHT)}px`;
      computePosition(reference, iframe, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // A long card scrolls inside its frame instead of running off the screen.
          size({
            padding: 8,
            apply({ availableHeight, elements }) {
              const most = Math.max(160, Math.min(MAX_CARD_HEIGHT, Math.floor(availableHeight)));
              elements.floating.style.height = `${Math.min(natural.height, most)}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (this.shown !== mark) return;
        const [left, top] = [Math.round(x), Math.round(y)];
        iframe.style.transform = `translate(${left}px, ${top}px)`;
        this.lastPlace = { x: left, y: top };
        link.send({ kind: 'place', x: left, y: top });
        if (!this.placed) this.reveal(link);
      });
    };
    this.stopTracking = autoUpdate(reference, iframe, place);
    this.replace = place;
  }

  /** Re-runs the current placement (the frame reported a new size). */
  private replace: () => void = () => undefined;

  private reveal(link: FrameLink): void {
    this.placed = true;
    this.watchAlive();
    setShown(link.iframe, true);
    this.layer?.raise();
    if (this.wantFocus !== null) {
      const control = this.wantFocus;
      this.wantFocus = null;
      this.focusFrame(link, control);
    }
    // The Undo note's frame is made when there is a note to show: a frame still loading when the
    // reader leaves keeps the page out of the back/forward cache.
  }

  focus(control?: string): boolean {
    const link = this.card;
    if (!this.shown || !link) return false;
    if (this.placed) this.focusFrame(link, control ?? '');
    else this.wantFocus = control ?? '';
    return true;
  }

  private focusFrame(link: FrameLink, control: string): void {
    link.iframe.focus();
    link.send(control ? { kind: 'focus', control } : { kind: 'focus' });
  }

  hasFocus(): boolean {
    return this.card !== null && this.layer?.focused(this.card.iframe) === true;
  }

  showToast(toast: UndoToastProps): void {
    const link = this.ensureToast();
    this.toastProps = toast;
    const iframe = link.iframe;
    // Where the card was: the reader's eyes (and pointer) are there.
    const { x, y } = this.lastPlace;
    iframe.style.transform = `translate(${x}px, ${y}px)`;
    setShown(iframe, true);
    this.layer?.raise();
    this.watchAlive();
    if (toast.takeFocus) iframe.focus();
    this.toastFocusPending = toast.takeFocus;
    link.send({
      kind: 'toast',
      render: {
        message: toast.message,
        ...(toast.error !== undefined ? { error: toast.error } : {}),
        ...(toast.theme !== undefined ? { theme: toast.theme } : {}),
        takeFocus: toast.takeFocus,
      },
    });
    link.send({ kind: 'place', x, y });
  }

  hideToast(): void {
    if (!this.toast) return;
    this.toastProps = null;
    setShown(this.toast.iframe, false);
    this.toast.send({ kind: 'clear' });
  }

  toastHasFocus(): boolean {
    return this.toast !== null && this.layer?.focused(this.toast.iframe) === true;
  }

  hide(): void {
    this.stopTracking?.();
    this.stopTracking = null;
    this.shown = null;
    this.placed = false;
    this.wantFocus = null;
    this.replace = () => undefined;
    this.props = {};
    if (!this.card) return;
    // A hidden frame that keeps focus would take the reader's next keys until the browser's focus
    // fix-up runs (a rendering step later, or never in a background tab): give it up now.
    if (this.layer?.focused(this.card.iframe)) this.card.iframe.blur();
    setShown(this.card.iframe, false);
    this.card.send({ kind: 'clear' });
    // Back stays instant on a page where the reader once opened a card (idle-frames.ts).
    this.idleFrames.releaseLater();
  }

  private watchAlive(): void {
    if (this.aliveTimer !== null) return;
    this.aliveTimer = setInterval(() => {
      if (!extensionAlive()) this.dispose();
      else if (!this.shown && !this.toastProps) this.stopWatchingAlive();
    }, ALIVE_CHECK_MS);
  }

  private stopWatchingAlive(): void {
    if (this.aliveTimer !== null) clearInterval(this.aliveTimer);
    this.aliveTimer = null;
  }

  reattach(): void {
    this.idleFrames.reattach();
  }

  dispose(): void {
    this.stopWatchingAlive();
    this.hide();
    this.hideToast();
    this.idleFrames.dispose();
    this.release();
  }

  private onCardMessage(message: FromFrame): void {
    const props = this.props;
    switch (message.kind) {
      case 'size':
        this.natural = { width: message.width, height: message.height };
        this.replace();
        return;
      case 'escape':
        for (const dismiss of [...this.dismissers]) dismiss();
        return;
      case 'pointer':
        if (this.shown) for (const listener of [...this.pointerListeners]) listener(message.inside);
        return;
      case 'action':
        applyCardAction(message, props, this.onOpenArticle);
        return;
      default:
        return;
    }
  }

  private onToastMessage(message: FromFrame): void {
    const toast = this.toastProps;
    if (message.kind === 'size' && this.toast) {
      this.toast.iframe.style.width = `${message.width}px`;
      this.toast.iframe.style.height = `${message.height}px`;
      if (this.toastFocusPending && toast) {
        this.toastFocusPending = false;
        this.toast.iframe.focus();
      }
    } else if (message.kind === 'undo') toast?.onUndo();
    else if (message.kind === 'toastClose') toast?.onClose(message.reason);
  }

  /** The page removed the host (or never had it): everything is made again, the frames reload. */
  private ensureLayer(): CardLayer {
    if (this.layer?.connected) return this.layer;
    const hadCard = this.shown !== null;
    this.release();
    if (hadCard) this.hide();
    this.layer = new CardLayer(() => this.onHostRemoved());
    return this.layer;
  }

  private onHostRemoved(): void {
    // Closed the way Escape closes it; the next card builds the host and its frames again.
    if (this.shown) for (const dismiss of [...this.dismissers]) dismiss();
    this.hideToast();
  }

  private ensureCard(): FrameLink {
    const layer = this.ensureLayer();
    this.card ??= this.frameIn(layer, 'card', (m) => this.onCardMessage(m));
    return this.card;
  }

  private ensureToast(): FrameLink {
    const layer = this.ensureLayer();
    this.toast ??= this.frameIn(layer, 'toast', (m) => this.onToastMessage(m));
    return this.toast;
  }

  private frameIn(layer: CardLayer, role: CardFrameRole, onMessage: (m: FromFrame) => void): FrameLink {
    const link = new FrameLink(role, onMessage, () => this.dispose());
    layer.add(link.iframe);
    return link;
  }
}
