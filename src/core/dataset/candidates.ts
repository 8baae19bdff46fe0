// Pass 1 of entity extraction: every capitalised name in a sentence becomes a Mention, with what the
// sentence says about it (title, acronym definition, "the"/"in" before it). Nothing is merged here.

import { acronymLetters, adjacent, continuesName, type Token } from '../text/tokens';
import { acronymMatchesName } from './acronyms';
import { contextType } from './context-cues';
import {
  HONORIFICS,
  isRoleWord,
  LEGISLATURES,
  NAME_CONNECTORS,
  NON_NAME_CAPITALS,
  PLACE_PREPOSITIONS,
} from './entity-rules';
import { isKnownNamePhrase, lexiconTags } from './lexicon';
import { breaksBefore, isNameHead, mayCrossConnectors, personStartIn } from './name-boundaries';
import { appositiveAfter, titleBefore, titleOwnerLength, titlePrefixLength } from './titles';
import type { EntityType } from './types';
import { isDemonym, isNeverEntityWord, isUsefulAcronym } from './word-kinds';

export interface Mention {
  /** The name as written, whitespace collapsed ("Vladimir Putin", "U.S."). */
  name: string;
  words: string[];
  acronym: boolean;
  /** Quoted title or appositive, '' when the sentence gives none. */
  description: string;
  /** Set when the sentence defines an acronym for this name: "Institute for the Study of War (ISW)". */
  definesAcronym: string;
  honorific: boolean;
  afterThe: boolean;
  /** After "a", "an" or a possessive ("a KO", "his ERA"): used as a common noun, not as a name. */
  afterDeterminer?: boolean;
  afterPlacePreposition: boolean;
  /** What the words around the name say it is ("John Smith, 45,", "an analyst at Morgan Stanley"). */
  context?: EntityType;
  /** The place of a news dateline, written in capitals ("ODESA"): grouped under its usual spelling. */
  dateline?: boolean;
  /** A title of a work in quotes ("A Beautiful Lie"). */
  work?: boolean;
  /** The news agency of a dateline ("(Reuters) -"). */
  agency?: boolean;
}

/** A mention found by a rule of its own (a dateline, a quoted title): no title, no context, no flags. */
export function plainMention(name: string, words: string[], extra: Partial<Mention>): Mention {
  return {
    name,
    words,
    acronym: false,
    description: '',
    definesAcronym: '',
    honorific: false,
    afterThe: false,
    afterPlacePreposition: false,
    ...extra,
  };
}

/** "a NATO summit", "an FBI agent": a noun right after the name makes it a modifier, not a common noun. */
function nounAfter(sentence: string, tokens: Token[], end: number): boolean {
  const next = tokens[end + 1];
  if (!next || next.capitalised || !adjacent(sentence, tokens[end] as Token, next)) return false;
  const tags = lexiconTags(next.text);
  return tags.has('Noun') || tags.has('Adjective') || tags.size === 0;
}

/**
 * Whether the possessive at tokens[end] belongs to the name: a saint's ("St. Mary's Terrace") or a plural
 * before an organisation's or a place's head ("Workers' Party", "Magistrates' Court"), not "James' Tesla".
 */
function possessiveJoins(sentence: string, tokens: Token[], start: number, end: number): boolean {
  const token = tokens[end] as Token;
  const next = tokens[end + 1];
  if (!token.possessive || !next) return false;
  if (end > start && NAME_ABBREVIATION_SAINT.has((tokens[end - 1] as Token).text)) return true;
  const plural = /s['’]$/.test(sentence.slice(token.start, token.rawEnd));
  return plural && isNameHead(next.text) && !isRoleWord(next.text);
}

function ordinalBefore(sentence: string, tokens: Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before || !adjacent(sentence, before, tokens[start] as Token)) return false;
  return /^\d+(?:st|nd|rd|th|d)$/.test(before.text) || lexiconTags(before.text).has('Ordinal');
}

const NAME_ABBREVIATION_SAINT = new Set(['St', 'Saint', 'San', 'Santa', 'Ste']);
const COMMON_NOUN_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'my', 'our', 'your']);

/**
 * The names of one sentence. Whether a capitalised opener ("Analysts", "Kowalczyk") is a name can depend
 * on the rest of the corpus (is it capitalised mid-sentence anywhere?), so when the two readings differ
 * both are returned and the caller decides once it has seen every article.
 */
