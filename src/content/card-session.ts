// One open card's life: the entity it shows and the related entities opened inside it (with Back),
// whether it is pinned, and where keyboard focus goes back to when it closes.
import type { EntityCard } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import type { CardLookup } from './card-lookup';
import type { CardProps, CardView } from './card-view';
import type { Mark } from './highlighter';
import { cardContext } from './page-context';

/** Where a card's Mute or "Off on this site" was pressed, for its Undo to come back to. */
export interface ActionOrigin {
  entityId: string;
  entityName: string;
  /** The mark's start in the page's text: marks are redone after an Undo, the text stays. */
  node: Node;
  offset: number;
  /** Focus was in the card (on the button): after Undo it goes back there. */
  focusInCard: boolean;
  /** The page element that had focus before the card took it. */
  returnFocus: HTMLElement | null;
}

/** What the card's Mute and "Off on this site" do; the content script's undo keeper implements it. */
export interface CardActionHandler {
  mute(origin: ActionOrigin): void;
  disableSite(origin: ActionOrigin): void;
}

/** How a card reopened after an Undo takes focus back. */
export interface FocusRestore {
  control: string;
  returnFocus: HTMLElement | null;
}

export interface CardSessionDeps {
  lookup(entityId: string): Promise<EntityCard | null>;
  mute(origin: ActionOrigin): void;
  disableSite(origin: ActionOrigin): void;
  openInPopup(entityId: string): void;
  onError(error: unknown): void;
  /** Read when a card opens: the page may have switched theme since the last one. */
  pageContext(): { pageDate?: string; theme?: 'light' | 'dark' };
}

/** The card's buttons as worker requests; the settings changes they cause come back through storage. */
export function workerCardDeps(
  lookup: CardLookup,
  actions: CardActionHandler,
  onError: (error: unknown) => void,
): CardSessionDeps {
  const send = (request: Promise<unknown>) => void request.catch(onError);
  return {
    lookup,
    mute: (origin) => actions.mute(origin),
    disableSite: (origin) => actions.disableSite(origin),
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
    /** Where the card points, when not at the mark's own text (a card drawn for a child frame's mark). */
    private readonly anchor?: () => DOMRect,
  ) {}

  get pinned(): boolean {
    return this.pinnedOpen;
  }

  get current(): Mark | null {
    return this.mark;
  }

  /**
   * Opens a mark's card; with `focus`, keyboard focus moves into it and comes back on close. With
   * `restore` (a card reopened by Undo), focus goes to that control and later back to that element.
   */
  open(mark: Mark, card: EntityCard, focus: boolean, restore?: FocusRestore): void {
    const active = document.activeElement;
    if (restore) this.returnFocus = restore.returnFocus;
    else if (focus && !this.view.hasFocus() && active instanceof HTMLElement) this.returnFocus = active;
    this.mark = mark;
    this.stack = [card];
    this.pinnedOpen = false;
    this.context = this.deps.pageContext();
    this.render();
    if (focus) this.view.focus(restore?.control);
  }

  /** The current card's mark and focus, as an action's Undo needs them. */
  private origin(entityId: string): ActionOrigin | null {
    const mark = this.mark;
    const card = this.stack.find((c) => c.entity.id === entityId) ?? this.stack.at(-1);
    if (!mark || !card) return null;
    return {
      entityId,
      entityName: card.entity.name,
      node: mark.range.startContainer,
      offset: mark.range.startOffset,
      focusInCard: this.view.hasFocus(),
      returnFocus: this.returnFocus,
    };
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
    const content = { card, props: this.props(), canGoBack: this.stack.length > 1 };
    this.view.show(this.mark, this.anchor ? { ...content, anchor: this.anchor } : content);
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
      onMute: (entityId) => {
        const origin = this.origin(entityId);
        if (origin) this.deps.mute(origin);
      },
      onDisableSite: () => {
        const origin = this.origin(this.stack.at(-1)?.entity.id ?? '');
        if (origin) this.deps.disableSite(origin);
      },
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
