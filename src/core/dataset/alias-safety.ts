// Which names and aliases are safe to mark on every page a reader opens. An alias is matched in any page
// and any article: "I" as an alias of a ship "Lula I" marks every first-person "I", "Italy" on a
// skier's card puts every fact about the country there. When the compiler is unsure it leaves the name
// out: a card that says less is better than one that says something false.
import { acronymLetters } from '../text/tokens';
import { CALENDAR_WORDS, LEGISLATURES } from './entity-rules';
import { lexiconTags } from './lexicon';
import { isGenerationSuffix } from './surnames';
import type { EntityType } from './types';
import { isDemonym } from './word-kinds';

/** What the corpus itself says about words: whether a word is also written in lower case somewhere. */
export interface CorpusWords {
  seenLowerCase(word: string): boolean;
}

/** Tags that say a word names something (rather than being vocabulary). */
const NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'MaybeCity', 'Organization', 'ProperNoun'];
/** Tags of words that never name anything on their own: "all", "three", "was", "not". */
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Modal',
  'Copula',
  'Auxiliary',
  'QuestionWord',
  'Value',
  'Date',
  'Expression',
  'Adverb',
  'Negative',
];

// English derivational endings that names seldom have ("Bombardment", "Compassion", "Astronomy"); endings
// names do have are left out ("Constable", "Spence", "Guinness", "Trinity", "Gregory"). The lexicon lists
// only common words, so rarer vocabulary is known by its shape.
const VOCABULARY_ENDING =
  /\p{Ll}(?:ment|ments|tion|tions|sion|sions|ism|isms|ogy|omy|ship|ships|ings|ful|less|ous|wards)$/u;

/** A vocabulary word: the lexicon knows it only as a common word, or the corpus writes it in lower case. */
export function isCommonWord(word: string, corpus: CorpusWords): boolean {
  const tags = lexiconTags(word);
  if (NAME_TAGS.some((tag) => tags.has(tag))) return false;
  return tags.size > 0 || corpus.seenLowerCase(word.toLowerCase()) || VOCABULARY_ENDING.test(word);
}

/** Abbreviations that look like two-letter names: "St", "Dr", "Co". */
const TWO_LETTER_ABBREVIATIONS = new Set('St Mt Ft Dr Mr Ms Mx Jr Sr Co Lt Rd No Vs Av'.split(' '));

/** "Xi", "Li", "Wu", "Ng": a two-letter word nothing knows as a word is a surname, not "St" or "Do". */
function isTwoLetterSurname(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}$/u.test(word) || TWO_LETTER_ABBREVIATIONS.has(word)) return false;
  const tags = lexiconTags(word);
  return tags.size === 0 || tags.has('LastName');
}

/** A single word that must never become a name or an alias: "I", "St", "Three", "Note", "East", "May". */
export function isUnsafeWord(word: string, corpus: CorpusWords): boolean {
  if (LEGISLATURES.has(word.toLowerCase())) return false;
  const letters = acronymLetters(word);
  if (/^\p{Lu}{2,6}$/u.test(letters)) return isGenerationSuffix(letters);
  if (letters.length < 2 || (letters.length === 2 && !isTwoLetterSurname(word))) return true;
  if (isGenerationSuffix(word) || CALENDAR_WORDS.has(word)) return true;
  // "KOs", "CDs", "MPs": the plural of an abbreviation is a common noun.
  if (/^\p{Lu}{2,}s$/u.test(word)) return true;
  const tags = lexiconTags(word);
  if (FUNCTION_TAGS.some((tag) => tags.has(tag)) && !tags.has('Place')) return true;
  return isCommonWord(word, corpus);
}

/** A place or nationality word never stands for a person or an organisation ("Italy", "Singapore"). */
export function isPlaceAlias(alias: string): boolean {
  return lexiconTags(alias).has('Place') || isDemonym(alias);
}

/** Whether `alias` may mark an entity of this type whose name is `name`. */
export function isSafeAlias(alias: string, name: string, type: EntityType, corpus: CorpusWords): boolean {
  if (alias === name) return true;
  if (!alias.includes(' ') && isUnsafeWord(alias, corpus)) return false;
  return type === 'place' || !isPlaceAlias(alias);
}

/**
 * Whether an entity is too uncertain to keep: a single unsafe word, or a name the compiler could not
 * type whose every word is vocabulary ("Information Technology", "Best Single").
 */
export function isUncertainEntity(name: string, type: EntityType, corpus: CorpusWords): boolean {
  const words = name.split(' ');
  if (words.length === 1) return isUnsafeWord(name, corpus);
  if (type !== 'other') return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).every((word) => isCommonWord(word, corpus));
}
