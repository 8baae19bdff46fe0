import type { Browser, Page } from 'puppeteer-core';
import { readBuiltDataset, renderDemoPage } from '../../../scripts/demo-page.mjs';
import { launchWithExtension } from '../../../scripts/launch-browser.mjs';
import { servePages } from '../../../scripts/serve-pages.mjs';
import { fixturePages } from './fixture-pages';

export type BrowserKind = 'chrome' | 'firefox';

export interface Session {
  kind: BrowserKind;
  browser: Browser;
  /** Origin of the extension's own pages (chrome-extension://… or moz-extension://…). */
  extensionOrigin: string;
  /** Origin of the loopback server with the fixture pages. */
  origin: string;
  /** Requests the tests' pages tried to make to anything but loopback or the extension. */
  blocked: string[];
  open(pathOrUrl: string): Promise<Page>;
  close(): Promise<void>;
}

function isAllowed(url: string): boolean {
  if (/^(data|blob|about|chrome-extension|moz-extension):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function startSession(kind: BrowserKind): Promise<Session> {
  const server = await servePages({ '/article': renderDemoPage(readBuiltDataset(kind)), ...fixturePages() });
  const { browser, extensionOrigin } = await launchWithExtension({ kind, headless: true, offline: true });
  const blocked: string[] = [];
  return {
    kind,
    browser,
    extensionOrigin,
    origin: server.origin,
    blocked,
    async open(pathOrUrl) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (isAllowed(request.url())) void request.continue();
        else {
          blocked.push(request.url());
          void request.abort();
        }
      });
      const url = /^[a-z-]+:/.test(pathOrUrl) ? pathOrUrl : `${server.origin}${pathOrUrl}`;
      if (kind === 'firefox' && url.startsWith('moz-extension:')) {
        // Firefox's WebDriver BiDi never reports the load of an extension page, so goto would time out:
        // start the navigation and wait for the document itself instead.
        page.goto(url, { timeout: 0 }).catch(() => undefined);
        await page.waitForFunction(
          (expected) => location.href === expected && document.readyState === 'complete',
          {},
          url,
        );
      } else {
        await page.goto(url, { waitUntil: 'load' });
      }
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
