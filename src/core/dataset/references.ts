// Pronoun references: a sentence that opens with "He"/"She"/"His"/"Her" speaks of the person the sentence
// before it named, when it named exactly one. Two people before it, or none, and the pronoun stays unread:
// a wrong attribution would put words in someone's mouth.

const PRONOUN_OPENER = /^["'“‘]?(?:He|She|His|Her)\b/u;

/**
 * The entity id the sentence's opening pronoun refers to, or undefined when the reading is ambiguous.
 * `previousPeople` holds the names in the sentence before that may be people (typed or untyped).
 */
export function pronounReferent(sentence: string, previousPeople: ReadonlySet<string>): string | undefined {
  if (previousPeople.size !== 1 || !PRONOUN_OPENER.test(sentence)) return undefined;
  return previousPeople.values().next().value;
}
