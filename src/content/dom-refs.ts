// The DOM getters and methods the scan uses, taken from the prototypes when the content script starts
// and called on each node directly. A page cannot replace the content script's prototypes (Chromium's
// isolated world and Firefox's Xray wrappers keep them apart), but it can shadow them on its own
// nodes: a <form> or the document has named properties that win over built-ins ("LegacyOverrideBuiltIns"),
// so `<input name="parentNode">` makes form.parentNode that input and `<img name="body">` makes
// document.body that image, in every world. A getter taken from the prototype ignores them.

type Fn = (...args: never[]) => unknown;

/** The property as the prototype (or the nearest one above it) defines it. */
function ownDescriptor(proto: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

// A DOM without the property on its prototypes (the unit tests' simulated DOM defines some per
// object) is read by name: there is no page to guard against there.
function getterOf<T, R>(proto: object, name: string): (self: T) => R {
  const get = ownDescriptor(proto, name)?.get;
  if (!get) return (self) => (self as Record<string, unknown>)[name] as R;
  return (self) => get.call(self) as R;
}

function methodOf<F extends Fn>(proto: object, name: string): F {
  const method = ownDescriptor(proto, name)?.value as F | undefined;
  if (typeof method === 'function') return method;
  return function (this: Record<string, Fn>, ...args: never[]) {
    return (this[name] as Fn)(...args);
  } as F;
}

const NodeProto = Node.prototype;
const ElementProto = Element.prototype;
const HTMLProto = HTMLElement.prototype;
const DocumentProto = Document.prototype;

export const parentNodeOf = /* @__PURE__ */ getterOf<Node, Node | null>(NodeProto, 'parentNode');
export const parentElementOf = /* @__PURE__ */ getterOf<Node, Element | null>(NodeProto, 'parentElement');
export const nodeTypeOf = /* @__PURE__ */ getterOf<Node, number>(NodeProto, 'nodeType');
export const isConnected = /* @__PURE__ */ getterOf<Node, boolean>(NodeProto, 'isConnected');
/** An element's text (looked up from Element, where test DOMs define it; browsers have it on Node). */
export const textContentOf = /* @__PURE__ */ getterOf<Element, string | null>(ElementProto, 'textContent');
const contains = /* @__PURE__ */ methodOf<(this: Node, other: Node | null) => boolean>(NodeProto, 'contains');
export const containsNode = (outer: Node, inner: Node): boolean => contains.call(outer, inner);

export const localNameOf = /* @__PURE__ */ getterOf<Element, string>(ElementProto, 'localName');
export const shadowRootOf = /* @__PURE__ */ getterOf<Element, ShadowRoot | null>(ElementProto, 'shadowRoot');
export const childrenOf = /* @__PURE__ */ getterOf<Element, HTMLCollection>(ElementProto, 'children');
export const childElementCountOf = /* @__PURE__ */ getterOf<Element, number>(
  ElementProto,
  'childElementCount',
);
const hasAttributes = /* @__PURE__ */ methodOf<(this: Element) => boolean>(ElementProto, 'hasAttributes');
const hasAttribute = /* @__PURE__ */ methodOf<(this: Element, name: string) => boolean>(
  ElementProto,
  'hasAttribute',
);
const closest = /* @__PURE__ */ methodOf<(this: Element, selector: string) => Element | null>(
  ElementProto,
  'closest',
);
const querySelector = /* @__PURE__ */ methodOf<(this: ParentNode, selector: string) => Element | null>(
  ElementProto,
  'querySelector',
);
const querySelectorAll = /* @__PURE__ */ methodOf<
  (this: ParentNode, selector: string) => NodeListOf<Element>
>(ElementProto, 'querySelectorAll');
const boundingRect = /* @__PURE__ */ methodOf<(this: Element) => DOMRect>(
  ElementProto,
  'getBoundingClientRect',
);
export const elementHasAttributes = (el: Element): boolean => hasAttributes.call(el);
export const elementHasAttribute = (el: Element, name: string): boolean => hasAttribute.call(el, name);
export const closestOf = (el: Element, selector: string): Element | null => closest.call(el, selector);
export const queryIn = (el: Element, selector: string): Element | null => querySelector.call(el, selector);
export const queryAllIn = (el: Element, selector: string): NodeListOf<Element> =>
  querySelectorAll.call(el, selector);
export const rectOf = (el: Element): DOMRect => boundingRect.call(el);
const fragmentQueryAll = /* @__PURE__ */ methodOf<
  (this: ParentNode, selector: string) => NodeListOf<Element>
>(DocumentFragment.prototype, 'querySelectorAll');
export const queryAllInFragment = (root: DocumentFragment, selector: string): NodeListOf<Element> =>
  fragmentQueryAll.call(root, selector);

// Chromium 105+, Firefox 106+; absent elsewhere, where only the hidden attribute and styles decide.
const checkVisibility = (ElementProto as Partial<Element>).checkVisibility as
  | ((this: Element, options?: CheckVisibilityOptions) => boolean)
  | undefined;
/** False when the element has no box, or it or an ancestor is transparent or invisible. */
export const rendersVisibly = (el: Element, options: CheckVisibilityOptions): boolean =>
  checkVisibility ? checkVisibility.call(el, options) : true;

const hiddenGet = /* @__PURE__ */ getterOf<HTMLElement, boolean>(HTMLProto, 'hidden');
const editableGet = /* @__PURE__ */ getterOf<HTMLElement, boolean>(HTMLProto, 'isContentEditable');
/** SVG and MathML elements have neither property: they count as neither hidden nor editable. */
const isHtml = (el: Element): el is HTMLElement => el instanceof HTMLElement;
export const isHiddenAttribute = (el: Element): boolean => isHtml(el) && hiddenGet(el);
export const isEditable = (el: Element): boolean => isHtml(el) && editableGet(el);

export const hostOf = /* @__PURE__ */ getterOf<ShadowRoot, Element>(ShadowRoot.prototype, 'host');

const bodyGet = /* @__PURE__ */ getterOf<Document, HTMLElement | null>(DocumentProto, 'body');
const rootGet = /* @__PURE__ */ getterOf<Document, HTMLElement | null>(DocumentProto, 'documentElement');
const createWalker = /* @__PURE__ */ methodOf<(this: Document, root: Node, show: number) => TreeWalker>(
  DocumentProto,
  'createTreeWalker',
);
export const documentBody = (): HTMLElement | null => bodyGet(document);
export const documentRoot = (): HTMLElement | null => rootGet(document);
export const treeWalker = (root: Node, show: number): TreeWalker => createWalker.call(document, root, show);

const computedStyle = window.getComputedStyle.bind(window);
export const styleOf = (el: Element): CSSStyleDeclaration => computedStyle(el);
