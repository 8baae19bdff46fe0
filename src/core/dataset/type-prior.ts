// The type of a name no rule and no lexicon entry types: its shape. Without it four names in ten were
// typed `other` and a person typed `other` also lost the surname link. Only names with no evidence at
// all get a prior, and it is the weakest evidence there is.
import type { CorpusWords } from './alias-safety';
import { isCommonWord } from './alias-safety';
import { isGivenName, lexiconTags } from './lexicon';
import { emptyWeights, type TypeWeights } from './type-hints';

/**
 * Two or three capitalised words, none of them vocabulary or a place, read as a person's name ("Adolphe
 * Feder"); a name ending in a capitalised plural as a team, band or firm ("Boston Braves", "Aftermath
 * Records").
 */
export function shapePrior(words: readonly string[], corpus: CorpusWords): TypeWeights {
  const weights = emptyWeights();
  if (words.length === 1) return wordShapePrior(words[0] as string);
  if (words.length > 3) return weights;
  if (!words.every((word) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word))) return weights;
  const last = words[words.length - 1] as string;
  // ...unless a given name opens it: "Jordi Obradors", "Tom Williams".
  const given = lexiconTags(words[0] as string).has('FirstName') || isGivenName(words[0] as string);
  if (/[^s]s$/.test(last) && !lexiconTags(last).has('Person') && !given) {
    weights.organisation += 1;
    return weights;
  }
  const plain = words.every((word) => !isCommonWord(word, corpus) && !lexiconTags(word).has('Place'));
  if (plain) weights.person += 1;
  return weights;
}

// How place names and surnames are built, in the languages news most often names: "Boultham", "Debden",
// "Brensbach", "Kramatorsk"; "Kowalczyk" is not here, "Adelson", "Shevchenko", "Petrović" are.
const PLACE_ENDING =
  /(?:ton|ham|by|wick|ford|field|bury|borough|burgh|burg|ville|stadt|dorf|bach|heim|hausen|mouth|chester|caster|pool|den|holm|vik|grad|abad|pur|stan|orsk|insk|sk)$/;
const SURNAME_ENDING =
  /(?:son|sen|ski|sky|ska|enko|ovic|ović|ovich|escu|idis|opoulos|ov|ova|ev|eva|ez|stein|berg|mann)$/;

/** A single unknown capitalised word, by its ending: a place, a surname, or nothing. */
function wordShapePrior(word: string): TypeWeights {
  const weights = emptyWeights();
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word) || lexiconTags(word).size > 0) return weights;
  if (PLACE_ENDING.test(word)) weights.place += 1;
  else if (SURNAME_ENDING.test(word)) weights.person += 1;
  return weights;
}
