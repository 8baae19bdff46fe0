// The card's rendering code loaded on first use: the worker injects card.js into this frame's
// isolated world (scripting.executeScript, so nothing needs to be web-accessible) and the script
// leaves its factory on a global of that world. Until then this stands in for the card.
import type { FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import type { UndoToastProps } from '../ui/UndoToast';
import type { CardContent, CardView, CardViewFactory } from './card-view';
import type { Mark } from './highlighter';
import { askForHover, type HoverRetryOptions } from './worker-retry';

export const CARD_FACTORY_KEY = Symbol.for('factlens.card.factory');
type FactorySlot = Record<typeof CARD_FACTORY_KEY, CardViewFactory | undefined>;

/**
 * After the card code failed to load (its quick retries included), pointer moves leave it alone this
 * long: they come at 60 a second, and each would otherwise ask the worker again. A hover still asks.
 */
export const LOAD_COOL_DOWN_MS = 5000;

async function injectedFactory(): Promise<CardViewFactory> {
  const slot = globalThis as unknown as FactorySlot;
  if (!slot[CARD_FACTORY_KEY]) await askWorker('loadCard', {});
  const factory = slot[CARD_FACTORY_KEY];
  if (!factory) throw new Error('Factlens: the card code did not load');
  return factory;
}

export interface LazyCardOptions extends HoverRetryOptions {
  /** Where the card's code comes from (the worker injects it, by default). */
  load?: () => Promise<CardViewFactory>;
  now?: () => number;
}

export class LazyCardView implements CardView {
  private view: CardView | null = null;
  private loading: Promise<CardView> | null = null;
  private pending: { mark: Mark; content: CardContent; focus: boolean; control?: string } | null = null;
  private disposed = false;
  /** Until when pointer moves do not ask for the card code again, after a failed load. */
  private coolUntil = -Infinity;
  private readonly load: () => Promise<CardViewFactory>;
  private readonly now: () => number;
  /** Listeners added before the card code loaded, added to the real view once it has. */
  private readonly subscriptions: Array<(view: CardView) => void> = [];

  constructor(
    private readonly onOpenArticle: (fact: FactView) => void,
    private readonly onError: (error: unknown) => void,
    { load = injectedFactory, now = () => performance.now(), ...retry }: LazyCardOptions = {},
  ) {
    // The worker may be waking (Chromium drops the message that wakes it): asked again at once.
    this.load = () => askForHover(load, retry);
    this.now = now;
  }

  get current(): Mark | null {
    return this.view?.current ?? this.pending?.mark ?? null;
  }

  prepare(): void {
    if (this.view) {
      this.view.prepare();
      return;
    }
    if (this.now() < this.coolUntil) return;
    this.startLoading();
  }

  private startLoading(): void {
    if (this.loading || this.disposed) return;
    this.loading = this.load().then((factory) => factory(this.onOpenArticle));
    this.loading.then(
      (view) => {
        if (this.disposed) {
          view.dispose();
          return;
        }
        this.view = view;
        for (const subscribe of this.subscriptions.splice(0)) subscribe(view);
        view.prepare();
        const wanted = this.pending;
        this.pending = null;
        if (!wanted) return;
        view.show(wanted.mark, wanted.content);
        if (wanted.focus) view.focus(wanted.control);
      },
      (error: unknown) => {
        // Asked again on the next hover, or on a pointer move after the cool-down.
        this.loading = null;
        this.pending = null;
        this.coolUntil = this.now() + LOAD_COOL_DOWN_MS;
        this.onError(error);
      },
    );
  }

  isHost(target: EventTarget | null): boolean {
    return this.view?.isHost(target) ?? false;
  }

  onDismiss(listener: () => void, signal: AbortSignal): void {
    this.whenLoaded((view) => view.onDismiss(listener, signal), signal);
  }

  onPointerInCard(listener: (inside: boolean) => void, signal: AbortSignal): void {
    this.whenLoaded((view) => view.onPointerInCard(listener, signal), signal);
  }

  private whenLoaded(subscribe: (view: CardView) => void, signal: AbortSignal): void {
    if (this.view) subscribe(this.view);
    else
      this.subscriptions.push((view) => {
        if (!signal.aborted) subscribe(view);
      });
  }

  show(mark: Mark, content: CardContent): void {
    if (this.view) {
      this.view.show(mark, content);
      return;
    }
    this.pending = { mark, content, focus: false };
    this.startLoading();
  }

  hide(): void {
    this.pending = null;
    this.view?.hide();
  }

  focus(control?: string): boolean {
    if (this.view) return this.view.focus(control);
    if (this.pending) {
      this.pending.focus = true;
      if (control) this.pending.control = control;
    }
    return this.pending !== null;
  }

  hasFocus(): boolean {
    return this.view?.hasFocus() ?? false;
  }

  // A toast follows a card's button, so the card's code is loaded by then.
  showToast(toast: UndoToastProps): void {
    this.view?.showToast(toast);
  }

  hideToast(): void {
    this.view?.hideToast();
  }

  toastHasFocus(): boolean {
    return this.view?.toastHasFocus() ?? false;
  }

  // A view made later listens on the reopened document from the start.
  reattach(): void {
    this.view?.reattach();
  }

  dispose(): void {
    this.disposed = true;
    this.pending = null;
    this.view?.dispose();
    this.view = null;
  }
}
