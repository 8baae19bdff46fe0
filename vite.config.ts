import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './scripts/dataset-plugin';
import { noHtmlSink } from './scripts/no-html-sink.mjs';

const CARD_FRAME_PAGE = 'src/card-frame/index.html';

// One manifest, two builds: FACTLENS_BROWSER picks the target and dist/<target> the output.
const browser = process.env.FACTLENS_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// The card's code is injected on first hover (see src/content/card-factory.ts), so a page pays for
// it only once a card opens; FACTLENS_CARD=bundled builds it into the content script instead.
const lazyCard = process.env.FACTLENS_CARD !== 'bundled';
// The oldest Firefox with everything the extension uses: CSS.highlights (140) draws the marks,
// text-decoration in ::highlight() (146) draws the default underline, and caretPositionFromPoint's
// shadowRoots option (150) finds a hovered mark inside a shadow root. Firefox for Android alike.
const FIREFOX_MIN_VERSION = '150.0';
// Chromium 140 is the first to let storage.local be kept from content scripts (setAccessLevel).
const CHROME_MIN_VERSION = '140';
// FACTLENS_MINIFY=0 keeps function names, for reading a CPU profile (bench/start-cost-bench.ts --profile).
const minify = process.env.FACTLENS_MINIFY !== '0';

function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  // The lazy card is injected with scripting.executeScript (under the host permissions the manifest
  // already asks for: the popup needs them too, to read the active tab's address without `tabs`).
  const manifest = lazyCard
    ? { ...baseManifest, permissions: [...baseManifest.permissions, 'scripting'] }
    : baseManifest;
  // The card's frame page is the one web-accessible file: pages see it only as the frame the
  // content script puts up. Chromium gives it a per-session address (use_dynamic_url), so a page
  // cannot probe for the extension by its fixed id; Firefox's address has the per-install UUID.
  const cardFrame = { resources: [CARD_FRAME_PAGE], matches: ['http://*/*', 'https://*/*'] };
  if (target === 'chrome')
    return {
      ...manifest,
      minimum_chrome_version: CHROME_MIN_VERSION,
      web_accessible_resources: [{ ...cardFrame, use_dynamic_url: true }],
    } as ManifestV3Export;
  const { service_worker, type } = baseManifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [service_worker], type },
    web_accessible_resources: [cardFrame],
    browser_specific_settings: {
      gecko: {
        id: 'factlens@factlens.invalid',
        strict_min_version: FIREFOX_MIN_VERSION,
        // Nothing leaves the reader's device: no telemetry, no network requests of its own.
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as ManifestV3Export;
}

export default defineConfig({
  define: { 'import.meta.env.VITE_FACTLENS_LAZY_CARD': JSON.stringify(lazyCard ? '1' : '') },
  // The content script's card: only the chosen one is bundled (the IIFE build takes this alias too).
  resolve: lazyCard
    ? {}
    : {
        alias: [
          {
            find: /^\.\/card-factory$/,
            replacement: fileURLToPath(new URL('./src/content/card-factory-bundled.ts', import.meta.url)),
          },
          // Hover, cards and badge too (src/content/interaction-factory.ts): nothing is injected.
          {
            find: /^\.\/interaction-factory$/,
            replacement: fileURLToPath(
              new URL('./src/content/interaction-factory-bundled.ts', import.meta.url),
            ),
          },
        ],
      },
  plugins: [
    noHtmlSink(),
    datasetPlugin(),
    crx({
      manifest: manifestFor(browser),
      browser,
      // A self-contained content script needs no loader and no web_accessible_resources of its own.
      contentScripts: { standaloneFiles: ['src/content/early-style.ts', 'src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: browser === 'chrome' ? 'chrome120' : `firefox${parseInt(FIREFOX_MIN_VERSION, 10)}`,
    minify,
    sourcemap: false,
    rollupOptions: {
      input: {
        article: 'src/article/index.html',
        welcome: 'src/welcome/index.html',
        cardFrame: CARD_FRAME_PAGE,
      },
    },
  },
});
