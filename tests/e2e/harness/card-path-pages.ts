// Fixture pages for the reader-path tests: an ordinary light article with a second page to leave it
// for (and come Back), a dark one, one zoomed by CSS on the root, and one with names in open shadow roots.
import { createServer } from 'node:http';

const page = (title: string, body: string, html = '') =>
  `<!doctype html><html lang="en"${html}><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const FILLER =
  '<p>The talks went on for hours with little to show, and the delegations left without a statement.</p>';

/** Records every pageshow, so a test can tell a page restored from the back/forward cache. */
const PAGESHOW_LOG = `<script>
  window.factlensTestShows = [];
  addEventListener('pageshow', (e) => window.factlensTestShows.push(e.persisted));
</script>`;

/** A light article (no background of its own: the browser's canvas shows) long enough to scroll. */
const READER = `
<main style="max-width: 640px; margin: 40px auto; font: 18px/1.6 serif">
  <p id="first">Yesterday Putin spoke in Moscow about the war, and few were surprised. <a id="read-on" href="/reader-next">Read on</a></p>
  <p id="second">Vladimir Putin and Zelensky did not meet; NATO said nothing at all.</p>
  ${FILLER.repeat(30)}
  <p id="last">Much later, Kyiv answered.</p>
  <p><a id="next" href="/reader-next">Next story</a></p>
</main>
${PAGESHOW_LOG}`;

const READER_NEXT = '<p>A second page, with nothing to mark.</p>';

const DARK = `
<main style="max-width: 640px; margin: 40px auto; font: 18px/1.6 serif">
  <p>Yesterday Putin spoke in Moscow about the war.</p>
</main>`;

/** The whole page zoomed by CSS, the mark well away from the top-left corner. */
const ZOOMED = `
<main style="margin: 120px 0 0 160px; font: 16px/1.5 serif; max-width: 420px">
  <p>Yesterday Putin spoke in Moscow about the war.</p>
</main>`;

/**
 * Names alternating between the page's own tree and open shadow roots, one nested in another;
 * SHADOW_ORDER is the order the page shows them in.
 */
const SHADOW = `
<main style="font: 18px/1.6 serif">
  <p>First, Moscow spoke.</p>
  <x-note id="one"></x-note>
  <p>Then NATO answered.</p>
  <x-note id="two"></x-note>
</main>
<script>
  const one = document.getElementById('one').attachShadow({ mode: 'open' });
  one.innerHTML = '<p>Inside, Kyiv replied.</p><x-inner id="inner"></x-inner>';
  one.getElementById('inner').attachShadow({ mode: 'open' }).innerHTML = '<p>Deeper, Zelensky waited.</p>';
  document.getElementById('two').attachShadow({ mode: 'open' }).innerHTML = '<p>Last, Donald Trump wrote.</p>';
</script>`;

export const SHADOW_ORDER = ['moscow', 'kyiv', 'volodymyr-zelensky', 'nato', 'donald-trump'];

export function cardPathPages(): Record<string, string> {
  return {
    '/reader': page('Reader', READER),
    '/reader-next': page('Next story', READER_NEXT),
    '/reader-dark': page('Dark page', `<div>${DARK}</div>`).replace(
      '<body>',
      '<body style="background:#121212;color:#e6e6e6">',
    ),
    '/reader-zoomed': page('Zoomed page', ZOOMED, ' style="zoom: 1.5"'),
    '/reader-shadow': page('Shadow names', SHADOW),
  };
}

/**
 * The article and its next page from a loopback server of their own: the fixture server sends
 * `no-store`, which keeps Firefox from putting a page in the back/forward cache at all.
 */
export async function serveCacheablePages(): Promise<{ origin: string; close(): Promise<void> }> {
  const pages = cardPathPages();
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) res.writeHead(404).end();
    // no-cache still revalidates every load, but lets a page be kept for Back.
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        .end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // The browser keeps its connections alive; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}
