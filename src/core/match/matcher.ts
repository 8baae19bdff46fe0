// Finds alias mentions in plain text with a CompiledMatcher. DOM-free: the same code runs in unit
// tests, the benchmark and pages. Rules: whole words only; leftmost match first, then the longest
// alias starting there; an alias matches in its own case or in ALL CAPS (so acronyms, already upper
// case, match only as written); whitespace inside an alias matches any whitespace run; apostrophes
// and hyphens are typography-neutral.
//
// Speed comes from where the scan stops: only at code units flagged START (characters some alias can
// begin with, typically capitals), so for most of the text the loop is one table read per character.

import {
  LOWER as IMPORTED_LOWER,
  SPACE as IMPORTED_SPACE,
  START as IMPORTED_START,
  SURROGATE as IMPORTED_SURROGATE,
  WORD as IMPORTED_WORD,
} from './char-class';
// Named imports, not a namespace: a namespace object keeps the whole module (the double array's
// builder) in the content script.
import {
  BASE as IMPORTED_BASE,
  CHECK as IMPORTED_CHECK,
  STRIDE as IMPORTED_STRIDE,
  TERM as IMPORTED_TERM,
} from './double-array';
import { canonCode as importedCanonCode } from './fold';
import {
  type CompiledMatcher,
  SAME_KEY as IMPORTED_SAME_KEY,
  UPPER_FORM as IMPORTED_UPPER_FORM,
} from './tables';
import { isWordAt as importedIsWordAt, isWordBefore as importedIsWordBefore } from './word-chars';

// Module-local copies of what the hot loops use: loaders that rewrite imports into property reads
// (Vite's module runner and vitest, CommonJS output) would otherwise make each use a getter call.
const LOWER = IMPORTED_LOWER;
const SPACE = IMPORTED_SPACE;
const START = IMPORTED_START;
const SURROGATE = IMPORTED_SURROGATE;
const WORD = IMPORTED_WORD;
const canonCode = importedCanonCode;
const isWordAt = importedIsWordAt;
const isWordBefore = importedIsWordBefore;
const SAME_KEY = IMPORTED_SAME_KEY;
const STRIDE = IMPORTED_STRIDE;
const BASE = IMPORTED_BASE;
const CHECK = IMPORTED_CHECK;
const TERM = IMPORTED_TERM;
const UPPER_FORM = IMPORTED_UPPER_FORM;

export interface Match {
  /** UTF-16 offset of the first character of the mention. */
  start: number;
  /** UTF-16 offset just past the mention (a possessive "'s" is not part of it). */
  end: number;
  entityId: string;
  /** The alias, whitespace-normalised (trimmed, runs collapsed to one space). */
  alias: string;
}

export interface Matcher {
  scan(text: string): Match[];
  /** Number of distinct usable aliases; aliases that cannot match (empty, leading punctuation) are dropped. */
  readonly size: number;
}

const SPACE_CODE = 0x20;

const utf8 = new TextDecoder();

function decode(units: Uint8Array, offsets: Int32Array, i: number): string {
  return utf8.decode(units.subarray(offsets[i] as number, offsets[i + 1] as number));
}

/**
 * `starts` is startPattern(t.cls), when the caller has it: the worker computes it once per dataset,
 * so a page does not walk the 65,536-entry class table before its first scan.
 */
