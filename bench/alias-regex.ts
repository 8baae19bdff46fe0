// One regular expression for a whole alias list, as a developer would write it for names in any
// script: the `u` flag, and word edges as Unicode letter/number lookarounds, since `\b` only knows
// ASCII word characters (with it, "Анна Иванова" never matches). Longest alias first, so a longer
// name wins over its own prefix. Shared by the Node regex baseline and mark.js's `markRegExp`.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern's source, to build in a page as `new RegExp(source, ALIAS_REGEX_FLAGS)`. */
export function aliasRegExpSource(aliases: readonly string[]): string {
  const sorted = [...new Set(aliases)].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}_])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`;
}

export const ALIAS_REGEX_FLAGS = 'gu';

export function aliasRegExp(aliases: readonly string[]): RegExp {
  return new RegExp(aliasRegExpSource(aliases), ALIAS_REGEX_FLAGS);
}
