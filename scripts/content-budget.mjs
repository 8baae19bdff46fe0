// What every page loads at start: the gzipped size of the manifest's content scripts in one build.
// The build fails above CEILING_BYTES, so hover, cards, Preact or the polyfill cannot creep back
// into them (they are injected when first needed: card.js, interaction.js); GOAL_BYTES is issue
// 11's budget, not met yet: what is left is the marking engine (walker, matcher, highlight registry).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GOAL_BYTES = 10 * 1024;
// The marking engine with the overlay for imported names and the registry guard (issue 12); hover,
// cards and the rest come with interaction.js on the first mark.
export const CEILING_BYTES = 17 * 1024;

/** Each content script file of dist/<target> with its gzipped size, and their sum. */
export function contentScriptSizes(distDir) {
  const manifest = JSON.parse(readFileSync(resolve(distDir, 'manifest.json'), 'utf8'));
  const files = [...new Set((manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []))];
  const sizes = files.map((file) => {
    const bytes = readFileSync(resolve(distDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { sizes, gzip: sizes.reduce((sum, s) => sum + s.gzip, 0) };
}

/** Throws when the content scripts of distDir are above the ceiling; returns the line to print. */
export function checkContentBudget(distDir) {
  const { sizes, gzip } = contentScriptSizes(distDir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const line = `content scripts at start: ${kb(gzip)} gzipped (${sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(', ')}; goal ${kb(GOAL_BYTES)})`;
  if (gzip > CEILING_BYTES) throw new Error(`${line}: above the ${kb(CEILING_BYTES)} ceiling`);
  return line;
}
