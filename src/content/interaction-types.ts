// The seam between the script every page loads at start (marking) and interaction.js, the code a
// page needs only once it has a mark: hover, cards, the card's Undo, child frames' cards, the badge,
// the popup's "show me" and the keyboard commands. Types only, but for the global slot's key: the
// two scripts are separate bundles, so nothing else may be shared by identity.
import type { MatchData, Reply } from '../core/protocol';
import type { ActionOrigin } from './card-session';
import type { MarkStore } from './highlighter';

/** Where interaction.js leaves its factory in the isolated world (Symbol.for: both bundles reach it). */
export const INTERACTION_KEY = Symbol.for('factlens.interaction.factory');

/** What the start script gives the interaction code for the page's lifetime. */
export interface InteractionHost {
  hostname: string;
  /** Aborted when this copy of the content script lets go of the page. */
  signal: AbortSignal;
  /** Called when a worker call fails; tears everything down when the extension is gone. */
  onWorkerError(error: unknown): void;
  /** The current marking's marks per entity, the entities' names, and its reading state; null when off. */
  marked(): MarkedNames | null;
}

export interface MarkedNames {
  counts: ReadonlyMap<string, number>;
  entities: MatchData['entities'];
  reading: boolean;
  readAt: number | null;
}

/** One marking as the interaction code sees it: its marks, and its end. */
export interface MarkedPage {
  readonly store: MarkStore;
  readonly signal: AbortSignal;
  readonly hoverDelayMs: number;
}

/** Hover and cards for one marking; made when both exist, disposed with the marking. */
export interface MarkInteraction {
  setHoverDelay(ms: number): void;
  /** The marks are about to be redone: no card, no cursor. */
  reset(): void;
  /** Marks left with their text: a card whose text went closes. */
  marksRemoved(): void;
  /** The popup's "show me": scrolls to the entity's next mention and flashes it. */
  reveal(entityId: string): boolean;
  /** The keyboard commands: the next or previous mark, its card open and focused. */
  step(direction: 1 | -1): boolean;
  /** After an Undo: reopens the card of the mark that starts at the origin; false while not marked (yet). */
  reopenAt(origin: ActionOrigin, control: string | null): boolean;
  /** The top frame closed the card it drew for this frame's mark. */
  topCardClosed(): boolean;
  /** Closes this page's card: the top frame draws a child frame's card in the same host. */
  hideCard(): void;
  /** document.open() erased the page's listeners: hover and pagehide listen again. */
  reattach(): void;
  dispose(): void;
}

/** The page-wide part, made once when the first mark (or a child frame's card request) needs it. */
export interface PageInteraction {
  attach(page: MarkedPage): MarkInteraction;
  /** A mark was added or removed (cheap: runs per mark). */
  marksChanged(): void;
  /** The reply to a tab message tab-listener.ts recognised (the popup's, the commands', frame cards'). */
  answerTab(message: unknown): Reply<unknown>;
  dispose(): void;
}

export type InteractionFactory = (host: InteractionHost) => PageInteraction;
