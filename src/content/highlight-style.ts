// The ::highlight() rules, added as a constructed style sheet: adopting a sheet leaves the page's
// DOM tree exactly as the page built it.

import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAME } from './highlighter';

// A mid blue keeps enough contrast on white and on near-black backgrounds; the tint is light
// enough not to hide the page's own link or selection colours.
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgb(64 128 230 / 0.12);
  text-decoration: underline dotted 2px rgb(64 128 230);
}
::highlight(${ACTIVE_HIGHLIGHT_NAME}) {
  background-color: rgb(64 128 230 / 0.28);
  text-decoration: underline solid 2px rgb(64 128 230);
}
`;

/** Page-world objects Firefox exposes to content scripts; absent in Chromium. */
interface XrayWindow {
  wrappedJSObject?: { CSSStyleSheet: typeof CSSStyleSheet; document: Document };
}

function adopt(doc: Document, SheetClass: typeof CSSStyleSheet): () => void {
  const sheet = new SheetClass();
  sheet.replaceSync(HIGHLIGHT_CSS);
  // push() appends in place, keeping whatever sheets the page adopted itself.
  doc.adoptedStyleSheets.push(sheet);
  return () => {
    const i = doc.adoptedStyleSheets.indexOf(sheet);
    if (i >= 0) doc.adoptedStyleSheets.splice(i, 1);
  };
}

/** Installs the highlight styles; returns the function that removes them again. */
export function installHighlightStyle(): () => void {
  try {
    return adopt(document, CSSStyleSheet);
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment
    // ("Accessing from Xray wrapper is not supported"); a sheet built by the page's constructor works.
    const page = (window as unknown as XrayWindow).wrappedJSObject;
    if (!page) return () => {};
    try {
      return adopt(page.document, page.CSSStyleSheet);
    } catch {
      return () => {};
    }
  }
}
