// Card styles as a string: the content script injects them into a closed shadow root
// (after `:host { all: initial }`), the popup into its document. Everything the card needs is
// set on .fl-card itself so it looks the same whatever page it lands on.
export const CARD_CSS = `
.fl-card {
  --fl-bg: #ffffff;
  --fl-fg: #1b1d21;
  --fl-muted: #5b6170;
  --fl-border: #d9dce3;
  --fl-accent: #1f5fbf;
  --fl-accent-fg: #ffffff;
  --fl-quote-bg: #f4f6fa;
  --fl-quote-bar: #8aa9dc;
  --fl-focus: #1f5fbf;
  --fl-shadow: 0 6px 24px rgb(0 0 0 / 0.14);

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
@media (prefers-color-scheme: dark) {
  .fl-card {
    --fl-bg: #1f2228;
    --fl-fg: #e8eaee;
    --fl-muted: #a3a9b6;
    --fl-border: #3a3f4a;
    --fl-accent: #8ab4ff;
    --fl-accent-fg: #0f1115;
    --fl-quote-bg: #272b33;
    --fl-quote-bar: #5b7fbf;
    --fl-focus: #8ab4ff;
    --fl-shadow: 0 6px 24px rgb(0 0 0 / 0.5);
  }
}
.fl-card *, .fl-card *::before, .fl-card *::after { box-sizing: inherit; }
.fl-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.fl-name { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; }
.fl-type {
  margin: 0;
  color: var(--fl-muted);
  font-size: 12px;
  text-transform: uppercase;
  letter-spacing: 0.04em;
}
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
.fl-open, .fl-more {
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
.fl-open:hover, .fl-more:hover { background: var(--fl-accent); color: var(--fl-accent-fg); }
.fl-open:focus-visible, .fl-more:focus-visible { outline: 2px solid var(--fl-focus); outline-offset: 2px; }
.fl-more { display: block; margin-top: 10px; }
@media (prefers-reduced-motion: no-preference) {
  .fl-open, .fl-more { transition: background-color 120ms, color 120ms; }
}
`;
