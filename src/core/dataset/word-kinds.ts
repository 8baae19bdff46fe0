// Small predicates over single words, combining the rule lists with the lexicon (lexicon.ts).
import {
  ACRONYM_STOPLIST,
  CALENDAR_WORDS,
  isRoleWord,
  isTitleModifier,
  ORG_HEADS,
  PLACE_HEADS,
} from './entity-rules';
import { LEXICON_ORG_WORDS, LEXICON_PLACE_WORDS, lexiconTags } from './lexicon';

/** Nationality adjectives ("Ukrainian", "British"): they qualify names but are not entities themselves. */
export function isDemonym(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.has('Demonym')) return true;
  // "Dutchman", "Frenchwoman": a nationality noun.
  const noun = /^(\p{Lu}\p{Ll}+?)(?:man|woman|men|women)$/u.exec(word)?.[1];
  if (noun && (lexiconTags(noun).has('Demonym') || lexiconTags(`${noun}ish`).has('Demonym'))) return true;
  // Adjectives with a nationality ending: "Western", "Balkan" is not one, "Moldovan" may be missing.
  return tags.has('Adjective') && /^\p{Lu}.*(?:ish|ern|ian|ean|ese)$/u.test(word);
}

export function isUsefulAcronym(letters: string): boolean {
  return !ACRONYM_STOPLIST.has(letters);
}

/** Words that can stand in a title before a name: "Russian", "President", "US", "presidential". */
export function isTitleWord(word: string, acronym: boolean): boolean {
  if (acronym) return isUsefulAcronym(word.replace(/\./g, ''));
  return (
    isRoleWord(word) ||
    isTitleModifier(word) ||
    isDemonym(word) ||
    (/^\p{Lu}/u.test(word) && lexiconTags(word).has('Place'))
  );
}

/** Capitalised words that on their own never make an entity. */
export function isNeverEntityWord(word: string): boolean {
  return CALENDAR_WORDS.has(word) || isDemonym(word) || isRoleWord(word) || isTitleModifier(word);
}

/** Head word of an organisation's name: the rule list or compromise's ("Inc", "University", "FC"). */
export function isOrgHead(lowerWord: string): boolean {
  return ORG_HEADS.has(lowerWord) || LEXICON_ORG_WORDS.has(lowerWord);
}

export function isPlaceHead(lowerWord: string): boolean {
  return PLACE_HEADS.has(lowerWord) || LEXICON_PLACE_WORDS.has(lowerWord);
}
