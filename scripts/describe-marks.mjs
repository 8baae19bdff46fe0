// Reads what Factlens has marked in a tab by asking its content script (the describeMarks message)
// from one of the extension's own pages: names from imported articles are drawn where the page's own
// world cannot see them, so the registry alone no longer tells. Used by the e2e harness and scripts.
import { FIREFOX_EXTENSION_UUID } from './launch-browser.mjs';

/** @type {WeakMap<import('puppeteer-core').Browser, import('puppeteer-core').Page>} */
const senders = new WeakMap();

const isExtensionUrl = (url) => /^(chrome|moz)-extension:\/\//.test(url);

/** An extension page of this browser to send from: one already open (the welcome tab), else the options page. */
async function senderPage(browser) {
  const cached = senders.get(browser);
  if (cached && !cached.isClosed()) return cached;
  for (const page of await browser.pages()) {
    // Firefox's BiDi reports extension pages' tabs as about:blank, so each page is asked where it is.
    const href = isExtensionUrl(page.url())
      ? page.url()
      : await page.evaluate(() => location.href).catch(() => '');
    if (isExtensionUrl(href)) {
      senders.set(browser, page);
      return page;
    }
  }
  const worker = browser.targets().find((t) => t.type() === 'service_worker' && isExtensionUrl(t.url()));
  const origin = worker
    ? `chrome-extension://${new URL(worker.url()).host}`
    : `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const page = await browser.newPage();
  await page.goto(`${origin}/src/options/index.html`);
  senders.set(browser, page);
  return page;
}

/**
 * Every mark painted in the page's top frame now (bundled names in the registry, imported ones in the
 * overlay), in page order, with its first box; [] before the content script answers.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<Array<{ text: string, layer: 'shared' | 'overlay', rect: { x: number, y: number, width: number, height: number } | null }>>}
 */
export async function describeMarks(page) {
  const url = page.url();
  const timeOrigin = await page.evaluate(() => performance.timeOrigin);
  for (let attempt = 0; ; attempt++) {
    const sender = await senderPage(page.browser());
    try {
      const marks = await sender.evaluate(
        async (u, t) => {
          const scope = /** @type {any} */ (globalThis);
          const api = scope.browser ?? scope.chrome;
          const tabs = await api.tabs.query({});
          const atUrl = tabs.filter((tab) => tab.url === u);
          const candidates = atUrl.length > 0 ? atUrl : tabs;
          for (const tab of candidates) {
            try {
              const reply = await api.tabs.sendMessage(
                tab.id,
                { factlens: 1, type: 'describeMarks', payload: {} },
                { frameId: 0 },
              );
              // Two tabs at one URL: the document's time origin tells which one is the page asked about.
              const same = Math.abs(reply?.value?.timeOrigin - t) < 1 || atUrl.length === 1;
              if (reply?.ok && same) return reply.value.marks;
            } catch {
              // No content script there (yet): nothing marked.
            }
          }
          return [];
        },
        url,
        timeOrigin,
      );
      return marks;
    } catch (error) {
      // The sender page was closed or navigated by a test: pick another once.
      senders.delete(page.browser());
      if (attempt > 0) throw error;
    }
  }
}
