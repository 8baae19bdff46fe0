// What is known about a word or a name without tagging a sentence: compromise's lexicon (about 25,000
// words with their tags: first names, surnames, countries, cities, verbs, function words...) and the
// gazetteers trimmed from world-countries, GeoNames and human-names (../gazetteer/gazetteer.json).
// Everything is a map lookup, memoised per word: running compromise's tagger on every sentence was 80% of
// the compile time on real text, and the entity rules only ever asked it about single words and names.
import nlp from 'compromise';
import places from '../gazetteer/gazetteer.json';
import { tokenize } from '../text/tokens';

interface TagInfo {
  parents?: string[];
}
interface Model {
  one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, TagInfo> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

const model = nlp.model() as unknown as Model;
const { lexicon, tagSet } = model.one;

/** Generic heads of organisation and place names, from compromise's own lists ("university", "gulf"). */
export const LEXICON_ORG_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.orgWords));
export const LEXICON_PLACE_WORDS: ReadonlySet<string> = new Set(Object.keys(model.two.placeWords));

const EMPTY: ReadonlySet<string> = new Set();

/** In a given-name list, even if it is also a word ("Frank", "Dick", "Dawn"). */
const givenNames: ReadonlySet<string> = new Set(places.firstNames);

/**
 * Gazetteer tags of whole names, keyed in lower case ("new zealand" → Country, Place). Built on first use,
 * not when the worker starts: a worker that only answers cards never compiles.
 */
let gazetteerMap: Map<string, Set<string>> | undefined;
function gazetteer(): Map<string, Set<string>> {
  if (gazetteerMap) return gazetteerMap;
  const map = new Map<string, Set<string>>();
  const add = (names: readonly string[], ...tags: string[]) => {
    for (const name of names) {
      const key = name.toLowerCase();
      const set = map.get(key) ?? new Set<string>();
      for (const tag of tags) set.add(tag);
      map.set(key, set);
    }
  };
  add(places.countries, 'Country', 'Place', 'Gazetteer');
  add(places.capitals, 'City', 'Capital', 'Place', 'Gazetteer');
  // A city that is also a word or a name ("Mobile", "Split", "Jackson", "Elizabeth") is only a possible
  // city: it never makes a sentence opener a name ("Mobile phones were banned") nor outweighs a person's
  // name, but named on its own mid-sentence ("visited Split") it leans to a place (type-hints.ts).
  const isWordOrName = (city: string) => lexicon[city.toLowerCase()] !== undefined || givenNames.has(city);
  add(
    places.cities.filter((city) => !isWordOrName(city)),
    'City',
    'Place',
    'Gazetteer',
  );
  add(places.cities.filter(isWordOrName), 'MaybeCity');
  add(places.demonyms, 'Demonym');
  // A given name the lexicon already knows as a word or a place stays that ("May", "Paris", "Hope"), and
  // is a given name only before a surname (isGivenName).
  add(
    places.firstNames.filter((name) => !lexicon[name.toLowerCase()] && !map.has(name.toLowerCase())),
    'FirstName',
    'Person',
    'Gazetteer',
  );
  gazetteerMap = map;
  return map;
}

export function isGivenName(word: string): boolean {
  return givenNames.has(word);
}

/** Country codes count only in capitals: "US" is the United States, "us" a pronoun. */
const countryCodes: ReadonlySet<string> = new Set(places.countryCodes);
const COUNTRY_CODE_TAGS: ReadonlySet<string> = new Set(['Country', 'Place', 'Gazetteer']);

// Single words and multi-word names are memoised apart: names are many and each is asked about once or
// twice, so clearing their memo must not throw away the few thousand words asked about all the time.
const wordMemo = new Map<string, ReadonlySet<string>>();
const phraseMemo = new Map<string, ReadonlySet<string>>();
const WORD_MEMO_LIMIT = 200_000;
const PHRASE_MEMO_LIMIT = 50_000;

