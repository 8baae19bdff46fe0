// Word tokens with offsets, shared by entity extraction and fact matching so that both agree on what a
// "whole word" is. Possessives are split off ("Putin's" is a mention of Putin).

export interface Token {
  /** The word without a possessive ending. */
  text: string;
  /** Offset of the word in the sentence. */
  start: number;
  /** Offset just past `text`. */
  end: number;
  /** Offset just past the word including its possessive ending. */
  rawEnd: number;
  possessive: boolean;
  capitalised: boolean;
  /** All capitals (2–6 letters, e.g. "NATO") or dotted ("U.S."). */
  acronym: boolean;
}

// Dotted acronyms first, then words that may contain inner apostrophes, hyphens, ampersands and digits.
// A plural possessive before a capitalised word is read too ("Workers' Party"): the name rules decide
// whether it joins the next word.
const WORD =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}&]|['’-](?=[\p{L}\p{N}]))*(?:(?<=s)['’](?=[ \t]+\p{Lu}))?/gu;
const POSSESSIVE = /['’]s$|(?<=s)['’]$/u;
const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const raw = match[0];
    const possessive = POSSESSIVE.test(raw) && raw.length > 2;
    const text = !possessive ? raw : /s$/.test(raw) ? raw.slice(0, -2) : raw.slice(0, -1);
    tokens.push({
      text,
      start: match.index,
      end: match.index + text.length,
      rawEnd: match.index + raw.length,
      possessive,
      capitalised: /^\p{Lu}/u.test(text),
      acronym: ACRONYM.test(text),
    });
  }
  return tokens;
}

/** All capitals (2–6 letters) or dotted capitals: "NATO", "U.S.". */
export function isAcronymText(text: string): boolean {
  return ACRONYM.test(text);
}

/** Letters of an acronym without dots: "U.S." → "US". */
export function acronymLetters(text: string): string {
  return text.replace(/\./g, '');
}

/** True when only spaces separate token `a` (including its possessive) from the next token `b`. */
export function adjacent(sentence: string, a: Token, b: Token): boolean {
  return !a.possessive && /^[ \t\u00a0]+$/.test(sentence.slice(a.rawEnd, b.start));
}

/** Abbreviations that open a place's name: "St. Louis", "Mt. Everest", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);

/**
 * Whether `b` continues a name after `a`: separated by spaces, or `a` is an initial ("Donald J. Trump")
 * or a place abbreviation ("St. Louis").
 */
export function continuesName(sentence: string, a: Token, b: Token, joinPossessive = false): boolean {
  if (adjacent(sentence, a, b)) return true;
  // "St. Mary's Terrace", "Workers' Party": a possessive that is part of the name (the caller decides).
  if (joinPossessive && a.possessive && b.capitalised && /^[ \t]+$/.test(sentence.slice(a.rawEnd, b.start)))
    return true;
  if (!b.capitalised || !/^\.[ \t]+$/.test(sentence.slice(a.rawEnd, b.start))) return false;
  return /^\p{Lu}$/u.test(a.text) || NAME_ABBREVIATIONS.has(a.text);
}
