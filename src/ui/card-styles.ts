// Card styles as a string: the card's frame page (src/card-frame) and the popup put them into
// their documents. Everything the card needs is set on
// .fl-card itself so it looks the same whatever page it lands on; every class is prefixed fl-.
import { CARD_THEME_CSS } from './card-theme';

const BUTTON = '.fl-open, .fl-page, .fl-back, .fl-action, .fl-related-open';

const LAYOUT_CSS = `
.fl-card {
  box-sizing: border-box;
  display: block;
  max-width: 360px;
  margin: 0;
  padding: 12px 14px;
  border: 1px solid var(--fl-border);
  border-radius: 10px;
  background: var(--fl-bg);
  color: var(--fl-fg);
  box-shadow: var(--fl-shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.fl-card *, .fl-card *::before, .fl-card *::after { box-sizing: inherit; }
.fl-vh {
  position: absolute !important;
  width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
.fl-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.fl-mark {
  margin-inline-start: auto;
  padding: 0 6px;
  border: 1px solid;
  border-radius: 999px;
  font-size: 12px;
  font-weight: 700;
  line-height: 1.5;
  white-space: nowrap;
}
.fl-name { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.fl-name:focus { outline: none; }
.fl-name:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
.fl-type, .fl-section-label {
  margin: 0;
  color: var(--fl-muted);
  font-size: 12px;
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
.fl-caption { margin: 0; color: var(--fl-muted); font-size: 12.5px; }
.fl-why { margin: 2px 0 0; color: var(--fl-muted); font-size: 13px; }
.fl-desc { margin: 4px 0 0; }
.fl-aliases { margin: 4px 0 0; color: var(--fl-muted); font-size: 13px; }
.fl-empty { margin: 10px 0 0; color: var(--fl-muted); }
.fl-facts { list-style: none; margin: 10px 0 0; padding: 0; }
.fl-fact { margin: 0; padding: 10px 0 0; border-top: 1px solid var(--fl-border); }
.fl-fact + .fl-fact { margin-top: 10px; }
.fl-fact:focus { outline: none; }
.fl-fact:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
.fl-quote {
  margin: 0;
  padding: 6px 10px;
  border-inline-start: 3px solid var(--fl-quote-bar);
  border-radius: 0 6px 6px 0;
  background: var(--fl-quote-bg);
  font-style: normal;
  quotes: none;
}
.fl-meta { margin: 6px 0 0; color: var(--fl-muted); font-size: 13px; }
.fl-title { font-style: normal; color: var(--fl-fg); }
.fl-date { font-variant-numeric: tabular-nums; }
.fl-note { margin: 6px 0 0; color: var(--fl-muted); font-size: 12.5px; }
.fl-note-tag {
  white-space: nowrap;
  padding: 0 4px;
  border: 1px solid currentColor;
  border-radius: 4px;
  background: var(--fl-note-bg);
  color: var(--fl-note-fg);
  font-size: 12px;
  font-weight: 600;
}
.fl-pager { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-top: 10px; }
.fl-page-status { color: var(--fl-muted); font-size: 13px; font-variant-numeric: tabular-nums; }
.fl-related, .fl-timeline { margin: 12px 0 0; padding-top: 10px; border-top: 1px solid var(--fl-border); }
.fl-related-list { display: flex; flex-wrap: wrap; gap: 6px; list-style: none; margin: 6px 0 0; padding: 0; }
.fl-related-item { margin: 0; }
.fl-chip {
  display: inline-flex;
  align-items: baseline;
  gap: 6px;
  padding: 2px 8px;
  border: 1px solid var(--fl-border);
  border-radius: 999px;
  font-size: 13px;
}
.fl-count { color: var(--fl-muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.fl-bars {
  display: flex;
  align-items: flex-end;
  gap: 2px;
  height: 32px;
  margin: 6px 0 0;
  padding: 0;
  list-style: none;
  border-bottom: 1px solid var(--fl-border);
}
.fl-bar-item { flex: 1 1 0; max-width: 14px; height: 100%; display: flex; align-items: flex-end; }
.fl-bar { display: block; width: 100%; border-radius: 2px 2px 0 0; background: var(--fl-bar); }
.fl-actions-wrap { margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--fl-border); }
.fl-actions { display: flex; flex-wrap: wrap; gap: 4px 6px; }
.fl-status { margin: 4px 0 0; color: var(--fl-muted); font-size: 12.5px; }
.fl-status:empty { display: none; }
${BUTTON} {
  margin: 6px 0 0;
  padding: 4px 10px;
  border: 1px solid var(--fl-accent);
  border-radius: 6px;
  background: transparent;
  color: var(--fl-accent);
  font: inherit;
  font-size: 13px;
  cursor: pointer;
}
.fl-action, .fl-page, .fl-related-open { margin: 0; }
/* Small and on one row: the facts are what the card is for, the actions must not crowd them out. */
.fl-action { padding: 1px 7px; font-size: 12.5px; line-height: 1.4; white-space: nowrap; }
.fl-related-open { border-radius: 999px; padding: 2px 8px; color: var(--fl-fg); border-color: var(--fl-border); }
.fl-back { margin: 0 0 8px; padding: 2px 8px; }
.fl-pin[aria-pressed="true"] { background: var(--fl-accent); color: var(--fl-accent-fg); font-weight: 600; }
.fl-open:hover, .fl-page:hover, .fl-back:hover, .fl-action:hover {
  background: var(--fl-accent);
  color: var(--fl-accent-fg);
}
.fl-related-open:hover { border-color: var(--fl-accent); text-decoration: underline; }
.fl-original { display: inline-block; margin: 6px 0 0 12px; color: var(--fl-accent); font-size: 13px; }
.fl-original:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
${BUTTON.split(', ')
  .map((s) => `${s}:focus-visible`)
  .join(', ')} {
  outline: 2px solid var(--fl-focus);
  outline-offset: 2px;
}
.fl-toast {
  box-sizing: border-box;
  display: flex;
  align-items: center;
  gap: 10px;
  max-width: 360px;
  padding: 8px 10px 8px 14px;
  border: 1px solid var(--fl-border);
  border-radius: 10px;
  background: var(--fl-bg);
  color: var(--fl-fg);
  box-shadow: var(--fl-shadow);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
.fl-toast-text { flex: 1 1 auto; }
.fl-toast-close {
  margin: 0;
  padding: 0 6px;
  border: 0;
  background: transparent;
  color: var(--fl-muted);
  font: inherit;
  font-size: 18px;
  line-height: 1;
  cursor: pointer;
}
.fl-toast-close:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
@media (prefers-reduced-motion: no-preference) {
  ${BUTTON} { transition: background-color 120ms, color 120ms; }
}
@media (forced-colors: active) {
  .fl-bar { background: CanvasText; }
  .fl-pin[aria-pressed="true"] { outline: 2px solid ButtonText; }
}
`;

export const CARD_CSS = CARD_THEME_CSS + LAYOUT_CSS;
