// Launches Chromium or Firefox with the built extension loaded, for `npm start` and the e2e tests alike.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX_ADDON_ID = 'factlens@factlens.invalid';
// Fixed so extension pages have a known address; Firefox otherwise picks a random UUID per profile.
export const FIREFOX_EXTENSION_UUID = '7b1f6a52-3c7e-4d0e-9a51-f4c1e0a5d2b8';
/** The page a new install opens (src/background/welcome.ts). */
export const WELCOME_PATH = '/src/welcome/index.html';

const CANDIDATES = {
  chrome: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome'],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
};

/** The browser binary: FACTLENS_CHROMIUM / FACTLENS_FIREFOX when set, else the first usual path that exists. */
export function findBrowser(kind) {
  const fromEnv = kind === 'firefox' ? process.env.FACTLENS_FIREFOX : process.env.FACTLENS_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${fromEnv} (from the environment) does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES[kind].find((p) => existsSync(p));
  if (!found) {
    const variable = kind === 'firefox' ? 'FACTLENS_FIREFOX' : 'FACTLENS_CHROMIUM';
    throw new Error(`no ${kind === 'firefox' ? 'Firefox' : 'Chromium'} found; install it or set ${variable}`);
  }
  return found;
}

/**
 * Installing the extension opens its welcome tab, asynchronously: waiting for it here means callers
 * open their own tabs after it, so it never takes the focus from a page they are driving.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} extensionOrigin
 */
async function welcomeOpened(browser, extensionOrigin) {
  const url = `${extensionOrigin}${WELCOME_PATH}`;
  const deadline = Date.now() + 15000;
  // Firefox's BiDi reports extension pages' tabs as about:blank, so each page is asked where it is.
  const shows = (page) =>
    page
      .evaluate(() => location.href)
      .then(
        (href) => href === url,
        () => false,
      );
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) if (await shows(page)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new NoWelcomePage(`the install opened no welcome page (${url})`);
}

class NoWelcomePage extends Error {}

/** The welcome tab, or the browser closed and NoWelcomePage thrown. */
async function welcomeOrClose(browser, extensionOrigin) {
  try {
    await welcomeOpened(browser, extensionOrigin);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

/**
 * @param {{ kind: 'chrome' | 'firefox', headless: boolean, offline?: boolean, dark?: boolean, windowSize?: [number, number], distDir?: string, firefoxPrefs?: Record<string, string | number | boolean> }} options
 * `offline` makes the browser itself refuse every host but loopback, so nothing can leave the machine.
 * `dark` makes pages see a system that prefers a dark colour scheme.
 * `distDir` loads another build than dist/<kind> (a benchmark's baseline, side by side).
 * `firefoxPrefs` are set in the Firefox profile as well (a test's storage limit, say).
 * @returns {Promise<{ browser: import('puppeteer-core').Browser, extensionOrigin: string }>}
 */
export async function launchWithExtension(options) {
  try {
    return await launchOnce(options);
  } catch (error) {
    if (!(error instanceof NoWelcomePage)) throw error;
    // Seen once in many runs, Firefox on a loaded machine: the install's welcome tab never showed. A
    // browser of its own is what every caller wants; a second, fresh one is asked for once.
    return launchOnce(options);
  }
}

/** @param {Parameters<typeof launchWithExtension>[0]} options */
async function launchOnce({
  kind,
  headless,
  offline = false,
  dark = false,
  windowSize = [1280, 900],
  distDir,
  firefoxPrefs = {},
}) {
  const dir = distDir ? resolve(distDir) : resolve('dist', kind);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build`);
  const executablePath = findBrowser(kind);
  if (kind === 'chrome') {
    const args = [
      `--window-size=${windowSize.join(',')}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    if (offline) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
    if (dark) args.push('--force-dark-mode');
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath,
      headless,
      pipe: true,
      enableExtensions: [dir],
      defaultViewport: null,
      args,
    });
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 15000 },
    );
    // URL.origin is 'null' for non-web schemes, so build it from the host (the extension id).
    const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
    await welcomeOrClose(browser, extensionOrigin);
    return { browser, extensionOrigin };
  }
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
  };
  if (dark) {
    // The system theme Firefox reports, and pages told to follow it (0 would force dark on pages only).
    Object.assign(prefs, {
      'ui.systemUsesDarkTheme': 1,
      'layout.css.prefers-color-scheme.content-override': 3,
    });
  }
  if (offline) {
    // Every request goes to a proxy that does not exist, except loopback, which Firefox never proxies.
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disableIPv6': true,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    defaultViewport: null,
    // Lets the driver open the extension's own moz-extension:// pages (popup, options) as tabs.
    args: [`--width=${windowSize[0]}`, `--height=${windowSize[1]}`, '--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs, ...firefoxPrefs },
  });
  await browser.installExtension(dir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  await welcomeOrClose(browser, extensionOrigin);
  return { browser, extensionOrigin };
}
