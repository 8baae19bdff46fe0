// Pages for the hostile-card suite: an ordinary article with two marked names, and the same article
// with a script at the top that defines the custom element the card's host once was, before any
// content script runs. Served on their own loopback port (the harness lets loopback through).
import { servePages } from '../../../scripts/serve-pages.mjs';

const ARTICLE = `
<main style="max-width: 640px; margin: 40px auto; font: 18px/1.6 serif">
  <p id="first">Yesterday Vladimir Putin spoke in Moscow about the war, and few were surprised.</p>
  <p>The talks went on for hours with little to show, and the delegations left without a statement.</p>
  <p id="second">Later Kyiv answered, and the statement was short.</p>
  <div style="height: 1200px"></div>
</main>`;

/** Runs before the content scripts: whatever the page defines under the old host's name wins. */
const DEFINE_HOST_NAME = `<script>
  customElements.define('factlens-card-host', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }); }
  });
</script>`;

const page = (title: string, head: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${ARTICLE}</body></html>`;

export async function serveHostilePages(): Promise<{ origin: string; close(): Promise<void> }> {
  return servePages({
    '/hostile': page('Hostile page', ''),
    '/hostile-element': page('Page that defines the host element', DEFINE_HOST_NAME),
  });
}
