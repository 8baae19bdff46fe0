import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './scripts/dataset-plugin';

const CARD_FRAME_PAGE = 'src/card-frame/index.html';

// One manifest, two builds: FACTLENS_BROWSER picks the target and dist/<target> the output.
const browser = process.env.FACTLENS_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// The card's code is injected on first hover (see src/content/card-factory.ts), so a page pays for
// it only once a card opens; FACTLENS_CARD=bundled builds it into the content script instead.
const lazyCard = process.env.FACTLENS_CARD !== 'bundled';

function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  // executeScript needs host permissions, which content_scripts matches do not grant in MV3.
  const manifest = lazyCard
    ? {
        ...baseManifest,
        permissions: [...baseManifest.permissions, 'scripting'],
        host_permissions: ['http://*/*', 'https://*/*'],
      }
    : baseManifest;
  // The card's frame page is the one web-accessible file: pages see it only as the frame the
  // content script puts up. Chromium gives it a per-session address (use_dynamic_url), so a page
  // cannot probe for the extension by its fixed id; Firefox's address has the per-install UUID.
  const cardFrame = { resources: [CARD_FRAME_PAGE], matches: ['http://*/*', 'https://*/*'] };
  if (target === 'chrome')
    return {
      ...manifest,
      web_accessible_resources: [{ ...cardFrame, use_dynamic_url: true }],
    } as ManifestV3Export;
  const { service_worker, type } = baseManifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [service_worker], type },
    web_accessible_resources: [cardFrame],
    browser_specific_settings: { gecko: { id: 'factlens@factlens.invalid', strict_min_version: '128.0' } },
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
        ],
      },
  plugins: [
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
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    minify: true,
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
