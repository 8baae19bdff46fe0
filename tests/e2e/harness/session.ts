import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { readBuiltDataset, renderDemoPage } from '../../../scripts/demo-page.mjs';
import { gotoPage } from '../../../scripts/goto-page.mjs';
import { launchWithExtension } from '../../../scripts/launch-browser.mjs';
import { servePages } from '../../../scripts/serve-pages.mjs';
import { fixturePages } from './fixture-pages';
import { readerPages } from './reader-pages';

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

/** The session as describeInBrowser drives it: pages a test opened are closed after it, passed or failed. */
export interface OwnedSession extends Session {
  beginTest(): void;
  closeTestPages(): Promise<void>;
}

function isAllowed(url: string): boolean {
  if (/^(data|blob|about|chrome-extension|moz-extension):/.test(url)) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export interface SessionOptions {
  /** Pages see a system that prefers a dark colour scheme. */
  darkSystem?: boolean;
  /** Firefox preferences of this session's profile (a storage limit, say). */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function startSession(kind: BrowserKind, options: SessionOptions = {}): Promise<OwnedSession> {
  const server = await servePages({
    '/article': renderDemoPage(readBuiltDataset(kind)),
    ...fixturePages(),
    ...readerPages(),
  });
  const { browser, extensionOrigin } = await launchWithExtension({
    kind,
    headless: true,
    offline: true,
    dark: options.darkSystem === true,
    ...(options.firefoxPrefs ? { firefoxPrefs: options.firefoxPrefs } : {}),
  });
  const blocked: string[] = [];
  // A test that fails half-way must not leave its tabs for the next: another tab at the same URL
  // answers that test's tab lookups, and a card still open there takes its keys.
  let testPages: Page[] | null = null;
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
      testPages?.push(page);
      await gotoPage(page, url);
      return page;
    },
    beginTest() {
      testPages = [];
    },
    async closeTestPages() {
      const pages = testPages ?? [];
      testPages = null;
      await Promise.all(pages.filter((p) => !p.isClosed()).map((p) => p.close().catch(() => undefined)));
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
  options: SessionOptions = {},
): void {
  describe(`${title} in ${kind === 'chrome' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let current: OwnedSession | undefined;
    beforeAll(async () => {
      current = await startSession(kind, options);
    });
    beforeEach(() => current?.beginTest());
    afterEach(async () => {
      await current?.closeTestPages();
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