export interface SentenceMentions {
  certain: Mention[];
  opener?: { word: string; ifName: Mention[]; ifNot: Mention[] };
}

/** Adds the words capitalised away from a sentence start: evidence that a sentence opener is a name. */
export function collectProperWords(sentence: string, tokens: Token[], into: Set<string>): void {
  tokens.forEach((token, i) => {
    if (i > 0 && token.capitalised && !/[:"“]\s*$/.test(sentence.slice(0, token.start))) into.add(token.text);
  });
}

export function scanSentence(
  sentence: string,
  tokens: Token[],
  proper: ReadonlySet<string>,
): SentenceMentions {
  const first = tokens[0];
  if (!first?.capitalised) return { certain: scanFrom(sentence, tokens, 0) };
  // proper only grows, so a word proper now is proper once the corpus is complete.
  if (first.acronym || proper.has(first.text) || nameLikeOpener(first) || opensKnownName(first, tokens[1]))
    return { certain: scanFrom(sentence, tokens, 0) };
  const headEnd = runEnd(sentence, tokens, 0);
  const ifName = namesInRun(sentence, tokens, 0, headEnd);
  const ifNot = scanRange(sentence, tokens, 1, headEnd + 1);
  const tail = scanFrom(sentence, tokens, headEnd + 1);
  if (JSON.stringify(ifName) === JSON.stringify(ifNot)) return { certain: [...ifNot, ...tail] };
  return { certain: tail, opener: { word: first.text, ifName, ifNot } };
}

function scanFrom(sentence: string, tokens: Token[], from: number): Mention[] {
  return scanRange(sentence, tokens, from, tokens.length);
}

/** Names of the capitalised runs that start in [from, to). */
function scanRange(sentence: string, tokens: Token[], from: number, to: number): Mention[] {
  const mentions: Mention[] = [];
  let i = from;
  while (i < to) {
    if (!(tokens[i] as Token).capitalised) {
      i++;
      continue;
    }
    const end = runEnd(sentence, tokens, i);
    mentions.push(...namesInRun(sentence, tokens, i, end));
    i = end + 1;
  }
  return mentions;
}

/** Last index of the capitalised run starting at `start`, crossing "of"/"for the" where a name does. */
function runEnd(sentence: string, tokens: Token[], start: number): number {
  let end = start;
  let segmentStart = start;
  let crossed = false;
  for (;;) {
    const next = tokens[end + 1];
    if (
      !next ||
      !continuesName(sentence, tokens[end] as Token, next, possessiveJoins(sentence, tokens, start, end))
    )
      return end;
    if (next.capitalised) {
      if (breaksBefore(tokens[end] as Token, next)) return end;
      end++;
      continue;
    }
    let k = end + 1;
    while (k < end + 3 && tokens[k] && NAME_CONNECTORS.has((tokens[k] as Token).text)) {
      if (!adjacent(sentence, tokens[k - 1] as Token, tokens[k] as Token)) return end;
      k++;
    }
    const after = tokens[k];
    if (k === end + 1 || !after?.capitalised || !adjacent(sentence, tokens[k - 1] as Token, after))
      return end;
    const connectors = tokens.slice(end + 1, k).map((token) => token.text);
    if (!mayCrossConnectors(tokens, segmentStart, end, connectors, k, crossed)) return end;
    crossed ||= connectors.some((word) => word === 'of' || word === 'for');
    segmentStart = k;
    end = k;
  }
}

/** The name a run ends with and, when a title opens the run, the name inside the title ("NATO"). */
function namesInRun(sentence: string, tokens: Token[], runStart: number, runEnd: number): Mention[] {
  // "AC Milan George Weah": two names side by side, split where the person's name starts.
  const split = personStartIn(tokens, runStart, runEnd);
  if (split > runStart)
    return [
      ...namesInRun(sentence, tokens, runStart, split - 1),
      ...namesInRun(sentence, tokens, split, runEnd),
    ];
  const prefix = titlePrefixLength(tokens.slice(runStart, runEnd + 1));
  const owner = titleOwnerLength(tokens.slice(runStart, runStart + prefix));
  const names = owner > 0 ? namesInRun(sentence, tokens, runStart, runStart + owner - 1) : [];
  const name = nameAt(sentence, tokens, runStart, runStart + prefix, runEnd);
  return name ? [...names, name] : names;
}

function nameAt(
  sentence: string,
  tokens: Token[],
  runStart: number,
  nameStart: number,
  runEnd: number,
): Mention | undefined {
  let start = nameStart;
  let honorific = false;
  while (start <= runEnd) {
    const token = tokens[start] as Token;
    if (HONORIFICS.has(token.text.replace(/\.$/, ''))) honorific = true;
    if (!NON_NAME_CAPITALS.has(token.text) && !NAME_CONNECTORS.has(token.text)) break;
    start++;
  }
  if (start > runEnd) return undefined;
  // "Argentine Abel Balbo": a nationality before a given name describes the person.
  let nationality = '';
  const opener = tokens[start] as Token;
  if (
    start + 1 < runEnd &&
    isDemonym(opener.text) &&
    lexiconTags((tokens[start + 1] as Token).text).has('FirstName')
  ) {
    nationality = opener.text;
    start++;
  }
  // "the 82nd Airborne Division", "Seventeenth Air Force": an ordinal before a unit's name is part of it.
  if (
    start === runStart &&
    ordinalBefore(sentence, tokens, start) &&
    isNameHead((tokens[runEnd] as Token).text)
  )
    start--;
  const words = tokens.slice(start, runEnd + 1);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  // "Socialist Party" is a name although each of its words can stand in a title.
  const headed = words.length > 1 && isNameHead(last.text) && !isRoleWord(last.text);
  if (!headed && words.every((token) => isNeverEntityWord(token.text))) return undefined;
  const acronym = words.length === 1 && first.acronym;
  if (acronym && !isUsefulAcronym(acronymLetters(first.text))) return undefined;
  const previous = tokens[start - 1];
  // "Mr. Smith": the period keeps the honorific out of the run, so look back for it.
  if (
    previous &&
    HONORIFICS.has(previous.text) &&
    /^\.?\s+$/.test(sentence.slice(previous.rawEnd, first.start))
  ) {
    honorific = true;
  }
  const description =
    titleBefore(sentence, tokens, start, start === nameStart ? runStart : start) ||
    appositiveAfter(sentence, last.rawEnd) ||
    nationality;
  return {
    name: sentence.slice(first.start, last.end).replace(/\s+/g, ' '),
    words: words.map((token) => token.text),
    acronym,
    description,
    definesAcronym: definedAcronym(sentence, tokens, start, runEnd),
    honorific,
    afterThe: previous?.text.toLowerCase() === 'the',
    context: contextType(sentence, tokens, start, runEnd),
    afterDeterminer:
      previous !== undefined &&
      COMMON_NOUN_DETERMINERS.has(previous.text.toLowerCase()) &&
      !nounAfter(sentence, tokens, runEnd),
    afterPlacePreposition: previous !== undefined && PLACE_PREPOSITIONS.has(previous.text),
  };
}

/** "New Zealand ...": an opener that is a common word ("New") but starts a known place or organisation. */
function opensKnownName(first: Token, next: Token | undefined): boolean {
  return next?.capitalised === true && isKnownNamePhrase(first.text, next.text);
}

/** Whether the lexicon knows a sentence opener as a name and not as a word ("Kyiv", not "Analysts"). */
function nameLikeOpener(token: Token): boolean {
  if (NON_NAME_CAPITALS.has(token.text)) return false;
  // "Senate Majority Leader ...", "Congress voted": a capitalised legislature is its name.
  if (LEGISLATURES.has(token.text.toLowerCase())) return true;
  const tags = lexiconTags(token.text);
  const nameLike = ['Person', 'Place', 'Organization', 'ProperNoun'].some((tag) => tags.has(tag));
  const functionWord = ['Conjunction', 'Adverb', 'Determiner', 'Pronoun', 'Preposition', 'Verb'].some((tag) =>
    tags.has(tag),
  );
  return nameLike && !functionWord;
}

/** "Name (ACR)" where ACR spells the name's initials; the letters of ACR, or ''. */
function definedAcronym(sentence: string, tokens: Token[], start: number, end: number): string {
  const next = tokens[end + 1];
  const last = tokens[end] as Token;
  if (!next?.acronym || end === start) return '';
  if (!/^\s*\(\s*$/.test(sentence.slice(last.rawEnd, next.start))) return '';
  if (!/^\s*\)/.test(sentence.slice(next.rawEnd))) return '';
  const letters = acronymLetters(next.text);
  const words = tokens.slice(start, end + 1).map((token) => token.text);
  return acronymMatchesName(letters, words) ? letters : '';
}
