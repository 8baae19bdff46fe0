import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
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
}

export async function startSession(kind: BrowserKind, options: SessionOptions = {}): Promise<Session> {
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
  });
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
      await gotoPage(page, url);
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
  options: SessionOptions = {},
): void {
  describe(`${title} in ${kind === 'chrome' ? 'Chromium' : 'Firefox ESR'}`, () => {
    let current: Session | undefined;
    beforeAll(async () => {
      current = await startSession(kind, options);
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
