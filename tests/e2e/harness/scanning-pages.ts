// Fixture pages for the scanning cases: text the extension must find wherever the page puts it
// (shadow roots, frames, single-page-app views, revealed content) and a page past the mark ceiling.

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** An open shadow root present at load and one attached later, with a name split across elements inside. */
const SHADOW = `
<div><p>Outside the components nothing is marked, <span id="inline-host"></span> not even here.</p></div>
<x-card id="early"></x-card>
<x-card id="late"></x-card>
<script>
  const early = document.getElementById('early').attachShadow({ mode: 'open' });
  early.innerHTML = '<p>Inside, <b>Vladimir</b> Putin spoke.</p>';
  // A span may host a shadow root too, inside a paragraph that itself mentions nothing.
  document.getElementById('inline-host').attachShadow({ mode: 'open' }).innerHTML = '<i>Kyiv</i> replied';
  setTimeout(() => {
    const late = document.getElementById('late').attachShadow({ mode: 'open' });
    late.innerHTML = '<p>Later, NATO answered.</p>';
  }, 600);
</script>`;

/** A same-origin iframe with a URL, one with srcdoc, and an about:blank one filled by the parent's script. */
const FRAMES = `
<p>The frames below hold the names.</p>
<iframe id="child" src="/frame-child"></iframe>
<iframe id="srcdoc" srcdoc="<p>Moscow replied in a srcdoc frame.</p>"></iframe>
<iframe id="blank"></iframe>
<script>
  const blank = document.getElementById('blank');
  blank.contentDocument.body.innerHTML = '<p>Kyiv wrote into an about:blank frame.</p>';
</script>`;

const FRAME_CHILD = page('Child frame', '<p>Zelensky spoke in a child frame.</p>');

/** A single-page app: a click swaps the view and pushes a history entry. */
const SPA = `
<nav><a id="go" href="/spa/next">Next story</a></nav>
<main id="view"><p>First view: Putin spoke.</p></main>
<script>
  document.getElementById('go').addEventListener('click', (e) => {
    e.preventDefault();
    history.pushState({}, '', '/spa/next');
    document.getElementById('view').replaceChildren(
      Object.assign(document.createElement('article'), { textContent: 'Second view: Donald Trump met NATO.' }),
    );
  });
</script>`;

/** Hidden content the page reveals by class, by the hidden attribute, and by opening <details>. */
const REVEAL = `
<style>.collapsed { display: none; }</style>
<p>Visible: Moscow.</p>
<div id="by-class" class="collapsed"><p>Revealed by class: Kyiv.</p></div>
<div id="by-attr" hidden><p>Revealed by attribute: Zelensky.</p></div>
<details id="by-open"><summary>More</summary><p>Revealed by opening: NATO.</p></details>
<button id="reveal" onclick="
  document.getElementById('by-class').classList.remove('collapsed');
  document.getElementById('by-attr').hidden = false;
  document.getElementById('by-open').open = true;
">Reveal</button>`;

/** More mentions than the ceiling allows, and a visible one far down the page where the reader starts. */
export const CEILING_MENTIONS = 12_000;
const MANY = `
<main>${'<p>NATO met NATO and NATO again, then NATO and NATO left.</p>'.repeat(CEILING_MENTIONS / 5)}</main>
<p id="bottom">At the bottom, Zelensky waits.</p>`;

/** A page many screens long: one mention per paragraph, and a different name at the very end. */
export const LONG_MENTIONS = 300;
const LONG = `
<main>${'<p>NATO met again today, and the talks went on for hours with little to show.</p>'.repeat(LONG_MENTIONS)}</main>
<p id="end">At the end, Zelensky waits.</p>`;

export function scanningPages(): Record<string, string> {
  return {
    '/shadow': page('Shadow roots', SHADOW),
    '/frames': page('Frames', FRAMES),
    '/frame-child': FRAME_CHILD,
    '/spa': page('Single-page app', SPA),
    '/reveal': page('Revealed content', REVEAL),
    '/many': page('Many mentions', MANY),
    '/long': page('Long page', LONG),
  };
}