/**
 * Tags of a word or a whole name, case-insensitive, with every parent tag ("Kyiv" → City, Place,
 * ProperNoun, Noun...). Names the lexicon and the gazetteers do not know get an empty set.
 */
export function lexiconTags(name: string): ReadonlySet<string> {
  if (countryCodes.has(name)) return COUNTRY_CODE_TAGS;
  const key = name.toLowerCase();
  const memo = key.includes(' ') ? phraseMemo : wordMemo;
  const cached = memo.get(key);
  if (cached) return cached;
  const raw = lexicon[key];
  const tags = new Set<string>();
  for (const tag of raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) addWithParents(tags, tag);
  for (const tag of gazetteer().get(key) ?? EMPTY) tags.add(tag);
  const result = tags.size > 0 ? tags : EMPTY;
  // Bounded, so a worker that compiles import after import does not grow without limit.
  if (memo.size >= (memo === wordMemo ? WORD_MEMO_LIMIT : PHRASE_MEMO_LIMIT)) memo.clear();
  memo.set(key, result);
  return result;
}

function addWithParents(into: Set<string>, tag: string): void {
  into.add(tag);
  for (const parent of tagSet[tag]?.parents ?? []) into.add(parent);
}

/** "New Zealand", "Hong Kong": two words that are one known place or organisation together. */
export function isKnownNamePhrase(first: string, second: string): boolean {
  const tags = lexiconTags(`${first} ${second}`);
  return tags.has('Place') || tags.has('Organization');
}

const KIN = new Set(
  'son daughter father mother brother sister wife husband uncle aunt cousin nephew niece grandson granddaughter'.split(
    ' ',
  ),
);

/** A singular noun for a person ("singer", "writer", "pitcher"): compromise tags these Actor. */
export function isPersonNoun(lowerWord: string): boolean {
  const tags = lexiconTags(lowerWord);
  // Kin words are no titles, and some are names ("Son Heung-min").
  return tags.has('Actor') && !tags.has('Plural') && !KIN.has(lowerWord);
}

const VERB_TAGS = ['Verb', 'Modal', 'Copula', 'Auxiliary'];
const NOT_VERB = [
  'Noun',
  'Adjective',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Value',
];

/**
 * Whether a lower-case word reads as a verb: known as one, or an unknown "-ed" form ("shelled"), or
 * the "-s" form of a known infinitive ("rejects"). Good enough to find a sentence's first verb, which
 * only decides whether a name is the sentence's subject.
 */
export function isVerbWord(word: string): boolean {
  const tags = lexiconTags(word);
  if (VERB_TAGS.some((tag) => tags.has(tag))) return true;
  if (tags.size > 0 && NOT_VERB.some((tag) => tags.has(tag))) return false;
  if (/^\p{Ll}{3,}ed$/u.test(word)) return true;
  const stem = /^(\p{Ll}{2,}?)(?:e?s)$/u.exec(word)?.[1];
  return (
    stem !== undefined && (lexiconTags(stem).has('Infinitive') || lexiconTags(`${stem}e`).has('Infinitive'))
  );
}

/**
 * Offset of the first verb in the sentence outside the given spans (a name is never the verb, even when
 * a lexicon reads "Trump" as one), or the sentence length when there is none.
 */
export function firstVerbOffset(
  sentence: string,
  skip: ReadonlyArray<{ start: number; end: number }> = [],
): number {
  let first = true;
  for (const token of tokenize(sentence)) {
    const opener = first;
    first = false;
    if (skip.some((span) => token.start < span.end && token.rawEnd > span.start)) continue;
    // Capitals mid-sentence are names; the opener's capital says nothing ("Let us go").
    const word = opener ? token.text.toLowerCase() : token.text;
    if (/^\p{Ll}/u.test(word) && isVerbWord(word)) return token.start;
  }
  return sentence.length;
}
