// What the content script and the card's frame page (src/card-frame) say to each other over their
// MessagePort. The port is handed to the frame with a secret only those two know (the token in the
// frame's URL fragment), so no page script sees these messages or can offer the frame a port of its
// own. Callbacks cannot cross a port: the content script sends which buttons exist, the frame sends
// back which one was pressed.
import type { EntityCard, FactView } from './protocol';

/** The handshake's one field: the frame's token, with the port transferred alongside. */
export const CARD_HANDSHAKE_KEY = 'factlensCardToken';

/** Which frame a page of the frame app is: the card, or the Undo note shown where the card was. */
export type CardFrameRole = 'card' | 'toast';

/** The card's buttons the content script can act on; a button exists only when it is listed true. */
export interface CardButtons {
  back: boolean;
  related: boolean;
  popup: boolean;
  pin: boolean;
  mute: boolean;
  siteOff: boolean;
  copy: boolean;
}

export interface CardRender {
  card: EntityCard;
  matchedAlias?: string;
  pageDate?: string;
  theme?: 'light' | 'dark';
  pinned: boolean;
  canGoBack: boolean;
  buttons: CardButtons;
  /** The widest the card may be, in CSS pixels: the page's viewport decides it, not the frame's. */
  maxWidth: number;
}

export interface ToastRender {
  message: string;
  error?: string;
  theme?: 'light' | 'dark';
  takeFocus: boolean;
}

/** Content script → frame. */
export type ToFrame =
  | { kind: 'card'; render: CardRender }
  | { kind: 'toast'; render: ToastRender }
  | { kind: 'clear' }
  /** Keyboard focus to the card's heading, or to a control (its fl- class without the prefix). */
  | { kind: 'focus'; control?: string }
  /** Where the frame sits in the page's viewport, so its test mirror can give page coordinates. */
  | { kind: 'place'; x: number; y: number };

export type CardAction =
  | { action: 'openArticle'; fact: FactView }
  | { action: 'openEntity'; entityId: string }
  | { action: 'back' }
  | { action: 'popup'; entityId: string }
  | { action: 'pin' }
  | { action: 'mute'; entityId: string }
  | { action: 'siteOff' };

/** Frame → content script. */
export type FromFrame =
  /** The frame took the port: what was queued can be sent. */
  | { kind: 'ready' }
  /** The rendered content's natural size in CSS pixels: the content script sizes the iframe to it. */
  | { kind: 'size'; width: number; height: number }
  | ({ kind: 'action' } & CardAction)
  /** Escape pressed in the card: the page's own key listeners never see keys in the frame. */
  | { kind: 'escape' }
  /**
   * The reader's pointer entered or left the card. The page around the frame is not told reliably
   * (Chromium sends it no boundary event when the pointer goes from another frame straight into
   * the card's), and a card of a small frame's mark must stay open while the pointer is on it.
   */
  | { kind: 'pointer'; inside: boolean }
  | { kind: 'undo' }
  | { kind: 'toastClose'; reason: 'timeout' | 'dismiss' };
