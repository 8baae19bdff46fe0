// The alternatives the matcher is measured against, each reduced to "count the mentions in text".

import { createRequire } from 'node:module';
import type { MatchAlias } from '../src/core/protocol';

export interface Scanner {
  name: string;
  count(text: string): number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a developer would write first: one \b(?:…)\b alternation, longest alias first. */
export function regexAlternation(aliases: readonly MatchAlias[]): Scanner {
  const sorted = [...new Set(aliases.map((a) => a.alias))].sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${sorted.map(escapeRegExp).join('|')})\\b`, 'g');
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

/** The floor for any hand-written scan: touch every code unit once and do nothing else. */
export const charCodeAtLoop: Scanner = {
  name: 'charCodeAt',
  count(text) {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum & 1;
  },
};
