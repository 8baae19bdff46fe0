// Navigation that works for web pages and for the extension's own pages in both browsers.

/**
 * Waits until the page shows `url`. The poll can land in the realm the navigation is tearing down, where
 * Firefox's BiDi agent fails in its own code ("right-hand side of 'in' should be an object"); the next
 * poll runs in the new document, so such a failure is retried.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
async function waitForDocument(page, url) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForFunction(
        (expected) => location.href === expected && document.readyState === 'complete',
        {},
        url,
      );
      return;
    } catch (error) {
      // puppeteer reports "Waiting failed" and keeps the driver's message in `cause`.
      const text = `${error} ${error?.cause ?? ''}`;
      if (attempt >= 8 || !/right-hand side of 'in'|context was destroyed/i.test(text)) throw error;
      // Give the navigation time to replace the realm before polling again.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function gotoPage(page, url) {
  if (url.startsWith('moz-extension:')) {
    // Firefox's WebDriver BiDi never reports the load of an extension page, so goto would time out:
    // start the navigation and wait for the document itself instead.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    await waitForDocument(page, url);
  } else {
    await page.goto(url, { waitUntil: 'load' });
  }
}
