// The frame page's own layout around the card styles: a transparent page exactly as big as the
// iframe the content script sizes to the content; the card scrolls inside when the iframe is shorter.
export const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
.fl-pos { position: absolute; top: 0; left: 0; width: max-content; display: flex; flex-direction: column; }
/* The page's shadow comes from the iframe's drop-shadow filter: nothing here is drawn past the frame. */
.fl-pos > * { min-height: 0; max-height: 100vh; overflow: auto; overscroll-behavior: contain; box-sizing: border-box; box-shadow: none; }
/* Facts come first; the actions, one compact row after them, stay in view at the bottom of a card
   that scrolls (a zoomed page, a short window), over the card's bottom padding. */
.fl-pos .fl-actions-wrap { position: sticky; bottom: -12px; z-index: 1; padding-bottom: 12px; background: var(--fl-bg); }
`;
