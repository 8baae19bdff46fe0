// Finds alias mentions in plain text. DOM-free: the same code runs in unit tests and in pages.
// Rules: whole words only; leftmost match first, then the longest alias starting there; an alias
// matches in its own case or in ALL CAPS (so acronyms, already upper case, match only as written);
// whitespace inside an alias matches any whitespace run; apostrophes and hyphens are typography-neutral.

import type { MatchAlias } from '../protocol';
import { canonCode, foldCode, foldString, normaliseAlias } from './fold';
import { buildTrie } from './trie';
import { isSpaceCode, isWordAt, isWordBefore } from './word-chars';

export interface Match {
  /** UTF-16 offset of the first character of the mention. */
  start: number;
  /** UTF-16 offset just past the mention (a possessive "'s" is not part of it). */
  end: number;
  entityId: string;
  /** The alias as given to buildMatcher. */
  alias: string;
}

export interface Matcher {
  scan(text: string): Match[];
  /** Number of distinct usable aliases; aliases that cannot match (empty, leading punctuation) are dropped. */
  readonly size: number;
}

interface Entry {
  key: string;
  /** Normalised alias, for the exact-case check. */
  form: string;
  alias: string;
  entityId: string;
}

const SPACE = 0x20;

/** Keeps aliases that can start a match: a scan only begins at word starts. */
function toEntries(aliases: readonly MatchAlias[]): Entry[] {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const { alias, entityId } of aliases) {
    const form = normaliseAlias(alias);
    if (form === '' || !isWordAt(form, 0)) continue;
    const dedupe = `${entityId}\u0000${form}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    entries.push({ key: foldString(form), form, alias, entityId });
  }
  // Stable sort: aliases that fold to the same key keep their input order, which breaks ties.
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** True when text[start, end) spells form exactly, up to typography and whitespace runs. */
function spellsExactly(text: string, start: number, end: number, form: string): boolean {
  let t = start;
  for (let f = 0; f < form.length; f++) {
    if (t >= end) return false;
    const want = canonCode(form.charCodeAt(f));
    const code = text.charCodeAt(t);
    if (want === SPACE) {
      if (!isSpaceCode(code)) return false;
      while (t < end && isSpaceCode(text.charCodeAt(t))) t++;
      continue;
    }
    if (canonCode(code) !== want) return false;
    t++;
  }
  return t === end;
}

export function buildMatcher(aliases: readonly MatchAlias[]): Matcher {
  const entries = toEntries(aliases);
  const trie = buildTrie(entries.map((e) => e.key));

  /** Best entry ending at node for text[start, end), or undefined when case rules reject all. */
  function pick(
    node: number,
    text: string,
    start: number,
    end: number,
    allUpper: boolean,
  ): Entry | undefined {
    const first = trie.terminalStart(node);
    const count = trie.terminalCount(node);
    let upperHit: Entry | undefined;
    for (let k = first; k < first + count; k++) {
      const entry = entries[k] as Entry;
      if (spellsExactly(text, start, end, entry.form)) return entry;
      if (allUpper && !upperHit) upperHit = entry;
    }
    return upperHit;
  }

  /** Longest acceptable match starting at a word start, or undefined. */
  function longestAt(text: string, start: number): Match | undefined {
    const n = text.length;
    let node = 0;
    let i = start;
    // Whether every character so far is already in upper case: then the text is the alias in ALL CAPS.
    let allUpper = true;
    let best: Match | undefined;
    while (i < n) {
      const code = text.charCodeAt(i);
      let next: number;
      if (isSpaceCode(code)) {
        next = trie.child(node, SPACE);
        if (next < 0) break;
        i++;
        while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
      } else {
        const folded = foldCode(code);
        next = trie.child(node, folded);
        if (next < 0) break;
        if (folded !== canonCode(code)) allUpper = false;
        i++;
      }
      node = next;
      if (trie.terminalCount(node) > 0 && !(isWordBefore(text, i) && isWordAt(text, i))) {
        const entry = pick(node, text, start, i, allUpper);
        if (entry) best = { start, end: i, entityId: entry.entityId, alias: entry.alias };
      }
    }
    return best;
  }

  return {
    size: entries.length,
    scan(text) {
      const matches: Match[] = [];
      const n = text.length;
      let i = 0;
      let prevWord = false;
      while (i < n) {
        const word = isWordAt(text, i);
        if (word && !prevWord) {
          const match = longestAt(text, i);
          if (match) {
            matches.push(match);
            i = match.end;
            prevWord = isWordBefore(text, i);
            continue;
          }
        }
        prevWord = word;
        // Step over a whole surrogate pair so its low half is not mistaken for a word start.
        i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      }
      return matches;
    },
  };
}
