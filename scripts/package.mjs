// `npm run package`: zips dist/chrome and dist/firefox for the stores, and the sources that
// addons.mozilla.org asks for (the tracked files a reviewer needs to rebuild the Firefox zip with the
// README's steps). Each zip is read back and checked before the script reports success.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

export const PACKAGES = {
  chrome: 'dist/factlens-chrome.zip',
  firefox: 'dist/factlens-firefox.zip',
  sources: 'dist/factlens-sources.zip',
};

/** What a rebuild needs: the code, the build scripts, the bundled articles and the pinned lockfile. */
export const SOURCE_ROOTS = [
  'src/',
  'scripts/',
  'assets/',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'README.md',
  'tsconfig.json',
  'vite.config.ts',
];

// A fixed date (the zip format's earliest is 1980) makes the same files give the same zip bytes.
const MTIME = new Date('1980-01-02T00:00:00Z');

/** Never shipped: source maps reveal nothing a reviewer needs and cost the reader download size. */
const isShippable = (path) => !path.endsWith('.map') && !path.split('/').includes('node_modules');

/** Every file under dir, as zip paths ('/'-separated, relative to dir), in name order. */
export function filesUnder(dir) {
  const out = [];
  const walk = (at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Tracked files under SOURCE_ROOTS, from git: untracked local files never reach the sources zip. */
export function trackedSources(cwd = process.cwd()) {
  const listed = execFileSync('git', ['ls-files', '-z', '--', ...SOURCE_ROOTS], { cwd, encoding: 'utf8' });
  return listed.split('\0').filter((path) => path !== '' && isShippable(path));
}

/** Zip bytes of the named files, read from root. */
export function zipFiles(root, paths) {
  const entries = {};
  for (const path of paths) entries[path] = [readFileSync(join(root, path)), { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}

/** The build zip of one dist folder: its files at the zip's root, without source maps. */
export function zipBuild(distDir) {
  return zipFiles(distDir, filesUnder(distDir).filter(isShippable));
}

/** The files a built manifest names (background, content scripts, pages, icons), so none can go missing. */
export function manifestFiles(manifest) {
  const files = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]),
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []),
  ];
  // Globs in web_accessible_resources name no one file.
  return [...new Set(files.filter((path) => typeof path === 'string' && !path.includes('*')))];
}

/**
 * Problems with a build zip: it must have manifest.json at its root and every file the manifest names
 * or the build wrote (expected), and no source map or node_modules. Empty when it is fine.
 */
export function checkBuildZip(bytes, expected) {
  const names = Object.keys(unzipSync(bytes));
  const problems = [];
  if (!names.includes('manifest.json')) problems.push('no manifest.json at the root');
  for (const path of expected) if (!names.includes(path)) problems.push(`missing ${path}`);
  for (const path of names) if (!isShippable(path)) problems.push(`ships ${path}`);
  return problems;
}

/** Problems with a sources zip: the lockfile and build files must be there, no build output. */
export function checkSourcesZip(bytes) {
  const names = Object.keys(unzipSync(bytes));
  const problems = [];
  for (const path of ['package.json', 'package-lock.json', 'manifest.json', 'README.md', 'vite.config.ts']) {
    if (!names.includes(path)) problems.push(`missing ${path}`);
  }
  for (const path of names) {
    if (path.startsWith('dist/') || !isShippable(path)) problems.push(`ships ${path}`);
  }
  return problems;
}

function write(path, bytes, problems) {
  if (problems.length > 0) throw new Error(`${path} is not right:\n  ${problems.join('\n  ')}`);
  writeFileSync(path, bytes);
  console.log(`wrote ${path} (${(bytes.length / 1024).toFixed(0)} KB)`);
}

function main() {
  for (const target of ['chrome', 'firefox']) {
    const dir = `dist/${target}`;
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    } catch {
      throw new Error(`${dir}/manifest.json is missing or unreadable: run \`npm run build\` first`);
    }
    if (target === 'firefox' && !manifest.browser_specific_settings?.gecko) {
      throw new Error(`${dir} is not a Firefox build (no browser_specific_settings.gecko)`);
    }
    const bytes = zipBuild(dir);
    const expected = new Set([...manifestFiles(manifest), ...filesUnder(dir).filter(isShippable)]);
    write(PACKAGES[target], bytes, checkBuildZip(bytes, [...expected]));
  }
  const sources = zipFiles('.', trackedSources());
  write(PACKAGES.sources, sources, checkSourcesZip(sources));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(sep).pop())) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
