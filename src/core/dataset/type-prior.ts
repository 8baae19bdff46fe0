// The type of a name no rule and no lexicon entry types: its shape. Without it four names in ten were
// typed `other` and a person typed `other` also lost the surname link. Only names with no evidence at
// all get a prior, and it is the weakest evidence there is.
import type { CorpusWords } from './alias-safety';
import { isCommonWord } from './alias-safety';
import { lexiconTags } from './lexicon';
import { emptyWeights, type TypeWeights } from './type-hints';

/**
 * Two or three capitalised words, none of them vocabulary or a place, read as a person's name ("Adolphe
 * Feder"); a name ending in a capitalised plural as a team, band or firm ("Boston Braves", "Aftermath
 * Records").
 */
export function shapePrior(words: readonly string[], corpus: CorpusWords): TypeWeights {
  const weights = emptyWeights();
  if (words.length < 2 || words.length > 3) return weights;
  if (!words.every((word) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(word))) return weights;
  const last = words[words.length - 1] as string;
  if (/[^s]s$/.test(last) && !lexiconTags(last).has('Person')) {
    weights.organisation += 1;
    return weights;
  }
  const plain = words.every((word) => !isCommonWord(word, corpus) && !lexiconTags(word).has('Place'));
  if (plain) weights.person += 1;
  return weights;
}