export function createMatcher(t: CompiledMatcher, starts?: string): Matcher {
  const { cls, sym, trie, tail, entryFlags } = t;
  // A terminal is met at most a few times per mention, so its alias is read as a (cached) string.
  const entries = t.entryEntity.length;
  // Strings are decoded on first use only: a page mentions a few dozen of 50,000 aliases.
  const aliasCache: Array<string | undefined> = [];
  const entityCache: Array<string | undefined> = [];
  const aliasOf = (e: number): string => {
    let alias = aliasCache[e];
    if (alias === undefined) {
      alias = decode(t.forms, t.formStart, e);
      aliasCache[e] = alias;
    }
    return alias;
  };
  const entityOf = (e: number): string => {
    const id = t.entryEntity[e] as number;
    let entityId = entityCache[id];
    if (entityId === undefined) {
      entityId = decode(t.entityIds, t.entityStart, id);
      entityCache[id] = entityId;
    }
    return entityId;
  };

  const wordAt = (text: string, i: number): boolean => {
    if (i >= text.length) return false;
    const f = cls[text.charCodeAt(i)] as number;
    return f & SURROGATE ? isWordAt(text, i) : (f & WORD) !== 0;
  };
  const wordBefore = (text: string, i: number): boolean => {
    if (i <= 0) return false;
    const f = cls[text.charCodeAt(i - 1)] as number;
    return f & SURROGATE ? isWordBefore(text, i) : (f & WORD) !== 0;
  };

  /** True when text[start, end) spells entry's alias exactly, up to typography and whitespace runs. */
  const spellsExactly = (text: string, start: number, end: number, entry: number): boolean => {
    let i = start;
    const form = aliasOf(entry);
    for (let f = 0; f < form.length; f++) {
      if (i >= end) return false;
      const want = canonCode(form.charCodeAt(f));
      const code = text.charCodeAt(i);
      if (want === SPACE_CODE) {
        if (!((cls[code] as number) & SPACE)) return false;
        while (i < end && (cls[text.charCodeAt(i)] as number) & SPACE) i++;
        continue;
      }
      if (canonCode(code) !== want) return false;
      i++;
    }
    return i === end;
  };

  /** Entry chosen at a terminal node: exact spelling first, else (text in ALL CAPS) the first; -1 if none. */
  const pick = (node: number, text: string, start: number, end: number, allUpper: boolean): number => {
    const first = trie[node * STRIDE + TERM] as number;
    for (let e = first; e === first || (entryFlags[e] as number) & SAME_KEY; e++) {
      // A form in capitals is spelled exactly by the text iff the text is in capitals too (the trie
      // matched it up to case): no character-by-character check. "The" meets the acronym THE often.
      if ((entryFlags[e] as number) & UPPER_FORM) {
        if (allUpper) return e;
      } else if (spellsExactly(text, start, end, e)) return e;
    }
    return allUpper ? first : -1;
  };

  // The longest match found by longestAt, as two numbers so a failed attempt allocates nothing.
  let bestEnd = -1;
  let bestEntry = -1;

  const longestAt = (text: string, start: number): void => {
    const n = text.length;
    let node = 0;
    let i = start;
    let allUpper = true;
    // Where the walk is in the tail of the node it reached (tables.ts), or -1 while in the trie.
    let at = -1;
    bestEnd = -1;
    while (i < n) {
      const code = text.charCodeAt(i);
      const f = cls[code] as number;
      const s = sym[code] as number;
      if (s === 0) break;
      if (f & SPACE) {
        i++;
        while (i < n && (cls[text.charCodeAt(i)] as number) & SPACE) i++;
      } else {
        if (f & LOWER) allUpper = false;
        i++;
      }
      if (at >= 0) {
        // In a tail: one key left, so no terminal before its end, and nothing longer after it.
        if (tail[at] !== s) break;
        at++;
        if (tail[at] === 0) {
          if (!(wordBefore(text, i) && wordAt(text, i))) record(node, text, start, i, allUpper);
          break;
        }
        continue;
      }
      const next = (trie[node * STRIDE + BASE] as number) + s;
      if (trie[next * STRIDE + CHECK] !== node) break;
      node = next;
      const base = trie[node * STRIDE + BASE] as number;
      // A tail is never empty: its node's entry ends further on.
      if (base < 0) at = -1 - base;
      else if ((trie[node * STRIDE + TERM] as number) >= 0 && !(wordBefore(text, i) && wordAt(text, i))) {
        record(node, text, start, i, allUpper);
      }
    }
  };

  /** Keeps the entry of this terminal as the longest match so far, if the text spells one of its aliases. */
  const record = (node: number, text: string, start: number, end: number, allUpper: boolean): void => {
    const e = pick(node, text, start, end, allUpper);
    if (e >= 0) {
      bestEnd = end;
      bestEntry = e;
    }
  };

  const finder = new RegExp(starts ?? startPattern(cls), 'g');

  return {
    size: entries,
    scan(text) {
      const matches: Match[] = [];
      finder.lastIndex = 0;
      // The regex engine skips to the next character that can start a mention faster than any
      // JavaScript loop can; the checks that need context run only there.
      while (finder.test(text)) {
        const i = finder.lastIndex - 1;
        if (wordBefore(text, i)) continue;
        if ((cls[text.charCodeAt(i)] as number) & SURROGATE && !isWordAt(text, i)) continue;
        longestAt(text, i);
        if (bestEnd < 0) continue;
        matches.push({ start: i, end: bestEnd, entityId: entityOf(bestEntry), alias: aliasOf(bestEntry) });
        finder.lastIndex = bestEnd;
      }
      return matches;
    },
  };
}

/** The source of a regex matching one code unit flagged START, as a class of ranges; never matching when none is. */
export function startPattern(cls: Uint8Array): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let c = 0; c < cls.length; c++) {
    if (!((cls[c] as number) & START)) continue;
    let end = c;
    while (end + 1 < cls.length && (cls[end + 1] as number) & START) end++;
    ranges += end > c ? `${hex(c)}-${hex(end)}` : hex(c);
    c = end;
  }
  // Used without the u flag: the class is over UTF-16 code units, so lastIndex stays a code-unit offset.
  return ranges === '' ? '[^\\s\\S]' : `[${ranges}]`;
}
