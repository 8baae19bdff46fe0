import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkBuildZip,
  checkSourcesZip,
  manifestFiles,
  trackedSources,
  zipBuild,
} from '../../scripts/package.mjs';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MANIFEST = {
  manifest_version: 3,
  background: { scripts: ['src/background/index.js'] },
  content_scripts: [{ js: ['src/content/index.js'] }],
  action: { default_popup: 'src/popup/index.html', default_icon: { 16: 'assets/icon-16.png' } },
  options_ui: { page: 'src/options/index.html' },
  icons: { 16: 'assets/icon-16.png' },
};

/** A dist folder as the build leaves it, with a source map and a stray node_modules in it. */
function distFolder(): string {
  dir = mkdtempSync(join(tmpdir(), 'factlens-package-'));
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(MANIFEST),
    'src/background/index.js': 'self;',
    'src/content/index.js': 'document;',
    'src/content/index.js.map': '{}',
    'src/popup/index.html': '<!doctype html>',
    'src/options/index.html': '<!doctype html>',
    'assets/icon-16.png': 'png',
    'node_modules/left-over/index.js': 'x',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const namesIn = (bytes: Uint8Array) => Object.keys(unzipSync(bytes)).sort();

describe('npm run package', () => {
  it('zips a build with its manifest at the root and every file it names, without maps or node_modules', () => {
    const bytes = zipBuild(distFolder());
    expect(namesIn(bytes)).toEqual([
      'assets/icon-16.png',
      'manifest.json',
      'src/background/index.js',
      'src/content/index.js',
      'src/options/index.html',
      'src/popup/index.html',
    ]);
    expect(JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json']))).toEqual(MANIFEST);
    expect(checkBuildZip(bytes, manifestFiles(MANIFEST))).toEqual([]);
  });

  it('gives the same bytes for the same files (a reviewer can compare zips)', () => {
    const root = distFolder();
    expect(Buffer.from(zipBuild(root)).equals(Buffer.from(zipBuild(root)))).toBe(true);
  });

  it('refuses a zip without its manifest, missing a named file, or with a source map inside', () => {
    const bad = zipSync({
      'src/content/index.js': new TextEncoder().encode('document;'),
      'src/content/index.js.map': new TextEncoder().encode('{}'),
    });
    expect(checkBuildZip(bad, manifestFiles(MANIFEST))).toEqual([
      'no manifest.json at the root',
      'missing src/background/index.js',
      'missing src/popup/index.html',
      'missing src/options/index.html',
      'missing assets/icon-16.png',
      'ships src/content/index.js.map',
    ]);
  });

  it('names every file the manifest points at, skipping globs', () => {
    expect(
      manifestFiles({
        ...MANIFEST,
        web_accessible_resources: [{ resources: ['src/frame/index.html', 'assets/*.js'], matches: [] }],
      }),
    ).toEqual([
      'src/background/index.js',
      'src/content/index.js',
      'src/popup/index.html',
      'src/options/index.html',
      'assets/icon-16.png',
      'src/frame/index.html',
    ]);
  });

  it('takes the tracked build inputs for the sources zip: lockfile and config in, tests and output out', () => {
    const sources = trackedSources();
    expect(sources).toEqual(
      expect.arrayContaining(['package-lock.json', 'vite.config.ts', 'scripts/build.mjs']),
    );
    expect(sources.some((path) => path.startsWith('src/content/'))).toBe(true);
    expect(sources.filter((p) => /^(dist|node_modules|tests|docs)\//.test(p) || p.endsWith('.map'))).toEqual(
      [],
    );
    const zip = zipSync({ 'dist/chrome/manifest.json': readFileSync('package.json') });
    expect(checkSourcesZip(zip)).toContain('ships dist/chrome/manifest.json');
    expect(checkSourcesZip(zip)).toContain('missing package-lock.json');
  });
});
