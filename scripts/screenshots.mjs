// The pictures in the README, taken by `npm start -- --headless --screenshot FILE [--view …] [--dark]`.
// The dark scheme is set when the browser is launched (see launchWithExtension's `dark`), because
// Firefox, driven over WebDriver BiDi, has no media-feature emulation to switch it per page.
import { gotoPage } from './goto-page.mjs';
import { openCardOn } from './open-card.mjs';

export const VIEWS = ['card', 'popup', 'options'];

/**
 * @param {import('puppeteer-core').Page} page
 * @param {{ view: string, mention: string, demoUrl: string, extensionOrigin: string }} options
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
  if (view === 'options') {
    await page.setViewport({ width: 900, height: 900 });
    await gotoPage(page, `${extensionOrigin}/src/options/index.html`);
    await page.waitForSelector('#marking-enabled');
    await page.waitForSelector('#dataset dd[data-count="articles"]');
    return { fullPage: true };
  }
  throw new Error(`unknown view "${view}": use one of ${VIEWS.join(', ')}`);
}
