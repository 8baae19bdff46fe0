// Hostile and heavy pages: each one's own script, in the page's main world, does the attack before
// the content script starts (document_idle). What the reader must see is written next to each page.

const page = (title: string, body: string, head = '') =>
  `<!doctype html><html lang="en" data-factlens-trace><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/**
 * The page replaces the DOM getters and methods a text walk uses with ones that lie or throw (on Node,
 * Element, CharacterData, Document, the global and the built-ins), and clobbers names with named
 * elements: <img name="body"> is document.body and <input name="parentNode"> is its form's parentNode,
 * in every world, the content script's too. The harness reads marks through Range, nodeValue and the
 * highlight registry only, which the page leaves alone.
 */
const PROTOTYPES = `
<script>
  const lie = (proto, name, value) => {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    if (d.get) Object.defineProperty(proto, name, { configurable: true, get: value });
    else Object.defineProperty(proto, name, { configurable: true, writable: true, value });
  };
  const boom = () => { throw new Error('hostile page'); };
  window.__attach = Element.prototype.attachShadow;
  for (const name of ['firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'parentElement', 'childNodes', 'textContent', 'isConnected'])
    lie(Node.prototype, name, () => null);
  lie(Node.prototype, 'parentNode', boom);
  lie(Node.prototype, 'nodeType', () => 8);
  lie(Node.prototype, 'contains', boom);
  lie(Node.prototype, 'getRootNode', boom);
  lie(Node.prototype, 'hasChildNodes', boom);
  lie(CharacterData.prototype, 'data', () => '');
  lie(CharacterData.prototype, 'length', () => 0);
  for (const name of ['localName', 'tagName', 'shadowRoot', 'children', 'firstElementChild', 'nextElementSibling'])
    lie(Element.prototype, name, boom);
  for (const name of ['querySelector', 'querySelectorAll', 'closest', 'hasAttribute', 'hasAttributes', 'getBoundingClientRect', 'checkVisibility', 'attachShadow'])
    lie(Element.prototype, name, boom);
  lie(HTMLElement.prototype, 'hidden', () => true);
  lie(HTMLElement.prototype, 'isContentEditable', () => true);
  lie(Document.prototype, 'createTreeWalker', boom);
  lie(ShadowRoot.prototype, 'adoptedStyleSheets', boom);
  lie(Document.prototype, 'adoptedStyleSheets', boom);
  lie(ShadowRoot.prototype, 'host', boom);
  lie(CSSStyleSheet.prototype, 'replaceSync', boom);
  lie(EventTarget.prototype, 'addEventListener', boom);
  lie(Document.prototype, 'body', () => null);
  lie(Document.prototype, 'documentElement', () => null);
  lie(TreeWalker.prototype, 'nextNode', () => null);
  lie(TreeWalker.prototype, 'nextSibling', () => null);
  lie(MutationObserver.prototype, 'observe', boom);
  window.getComputedStyle = boom;
  window.requestAnimationFrame = boom;
  window.setTimeout = boom;
  window.MessageChannel = function () { throw new Error('hostile page'); };
  Date.now = () => 0;
  Array.prototype.push = boom;
  Array.prototype.some = boom;
  Map.prototype.get = boom;
  Set.prototype.add = boom;
  WeakSet.prototype.has = boom;
  Function.prototype.call = boom;
</script>
<img name="createTreeWalker"><img name="body"><img name="documentElement"><img name="getSelection"><img name="adoptedStyleSheets">
<form name="querySelector"></form><form name="elementFromPoint"></form><form name="caretPositionFromPoint"></form><form name="caretRangeFromPoint"></form>
<main>
  <p id="loaded">At load, Putin spoke in Moscow.</p>
  <div id="later-box"></div>
  <form id="clobbered"><input type="hidden" name="parentNode"><input type="hidden" name="localName"><input type="hidden" name="nodeType"><input type="hidden" name="hasAttributes"><input type="hidden" name="isContentEditable"><input type="hidden" name="hidden"><input type="hidden" name="checkVisibility"><input type="hidden" name="shadowRoot"><input type="hidden" name="querySelector"><input type="hidden" name="children"><input type="hidden" name="getBoundingClientRect"><input type="hidden" name="contains"><input type="hidden" name="isConnected"><input type="hidden" name="firstChild"><input type="hidden" name="textContent"><input type="hidden" name="closest"><input type="hidden" name="attributes"><input type="hidden" name="childElementCount"><input type="hidden" name="parentElement">
    <p>In a form, Donald Trump spoke.</p> NATO outside a paragraph.
  </form>
  <div id="host"></div>
</main>
<script>
  // A shadow root made with the page's own (saved) method, before the page broke it for everyone.
  Reflect.apply(__attach, document.getElementById('host'), [{ mode: 'open' }]).innerHTML = '<p>In a shadow root, Kyiv replied.</p>';
</script>
<script>
  // Added later by the page itself, with its own lying getters still in place.
  window.__addLater = () => {
    const p = document.createElement('p');
    p.id = 'later';
    p.append('Later, Zelensky answered.');
    document.getElementById('later-box').append(p);
  };
</script>`;

/**
 * Custom elements laid out as blocks, a customized built-in paragraph, and a custom element that
 * lies about its own text and tag, each with a name in it; across two blocks the words of one name
 * ("Vladimir" | "Putin") must not join into a mark.
 */
const CUSTOM_ELEMENTS = `
<style>news-item, story-body { display: block; margin: 1em 0; }</style>
<script>
  customElements.define('news-item', class extends HTMLElement {
    get textContent() { return 'Nothing here'; }
    get localName() { return 'script'; }
    get shadowRoot() { throw new Error('hostile page'); }
    get childNodes() { return []; }
  });
  customElements.define('story-body', class extends HTMLElement {
    connectedCallback() { this.dataset.seen = '1'; }
  });
  customElements.define('lying-para', class extends HTMLParagraphElement {
    get textContent() { return ''; }
    get firstChild() { return null; }
    get nodeType() { return 8; }
  }, { extends: 'p' });
</script>
<main>
  <news-item>In a news item, Kyiv replied.</news-item>
  <p is="lying-para">In a customized paragraph, NATO met.</p>
  <story-body>The first block ends with Vladimir</story-body><story-body>Putin starts the second.</story-body>
</main>`;

/**
 * A page whose article is written by document.write while it parses; after load it opens its
 * document again and writes a new one (document.open() erases every listener on the document and
 * the window), and the reader then hovers a name in the new text.
 */
const REOPENED = `
<script>
  document.write('<main><p>Written while parsing: Moscow waited.</p>');
  document.write('<p>Then Donald Trump ' + 'answered.</p></main>');
  window.__reopen = () => {
    document.open();
    document.write('<!doctype html><html lang="en" data-factlens-trace><head><title>Reopened</title></head><body>' +
      '<main><p style="font-size:24px;margin-top:120px">After reopening, Zelensky spoke.</p></main></body></html>');
    document.close();
  };
</script>`;

/** How many shadow roots the heavy pages hold. */
export const FLAT_HOSTS = 3_000;
export const NESTED_DEPTH = 500;

/** 3,000 custom elements side by side, each with an open shadow root holding a sentence; one names Kyiv. */
const FLAT_SHADOWS = `
<main id="cards"></main>
<script>
  customElements.define('flat-card', class extends HTMLElement {});
  const cards = document.getElementById('cards');
  for (let i = 0; i < ${FLAT_HOSTS}; i++) {
    const card = document.createElement('flat-card');
    const p = document.createElement('p');
    p.textContent = i === ${FLAT_HOSTS - 1} ? 'The last card: Kyiv replied.' : 'Card ' + i + ' says NATO met again.';
    card.attachShadow({ mode: 'open' }).append(p);
    cards.append(card);
  }
</script>`;

/** 500 shadow roots, each inside the one before; every level has a sentence, the deepest names Kyiv. */
const NESTED_SHADOWS = `
<main id="outer"></main>
<script>
  let host = document.getElementById('outer');
  for (let i = 0; i < ${NESTED_DEPTH}; i++) {
    const root = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = i === ${NESTED_DEPTH - 1} ? 'The deepest level: Kyiv replied.' : 'Level ' + i + ': NATO met.';
    const next = document.createElement('div');
    root.append(p, next);
    host = next;
  }
</script>`;

/**
 * Names the reader cannot see, one way each, and one they can. Only "Moscow" (visible) may be marked.
 */
const INVISIBLE = `
<style>
  .ghost { opacity: 0; }
  .unseen { visibility: hidden; }
  .zero { width: 0; height: 0; overflow: hidden; }
  .clipped { position: absolute; clip: rect(0 0 0 0); clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; }
  .away { position: absolute; left: -10000px; top: 0; }
</style>
<main>
  <p id="seen">In plain sight, Moscow waited.</p>
  <div class="ghost" id="ghost"><p>Probe one: Putin.</p></div>
  <div class="unseen"><p>Probe two: Zelensky.</p></div>
  <div class="zero"><p>Probe three: Kyiv.</p></div>
  <div class="clipped"><p>Probe four: NATO.</p></div>
  <div class="away"><p>Probe five: Donald Trump.</p></div>
</main>
<button id="show" style="position:absolute;top:0;right:0">Show</button>
<script>
  document.getElementById('show').addEventListener('click', () => {
    document.getElementById('ghost').style.opacity = '1';
  });
</script>`;

export function hostileDomPages(): Record<string, string> {
  return {
    '/hostile/prototypes': page('Lying prototypes', PROTOTYPES),
    '/hostile/custom-elements': page('Custom elements', CUSTOM_ELEMENTS),
    '/hostile/reopened': page('Reopened page', REOPENED),
    '/hostile/flat-shadows': page('Flat shadow roots', FLAT_SHADOWS),
    '/hostile/nested-shadows': page('Nested shadow roots', NESTED_SHADOWS),
    '/hostile/invisible': page('Invisible blocks', INVISIBLE),
  };
}
