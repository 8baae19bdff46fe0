import { fileURLToPath } from 'node:url';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { datasetPlugin } from './scripts/dataset-plugin';

// One manifest, two builds: FACTLENS_BROWSER picks the target and dist/<target> the output.
const browser = process.env.FACTLENS_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// The card's code is injected on first hover (see src/content/card-factory.ts), so a page pays for
// it only once a card opens; FACTLENS_CARD=bundled builds it into the content script instead.
const lazyCard = process.env.FACTLENS_CARD !== 'bundled';
// FACTLENS_MINIFY=0 keeps function names, for reading a CPU profile (bench/start-cost-bench.ts --profile).
const minify = process.env.FACTLENS_MINIFY !== '0';

function manifestFor(target: 'chrome' | 'firefox'): ManifestV3Export {
  // executeScript needs host permissions, which content_scripts matches do not grant in MV3.
  const manifest = lazyCard
    ? {
        ...baseManifest,
        permissions: [...baseManifest.permissions, 'scripting'],
        host_permissions: ['http://*/*', 'https://*/*'],
      }
    : baseManifest;
  if (target === 'chrome') return manifest as ManifestV3Export;
  const { service_worker, type } = baseManifest.background;
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages, not service workers.
    background: { scripts: [service_worker], type },
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
    datasetPlugin(),
    crx({
      manifest: manifestFor(browser),
      browser,
      // A self-contained content script needs no loader and no web_accessible_resources,
      // so pages cannot probe for the extension.
      contentScripts: { standaloneFiles: ['src/content/early-style.ts', 'src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: `dist/${browser}`,
    emptyOutDir: true,
    target: browser === 'chrome' ? 'chrome120' : 'firefox128',
    minify,
    sourcemap: false,
    rollupOptions: {
      input: { article: 'src/article/index.html', welcome: 'src/welcome/index.html' },
    },
  },
});
