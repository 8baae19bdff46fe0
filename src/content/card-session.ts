// One open card's life: the entity it shows and the related entities opened inside it (with Back),
// whether it is pinned, and where keyboard focus goes back to when it closes.
import type { EntityCard } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import type { CardLookup } from './card-lookup';
import type { CardProps, CardView } from './card-view';
import type { Mark } from './highlighter';
import { cardContext } from './page-context';

export interface CardSessionDeps {
  lookup(entityId: string): Promise<EntityCard | null>;
  mute(entityId: string): void;
  disableSite(): void;
  openInPopup(entityId: string): void;
  onError(error: unknown): void;
  /** Read when a card opens: the page may have switched theme since the last one. */
  pageContext(): { pageDate?: string; theme?: 'light' | 'dark' };
}

/** The card's buttons as worker requests; the settings changes they cause come back through storage. */
export function workerCardDeps(lookup: CardLookup, onError: (error: unknown) => void): CardSessionDeps {
  const send = (request: Promise<unknown>) => void request.catch(onError);
  return {
    lookup,
    mute: (entityId) => send(askWorker('muteEntity', { entityId })),
    disableSite: () => send(askWorker('disableSiteForTab', {})),
    openInPopup: (entityId) => send(askWorker('openInPopup', { entityId })),
    onError,
    pageContext: cardContext,
  };
}

export class CardSession {
  private mark: Mark | null = null;
  private stack: EntityCard[] = [];
  private pinnedOpen = false;
  private returnFocus: HTMLElement | null = null;
  private context: ReturnType<CardSessionDeps['pageContext']> = {};

  constructor(
    private readonly view: CardView,
    private readonly deps: CardSessionDeps,
  ) {}

  get pinned(): boolean {
    return this.pinnedOpen;
  }

  get current(): Mark | null {
    return this.mark;
  }

  /** Opens a mark's card; with `focus`, keyboard focus moves into it and comes back on close. */
  open(mark: Mark, card: EntityCard, focus: boolean): void {
    const active = document.activeElement;
    if (focus && !this.view.hasFocus() && active instanceof HTMLElement) this.returnFocus = active;
    this.mark = mark;
    this.stack = [card];
    this.pinnedOpen = false;
    this.context = this.deps.pageContext();
    this.render();
    if (focus) this.view.focus();
  }

  close(): void {
    const hadFocus = this.view.hasFocus();
    this.mark = null;
    this.stack = [];
    this.pinnedOpen = false;
    this.view.hide();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus && back?.isConnected) back.focus({ preventScroll: true });
  }

  private render(): void {
    const card = this.stack.at(-1);
    if (!this.mark || !card) return;
    this.view.show(this.mark, { card, props: this.props(), canGoBack: this.stack.length > 1 });
  }

  private props(): CardProps {
    const mark = this.mark;
    const atMark = this.stack.length === 1;
    return {
      ...this.context,
      // "Why marked" explains the page's text, which only the first card in the stack is about.
      ...(atMark && mark ? { matchedAlias: mark.alias } : {}),
      pinned: this.pinnedOpen,
      onOpenEntity: (entityId) => this.openRelated(entityId),
      ...(atMark ? {} : { onBack: () => this.back() }),
      onTogglePin: () => {
        this.pinnedOpen = !this.pinnedOpen;
        this.render();
      },
      onMute: (entityId) => this.deps.mute(entityId),
      onDisableSite: () => this.deps.disableSite(),
      onOpenInPopup: (entityId) => this.deps.openInPopup(entityId),
      // Called from the click itself, so the page's user activation still allows the clipboard write.
      onCopyCitation: (markdown) => navigator.clipboard.writeText(markdown),
    };
  }

  private openRelated(entityId: string): void {
    const mark = this.mark;
    this.deps.lookup(entityId).then(
      (card) => {
        if (!card || this.mark !== mark) return;
        this.stack.push(card);
        this.render();
      },
      (error: unknown) => this.deps.onError(error),
    );
  }

  private back(): void {
    if (this.stack.length < 2) return;
    this.stack.pop();
    this.render();
  }
}
