// Which parts of a page are text to read and how inline content joins into runs.

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

/** Custom elements render inline by default, so they join runs like <span>. */
export function isInlineName(localName: string): boolean {
  return INLINE_TAGS.has(localName) || localName.includes('-');
}

export function isInlineElement(el: Element): boolean {
  return isInlineName(el.localName);
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

function isHidden(el: Element): boolean {
  if ((el as HTMLElement).hidden) return true;
  if (typeof el.checkVisibility !== 'function' || el.checkVisibility()) return false;
  // display:contents has no box of its own, yet its children render.
  return getComputedStyle(el).display !== 'contents';
}

/**
 * An element whose whole subtree stays unmarked. Style-based checks (editable, visibility) run on
 * blocks only: they cost a style lookup each, inline elements outnumber blocks several times, and
 * an inline element hidden by a style rule is the rare case (its marks would simply not paint).
 * Type tests use properties, not instanceof: through Firefox's Xray wrappers an instanceof costs
 * several property reads, and this runs for every element of the page.
 */
export function isSkippedElement(el: Element, localName = el.localName): boolean {
  if (SKIP_TAGS.has(localName) || el === ownHost) return true;
  if (isInlineName(localName)) {
    // Most inline elements carry no attribute at all: one read answers both questions for them.
    if (!el.hasAttributes()) return false;
    return (
      el.hasAttribute('hidden') ||
      (el.hasAttribute('contenteditable') && (el as HTMLElement).isContentEditable === true)
    );
  }
  // SVG and MathML elements have neither property: undefined reads as "no".
  if ((el as HTMLElement).isContentEditable === true) return true;
  return isHidden(el);
}

/** Parent across shadow boundaries: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node instanceof ShadowRoot) return node.host;
  return node.parentNode;
}

/** True when node lies in a subtree that is never marked (checks every ancestor up to the document). */
export function isInsideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) {
    if (n instanceof Element && (SKIP_TAGS.has(n.localName) || n === ownHost)) return true;
  }
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  // One visibility check covers the ancestors: a display:none ancestor leaves no box below it.
  if (el.closest('[hidden]')) return true;
  return isHidden(el);
}

/** Nearest ancestor that is not inline (or the tree's root): text under one block forms one run. */
export function blockOf(node: Node): Node {
  let n: Node = node;
  for (let p = n.parentNode; p; p = p.parentNode) {
    if (p.nodeType !== Node.ELEMENT_NODE || !isInlineElement(p as Element)) return p;
    n = p;
  }
  return n;
}
