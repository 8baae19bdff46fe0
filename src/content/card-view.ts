// What the content script needs from the rendered card, kept apart from the rendering (Preact,
// Floating UI, the card component) so that code can be bundled with the script or loaded on first hover.
import type { EntityCard, FactView } from '../core/protocol';
// Type-only: the props are the component's own, but nothing of the component is bundled by this import.
import type { FactCardProps } from '../ui/FactCard';
import type { UndoToastProps } from '../ui/UndoToast';
import type { Mark } from './highlighter';

/** The card component's optional props that the content script decides. */
export type CardProps = Pick<
  FactCardProps,
  | 'matchedAlias'
  | 'pageDate'
  | 'theme'
  | 'pinned'
  | 'onOpenEntity'
  | 'onBack'
  | 'onOpenInPopup'
  | 'onTogglePin'
  | 'onMute'
  | 'onDisableSite'
  | 'onCopyCitation'
>;

export interface CardContent {
  card: EntityCard;
  props: CardProps;
  canGoBack: boolean;
  /** The box the card points at, read fresh each time; the mark's own text when absent. */
  anchor?: () => DOMRect;
}

export interface CardView {
  readonly current: Mark | null;
  /**
   * A card may be wanted soon (the reader's pointer moves over the page, or a card is being looked
   * up): get ready to render one. Called on every pointer frame, so cheap to call again.
   */
  prepare(): void;
  isHost(target: EventTarget | null): boolean;
  /**
   * Calls `listener` when the reader dismisses the card from inside it (Escape in the card's frame:
   * the page's own key listeners never see keys pressed there), until `signal` aborts.
   */
  onDismiss(listener: () => void, signal: AbortSignal): void;
  /** Calls `listener` when the reader's pointer enters (true) or leaves (false) the card, until `signal` aborts. */
  onPointerInCard(listener: (inside: boolean) => void, signal: AbortSignal): void;
  show(mark: Mark, content: CardContent): void;
  hide(): void;
  /** Moves keyboard focus to the card's heading, or to a control (its fl- class without the prefix); false when no card is showing. */
  focus(control?: string): boolean;
  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean;
  /** The Undo note after Mute or "Off on this site", where the card was; replaces an earlier one. */
  showToast(toast: UndoToastProps): void;
  hideToast(): void;
  toastHasFocus(): boolean;
  /** document.open() erased the page's listeners (the document's and the window's): listen again. */
  reattach(): void;
  dispose(): void;
}

export type CardViewFactory = (onOpenArticle: (fact: FactView) => void) => CardView;
