// The pictures in the README, taken by `npm start -- --headless --screenshot FILE [--view …] [--dark]`.
// The dark scheme is set when the browser is launched (see launchWithExtension's `dark`), because
// Firefox, driven over WebDriver BiDi, has no media-feature emulation to switch it per page.
import { gotoPage } from './goto-page.mjs';
import { openCardOn } from './open-card.mjs';

export const VIEWS = ['card', 'popup', 'popup-page', 'options', 'welcome'];

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ view: string, mention: string, demoUrl: string, extensionOrigin: string }} options
 * @returns {Promise<{ fullPage: boolean, shot?: import('puppeteer-core').Page }>} `shot`: the page to picture, when it is not `page`
 */
export async function prepareView(page, { view, mention, demoUrl, extensionOrigin }) {
  if (view === 'card') {
    await page.setViewport({ width: 1100, height: 760 });
    await gotoPage(page, demoUrl);
    await openCardOn(page, mention);
    return { fullPage: false };
  }
  if (view === 'popup') {
    // The popup as a tab the size of the toolbar popup, showing a search.
    await page.setViewport({ width: 400, height: 600 });
    await gotoPage(page, `${extensionOrigin}/src/popup/index.html`);
    await page.waitForSelector('#search');
    await page.type('#search', 'ceasefire');
    await page.waitForSelector('#results-list [role="option"]');
    return { fullPage: false };
  }
  if (view === 'popup-page') {
    // The popup reporting on the demo tab: its state line, the site and pause switches, what is marked.
    await gotoPage(page, demoUrl);
    await page.waitForFunction(
      () => CSS.highlights.size > 0 && [...CSS.highlights.values()].some((h) => h.size > 0),
    );
    const popup = await page.browser().newPage();
    await popup.setViewport({ width: 400, height: 600 });
    await gotoPage(popup, `${extensionOrigin}/src/popup/index.html`);
    const tabId = await popup.evaluate(async (url) => {
      const api = globalThis.browser ?? globalThis.chrome;
      return (await api.tabs.query({})).find((t) => t.url === url)?.id;
    }, demoUrl);
    await gotoPage(popup, `${extensionOrigin}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('#site-state');
    await popup.waitForSelector('.mention');
    return { fullPage: false, shot: popup };
  }
  if (view === 'welcome') {
    await page.setViewport({ width: 900, height: 900 });
    await gotoPage(page, `${extensionOrigin}/src/welcome/index.html`);
    await page.waitForSelector('main');
    return { fullPage: true };
  }
  if (view === 'options') {
    await page.setViewport({ width: 900, height: 900 });
    await gotoPage(page, `${extensionOrigin}/src/options/index.html`);
    await page.waitForSelector('#marking-enabled');
    await page.waitForSelector('#dataset dd[data-count="articles"]');
    return { fullPage: true };
  }
  throw new Error(`unknown view "${view}": use one of ${VIEWS.join(', ')}`);
}
