// The short note after a card's Mute or "Off on this site", with the Undo that reverts it. It stays
// a few seconds, and for as long as the pointer is over it or focus is in it (WCAG 2.2.1: the
// reader gets the time they need). The host renders it inside a role=status region, so screen
// readers announce it politely.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** How long the toast stays untouched, and after the pointer or focus leaves it. */
export const TOAST_MS = 6000;
export const TOAST_AFTER_LEAVE_MS = 3000;

export interface UndoToastProps {
  message: string;
  theme?: 'light' | 'dark' | undefined;
  /** A failure to report instead of the Undo button (e.g. the undo itself failed). */
  error?: string | undefined;
  /** Moves focus to the Undo button as it appears: focus was in the card that just went away. */
  takeFocus: boolean;
  onUndo(): void;
  /** 'timeout': nobody touched it in time; 'dismiss': Escape or the close button. */
  onClose(reason: 'timeout' | 'dismiss'): void;
}

export function UndoToast(props: UndoToastProps): JSX.Element {
  const { message, theme, error, takeFocus, onUndo, onClose } = props;
  const undo = useRef<HTMLButtonElement | null>(null);
  const close = useRef<HTMLButtonElement | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [touched, setTouched] = useState(false);
  const held = hovered || focused;

  // Before the card's button is removed, so focus never falls to the page's body in between.
  useLayoutEffect(() => {
    if (takeFocus) (undo.current ?? close.current)?.focus();
  }, [takeFocus]);

  useEffect(() => {
    if (held) {
      setTouched(true);
      return undefined;
    }
    const timer = setTimeout(() => onClose('timeout'), touched ? TOAST_AFTER_LEAVE_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [held, touched, onClose]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the listeners only keep the toast open while it is hovered or focused, and let Escape close it from either button; the buttons are the controls
    <div
      class="fl-toast"
      data-theme={theme}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocusIn={() => setFocused(true)}
      onFocusOut={(e) => {
        const next = e.relatedTarget;
        if (!(next instanceof Node) || !e.currentTarget.contains(next)) setFocused(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The toast's Escape: the page's own handlers (and the card's) are not for it.
        e.stopPropagation();
        onClose('dismiss');
      }}
    >
      <span class="fl-toast-text">{error ?? message}</span>
      {error ? null : (
        <button type="button" class="fl-action fl-undo" ref={undo} onClick={onUndo}>
          Undo
        </button>
      )}
      <button
        type="button"
        class="fl-toast-close"
        ref={close}
        aria-label="Dismiss"
        onClick={() => onClose('dismiss')}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
