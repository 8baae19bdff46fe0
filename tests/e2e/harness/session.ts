import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
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

/**
 * Waits until the page shows `url`. The poll can land in the realm the navigation is tearing down, where
 * Firefox's BiDi agent fails in its own code ("right-hand side of 'in' should be an object"); the next
 * poll runs in the new document, so such a failure is retried.
 */
async function waitForDocument(page: Page, url: string): Promise<void> {
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
      const text = `${error} ${(error as { cause?: unknown }).cause ?? ''}`;
      if (attempt >= 8 || !/right-hand side of 'in'|context was destroyed/i.test(text)) throw error;
      // Give the navigation time to replace the realm before polling again.
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
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
        await waitForDocument(page, url);
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

/**
 * A describe block with its own browser: started before its tests, closed after them, and checked
 * to have sent nothing off the machine. `session()` is valid inside hooks and tests.
 */
export function describeInBrowser(
  kind: BrowserKind,
  title: string,
  body: (session: () => Session) => void,
): void {
  describe(`${title} in ${kind === 'chrome' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let current: Session | undefined;
    beforeAll(async () => {
      current = await startSession(kind);
    });
    afterAll(async () => {
      if (!current) return;
      try {
        expect(current.blocked).toEqual([]);
      } finally {
        await current.close();
      }
    });
    body(() => {
      if (!current) throw new Error('the browser session has not started');
      return current;
    });
  });
}
