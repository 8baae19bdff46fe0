// The card's colours as CSS variables, light and dark. Dark applies when the system prefers it,
// unless the host forces a theme with data-theme (it knows whether the page itself is dark, which
// the system preference does not). Every pair here keeps text at WCAG AA contrast or better.

const LIGHT = `
  --fl-bg: #ffffff;
  --fl-fg: #1b1d21;
  --fl-muted: #545a68;
  --fl-border: #d0d4dc;
  --fl-accent: #1a56b0;
  --fl-accent-fg: #ffffff;
  --fl-quote-bg: #f4f6fa;
  --fl-quote-bar: #7f9fd6;
  --fl-note-bg: #fff4d6;
  --fl-note-fg: #5a4300;
  --fl-bar: #4f78c4;
  --fl-focus: #1a56b0;
  --fl-shadow: 0 6px 24px rgb(0 0 0 / 0.14);
  color-scheme: light;
  scrollbar-color: #a3a9b5 #ffffff;
`;

const DARK = `
  --fl-bg: #1f2228;
  --fl-fg: #e8eaee;
  --fl-muted: #a8aebb;
  --fl-border: #3d424d;
  --fl-accent: #8ab4ff;
  --fl-accent-fg: #0f1115;
  --fl-quote-bg: #272b33;
  --fl-quote-bar: #5b7fbf;
  --fl-note-bg: #3a3220;
  --fl-note-fg: #f3dc9c;
  --fl-bar: #7fa6ea;
  --fl-focus: #8ab4ff;
  --fl-shadow: 0 6px 24px rgb(0 0 0 / 0.5);
  color-scheme: dark;
  scrollbar-color: #5d6472 #1f2228;
`;

export const CARD_THEME_CSS = `
.fl-card, .fl-toast {${LIGHT}}
@media (prefers-color-scheme: dark) {
  .fl-card:not([data-theme="light"]), .fl-toast:not([data-theme="light"]) {${DARK}}
}
.fl-card[data-theme="dark"], .fl-toast[data-theme="dark"] {${DARK}}
`;
