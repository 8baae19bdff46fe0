// The ::highlight() rules, added as a constructed style sheet: adopting a sheet leaves the page's
// DOM tree exactly as the page built it. The rules follow the reader's mark style and the page's
// darkness, and are rewritten in place when either changes.

import type { MarkStyle } from '../core/settings';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from './highlighter';

export const FLASH_HIGHLIGHT_NAME = 'factlens-flash';

function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(/^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1) : '4080e6', 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colours of one look, shared by the ::highlight() rules and the overlay that draws private marks. */
export interface MarkPaint {
  fill: string;
  /** The plain mark's dotted underline colour, or null for a background-only style. */
  line: string | null;
  activeFill: string;
  activeLine: string;
  flash: string;
}

/**
 * The colours for a style on a light or dark page. On a dark page the colour is lifted toward white so
 * an underline keeps its contrast, and tints get stronger because a faint tint vanishes on black.
 */
export function markPaint(style: MarkStyle, dark: boolean): MarkPaint {
  const lift = dark ? 0.35 : 0;
  const [r, g, b] = rgbOf(style.color).map((c) => Math.round(c + (255 - c) * lift));
  const c = `${r} ${g} ${b}`;
  const tint = style.kind === 'background' ? (dark ? 0.38 : 0.24) : dark ? 0.16 : 0.1;
  const active = Math.min(0.6, tint + (dark ? 0.2 : 0.16));
  return {
    fill: `rgb(${c} / ${tint})`,
    line: style.kind === 'background' ? null : `rgb(${c})`,
    activeFill: `rgb(${c} / ${active})`,
    activeLine: `rgb(${c})`,
    flash: dark ? 'rgb(255 214 0 / 0.45)' : 'rgb(255 200 0 / 0.6)',
  };
}

/**
 * The rules for a style on a light or dark page. They sit in a cascade layer and are !important: a
 * page's own `::highlight(factlens-mention) { … !important }` is unlayered, and important declarations
 * of any layer win over unlayered ones, so such a rule no longer hides or restyles the marks.
 */
export function highlightCss(style: MarkStyle, dark: boolean): string {
  const p = markPaint(style, dark);
  const line = p.line ? `underline dotted 2px ${p.line}` : 'none';
  return `
@layer factlens {
::highlight(${HIGHLIGHT_NAME}) {
  background-color: ${p.fill} !important;
  text-decoration: ${line} !important;
}
::highlight(${ACTIVE_HIGHLIGHT_NAME}) {
  background-color: ${p.activeFill} !important;
  text-decoration: underline solid 2px ${p.activeLine} !important;
}
::highlight(${FLASH_HIGHLIGHT_NAME}) {
  background-color: ${p.flash} !important;
}
}
`;
}

/** Page-world objects Firefox exposes to content scripts; absent in Chromium. */
interface XrayWindow {
  wrappedJSObject?: { CSSStyleSheet: typeof CSSStyleSheet; document: Document };
}

/** Firefox's page-world view of a node; absent in Chromium. */
interface XrayNode {
  wrappedJSObject?: DocumentOrShadowRoot;
}

export interface HighlightStyle {
  update(css: string): void;
  /**
   * Adds the rules to an open shadow root: a ::highlight() rule styles only text of its own tree, so
   * marks inside a shadow tree paint (in Firefox at all, in Chromium as the reader chose) only with
   * the rules in that tree. False when the browser refuses: the caller must not mark there.
   */
  addTo(root: ShadowRoot): boolean;
  /**
   * The page sees the adopted sheet (document.adoptedStyleSheets) and can take it out or rewrite it:
   * puts it back in the document and restores its rules when they differ from Factlens's own.
   */
  repair(): void;
  remove(): void;
}

const NONE: HighlightStyle = { update() {}, addTo: () => false, repair() {}, remove() {} };

/** The sheet's rules as text: what repair() compares with what Factlens wrote. */
function rulesText(sheet: CSSStyleSheet): string {
  let text = '';
  for (const rule of sheet.cssRules) text += rule.cssText;
  return text;
}

/** Appends a sheet to a document's or shadow root's adopted sheets; the returned function takes it out. */
function adoptInto(target: DocumentOrShadowRoot, sheet: CSSStyleSheet): () => void {
  // push() appends in place, keeping whatever sheets the page adopted itself.
  target.adoptedStyleSheets.push(sheet);
  return () => {
    const i = target.adoptedStyleSheets.indexOf(sheet);
    if (i >= 0) target.adoptedStyleSheets.splice(i, 1);
  };
}

/**
 * One sheet for the document and every shadow root it is added to (a constructed sheet can be adopted
 * anywhere in the document that built it), so a new look is one replaceSync. `view` gives the object
 * to adopt through: the node itself, or in Firefox the page's view of it.
 */
function adopt(
  doc: Document,
  SheetClass: typeof CSSStyleSheet,
  css: string,
  view: (root: ShadowRoot) => DocumentOrShadowRoot,
): HighlightStyle {
  const sheet = new SheetClass();
  let current = css;
  sheet.replaceSync(css);
  let written = rulesText(sheet);
  const removals = [adoptInto(doc, sheet)];
  let removed = false;
  return {
    update(next) {
      current = next;
      sheet.replaceSync(next);
      written = rulesText(sheet);
    },
    repair() {
      if (removed) return;
      try {
        if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets.push(sheet);
        if (rulesText(sheet) !== written) {
          sheet.replaceSync(current);
          written = rulesText(sheet);
        }
      } catch {
        // A document the page replaced (document.open): the next marking installs the styles anew.
      }
    },
    addTo(root) {
      try {
        removals.push(adoptInto(view(root), sheet));
        return true;
      } catch {
        return false;
      }
    },
    remove() {
      removed = true;
      for (const undo of removals.splice(0)) {
        try {
          undo();
        } catch {
          // A shadow root the page has since dropped: nothing left to take the sheet out of.
        }
      }
    },
  };
}

/** Styles installed at document_start (early-style.ts), waiting for the main script to take them. */
interface EarlyStyle {
  css: string;
  style: HighlightStyle;
}

// Both content scripts run in the extension's one world of the page, so they share this global.
const EARLY_KEY = '__factlensEarlyStyle';

export function offerEarlyStyle(early: EarlyStyle): void {
  (globalThis as Record<string, unknown>)[EARLY_KEY] = early;
}

/** The early styles, if any are waiting; whoever takes them owns them. */
export function takeEarlyStyle(): EarlyStyle | null {
  const slot = globalThis as Record<string, unknown>;
  const early = (slot[EARLY_KEY] ?? null) as EarlyStyle | null;
  slot[EARLY_KEY] = undefined;
  return early;
}

/** The early styles if they are waiting (rewritten only if css differs), else newly installed ones. */
export function highlightStyleFor(css: string): HighlightStyle {
  const early = takeEarlyStyle();
  if (!early) return installHighlightStyle(css);
  if (early.css !== css) early.style.update(css);
  return early.style;
}

/** Installs the highlight styles; the handle rewrites or removes them. */
export function installHighlightStyle(css: string): HighlightStyle {
  try {
    return adopt(document, CSSStyleSheet, css, (root) => root);
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment
    // ("Accessing from Xray wrapper is not supported"); a sheet built by the page's constructor works.
    const page = (window as unknown as XrayWindow).wrappedJSObject;
    if (!page) return NONE;
    try {
      return adopt(
        page.document,
        page.CSSStyleSheet,
        css,
        (root) => (root as XrayNode).wrappedJSObject ?? root,
      );
    } catch {
      return NONE;
    }
  }
}
