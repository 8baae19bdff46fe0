// Pass 1 of entity extraction: every capitalised name in every sentence becomes a Mention, with what the
// sentence says about it (title, acronym definition, "the"/"in" before it). Nothing is merged here.

import { splitSentenceSpans } from '../text/sentences';
import { acronymLetters, adjacent, continuesName, type Token, tokenize } from '../text/tokens';
import { acronymMatchesName } from './acronyms';
import { HONORIFICS, NAME_CONNECTORS, NON_NAME_CAPITALS, PLACE_PREPOSITIONS } from './entity-rules';
import { tagsAt } from './nlp-tags';
import { appositiveAfter, titleBefore, titleOwnerLength, titlePrefixLength } from './titles';
import type { Article } from './types';
import { isNeverEntityWord, isUsefulAcronym } from './word-kinds';

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
  afterPlacePreposition: boolean;
  /** Position in the corpus, for "first seen" tie-breaks: [article, paragraph, sentence, offset]. */
  order: [number, number, number, number];
}

export function scanArticles(articles: Article[]): Mention[] {
  const sentences = articles.flatMap((article, a) =>
    article.paragraphs.flatMap((paragraph, p) =>
      splitSentenceSpans(paragraph).map((span, s) => ({ text: span.text, order: [a, p, s] as const })),
    ),
  );
  const proper = properWords(sentences.map((sentence) => sentence.text));
  return sentences.flatMap(({ text, order }) => scanSentence(text, order, proper));
}

/** Words seen capitalised away from a sentence start: evidence that a sentence-initial word is a name. */
function properWords(sentences: string[]): Set<string> {
  const proper = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    tokens.forEach((token, i) => {
      if (i > 0 && token.capitalised && !/[:"“]\s*$/.test(sentence.slice(0, token.start)))
        proper.add(token.text);
    });
  }
  return proper;
}

function scanSentence(sentence: string, order: readonly number[], proper: Set<string>): Mention[] {
  const tokens = tokenize(sentence);
  const mentions: Mention[] = [];
  // An ordinary word capitalised only because it opens the sentence ("Shares of ...") starts no run.
  let i = tokens[0] && !looksProperAtStart(sentence, tokens[0], proper) ? 1 : 0;
  while (i < tokens.length) {
    if (!(tokens[i] as Token).capitalised) {
      i++;
      continue;
    }
    const end = runEnd(sentence, tokens, i);
    mentions.push(...namesInRun(sentence, tokens, i, end, order, proper));
    i = end + 1;
  }
  return mentions;
}

/** Last index of the capitalised run starting at `start`, crossing "of"/"for the" between capitals. */
function runEnd(sentence: string, tokens: Token[], start: number): number {
  let end = start;
  for (;;) {
    const next = tokens[end + 1];
    if (!next || !continuesName(sentence, tokens[end] as Token, next)) return end;
    if (next.capitalised) {
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
    end = k;
  }
}

/** The name a run ends with and, when a title opens the run, the name inside the title ("NATO"). */
function namesInRun(
  sentence: string,
  tokens: Token[],
  runStart: number,
  runEnd: number,
  order: readonly number[],
  proper: Set<string>,
): Mention[] {
  const prefix = titlePrefixLength(tokens.slice(runStart, runEnd + 1));
  const owner = titleOwnerLength(tokens.slice(runStart, runStart + prefix));
  const names = owner > 0 ? namesInRun(sentence, tokens, runStart, runStart + owner - 1, order, proper) : [];
  const name = nameAt(sentence, tokens, runStart, runStart + prefix, runEnd, order);
  return name ? [...names, name] : names;
}

function nameAt(
  sentence: string,
  tokens: Token[],
  runStart: number,
  nameStart: number,
  runEnd: number,
  order: readonly number[],
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
  const words = tokens.slice(start, runEnd + 1);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (words.every((token) => isNeverEntityWord(token.text))) return undefined;
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
    appositiveAfter(sentence, last.rawEnd);
  return {
    name: sentence.slice(first.start, last.end).replace(/\s+/g, ' '),
    words: words.map((token) => token.text),
    acronym,
    description,
    definesAcronym: definedAcronym(sentence, tokens, start, runEnd),
    honorific,
    afterThe: previous?.text.toLowerCase() === 'the',
    afterPlacePreposition: previous !== undefined && PLACE_PREPOSITIONS.has(previous.text),
    order: [order[0] ?? 0, order[1] ?? 0, order[2] ?? 0, first.start],
  };
}

/** A capitalised sentence opener is a name only if it is used as one elsewhere or compromise knows it. */
function looksProperAtStart(sentence: string, token: Token, proper: Set<string>): boolean {
  if (token.acronym || proper.has(token.text)) return true;
  const tags = tagsAt(sentence, token.start);
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
