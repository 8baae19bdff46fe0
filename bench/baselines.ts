// The alternatives the matcher is measured against, each reduced to "count the mentions in text".

import { createRequire } from 'node:module';
import type { MatchAlias } from '../src/core/protocol';
import { aliasRegExp } from './alias-regex';

export interface Scanner {
  name: string;
  count(text: string): number;
}

/**
 * What a developer would write first: one alternation of every alias, longest first, with the `u`
 * flag and Unicode word edges (see alias-regex.ts), so Cyrillic and accented names match too.
 */
export function regexAlternation(aliases: readonly MatchAlias[]): Scanner {
  const re = aliasRegExp(aliases.map((a) => a.alias));
  return {
    name: 'regex',
    count(text) {
      re.lastIndex = 0;
      let n = 0;
      while (re.exec(text) !== null) n++;
      return n;
    },
  };
}

interface AhoCorasickClass {
  new (keywords: string[]): { search(text: string): Array<[number, string[]]> };
}

/** The npm `ahocorasick` package: plain substring matches, no word boundaries or case rules. */
export function npmAhoCorasick(aliases: readonly MatchAlias[]): Scanner {
  // A CommonJS package without types: its constructor shape is declared above.
  const AhoCorasick = createRequire(import.meta.url)('ahocorasick') as AhoCorasickClass;
  const ac = new AhoCorasick([...new Set(aliases.map((a) => a.alias))]);
  return {
    name: 'ahocorasick',
    count(text) {
      let n = 0;
      for (const [, words] of ac.search(text)) n += words.length;
      return n;
    },
  };
}
