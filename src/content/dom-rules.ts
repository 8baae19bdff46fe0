// Which parts of a page are text to read and how inline content joins into runs.

import {
  closestOf,
  elementHasAttribute,
  elementHasAttributes,
  hostOf,
  isEditable,
  isHiddenAttribute,
  localNameOf,
  nodeTypeOf,
  parentElementOf,
  parentNodeOf,
  rectOf,
  rendersVisibly,
  styleOf,
} from './dom-refs';

// Form fields, editors and non-rendered content: marking there would be noise or break editing.
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'template',
  'iframe',
  'object',
  'canvas',
]);

// Elements that flow inside a line: text on both sides belongs to one sentence, so a name split
// across them ("<b>Vladimir</b> Putin") is still found.
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
]);

/**
 * Matches any descendant that stops a block from being read as plain text in one go: an element that
 * is not inline formatting (blocks, <br>, form fields, custom elements), or one that is hidden or
 * editable.
 */
export const NOT_PLAIN_TEXT_SELECTOR = `:not(${[...INLINE_TAGS].join(',')}),[hidden],[contenteditable]`;

/** The extension's own UI; set once the card host exists so its subtree is never read or watched. */
let ownHost: Element | null = null;

export function setOwnHost(host: Element | null): void {
  ownHost = host;
}

export function isOwnHost(node: Node): boolean {
  return ownHost !== null && node === ownHost;
}

/** Tags whose elements flow inside a line (custom elements are decided by their style, see below). */
export function isInlineName(localName: string): boolean {
  return INLINE_TAGS.has(localName);
}

// Custom elements render inline by default, but pages lay most of them out as blocks (cards, items,
// article bodies): text on both sides of one is not one sentence. Decided once per element by its
// style; a custom element that later changes its display keeps the first answer.
const customInline = new WeakMap<Element, boolean>();

function isInlineCustom(el: Element): boolean {
  let inline = customInline.get(el);
  if (inline === undefined) {
    const display = styleOf(el).display;
    // No computed display at all (a DOM without styles): the default, inline.
    inline = display === 'inline' || display === 'contents' || display === '';
    customInline.set(el, inline);
  }
  return inline;
}

/** Whether the element flows inside a line, so text on both sides of it is one run. */
export function isInlineElement(el: Element, localName = localNameOf(el)): boolean {
  if (INLINE_TAGS.has(localName)) return true;
  return localName.includes('-') && isInlineCustom(el);
}

// The elements attachShadow() accepts besides custom elements: asking any other element for its
// shadow root is a wasted DOM read, and in Firefox every DOM read from a content script is costly.
const SHADOW_HOST_TAGS = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

export function canHostShadow(localName: string): boolean {
  return SHADOW_HOST_TAGS.has(localName) || localName.includes('-');
}

// Text the reader cannot see is not marked: a page could otherwise plant names in a transparent
// block and read back which ones the extension knows, unseen.
const VISIBILITY: CheckVisibilityOptions = { opacityProperty: true, visibilityProperty: true };
/** A box this thin shows nothing of what it clips (the "visually hidden" pattern is 1 × 1 px). */
const CLIPPED_PX = 1;

/** A box laid out where nothing can scroll to it: left of or above the document's origin. */
function isOffPage(box: DOMRect): boolean {
  return box.right + window.scrollX < 0 || box.bottom + window.scrollY < 0;
}

/** Overflow values that cut off what does not fit in the box. */
const CLIPPING = new Set(['hidden', 'clip', 'scroll', 'auto']);

/**
 * Whether a block shows none of its text: not rendered, transparent, invisible, clipped to (nearly)
 * nothing, or placed off the page. The walk asks once per block and skips the subtree of a hidden
 * one, so descendants are never asked. Style only, for most blocks: the box (which costs a layout,
 * tens of milliseconds on a page the scan has just restyled) is read only for a block that clips its
 * content or is positioned out of the flow.
 */
function isHidden(el: Element): boolean {
  if (isHiddenAttribute(el)) return true;
  if (!rendersVisibly(el, VISIBILITY)) {
    // display:contents has no box of its own, yet its children render.
    return styleOf(el).display !== 'contents';
  }
  const style = styleOf(el);
  const clips = CLIPPING.has(style.overflowX) || CLIPPING.has(style.overflowY);
  const placed = style.position === 'absolute' || style.position === 'fixed';
  if (!clips && !placed) return false;
  const box = rectOf(el);
  if (placed && isOffPage(box)) return true;
  return clips && (box.width <= CLIPPED_PX || box.height <= CLIPPED_PX);
}

/**
 * An element whose whole subtree stays unmarked. Style-based checks (editable, visibility) run on
 * blocks only: they cost a style lookup each, inline elements outnumber blocks several times, and
 * an inline element hidden by a style rule is the rare case (its marks would simply not paint).
 * Type tests use properties, not instanceof: through Firefox's Xray wrappers an instanceof costs
 * several property reads, and this runs for every element of the page.
 */
export function isSkippedElement(el: Element, localName = localNameOf(el)): boolean {
  if (SKIP_TAGS.has(localName) || el === ownHost) return true;
  if (isInlineElement(el, localName)) {
    // Most inline elements carry no attribute at all: one read answers both questions for them.
    if (!elementHasAttributes(el)) return false;
    return (
      elementHasAttribute(el, 'hidden') || (elementHasAttribute(el, 'contenteditable') && isEditable(el))
    );
  }
  if (isEditable(el)) return true;
  return isHidden(el);
}

/** Parent across shadow boundaries: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  const parent = parentNodeOf(node);
  // Node types, not instanceof: through Firefox's wrappers each instanceof costs several reads, and
  // this climbs every level of 500 nested shadow trees. A fragment without a parent in the page is a
  // shadow root (a detached plain fragment is never scanned: scans start from connected nodes).
  if (parent !== null || nodeTypeOf(node) !== Node.DOCUMENT_FRAGMENT_NODE) return parent;
  try {
    return hostOf(node as ShadowRoot);
  } catch {
    return null;
  }
}

/**
 * True when node lies in a subtree that is never marked. Checks every ancestor up to the document, or
 * up to one in `cleared` (checked before: a form field or the extension's UI does not move above it).
 */
export function isInsideSkipped(node: Node, cleared?: WeakSet<Node>): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n !== node && cleared?.has(n)) break;
    if (nodeTypeOf(n) !== Node.ELEMENT_NODE) continue;
    if (SKIP_TAGS.has(localNameOf(n as Element)) || n === ownHost) return true;
  }
  const el = node instanceof Element ? node : parentElementOf(node);
  if (!el) return false;
  if (isEditable(el)) return true;
  // One visibility check covers the ancestors for most causes (no box, transparent, invisible); a
  // clipping or off-page ancestor is found by the walk that reaches it.
  if (closestOf(el, '[hidden]')) return true;
  return isHidden(el);
}

/** Nearest ancestor that is not inline (or the tree's root): text under one block forms one run. */
export function blockOf(node: Node): Node {
  let n: Node = node;
  for (let p = parentNodeOf(n); p; p = parentNodeOf(p)) {
    if (nodeTypeOf(p) !== Node.ELEMENT_NODE || !isInlineElement(p as Element)) return p;
    n = p;
  }
  return n;
}
