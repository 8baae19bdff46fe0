// What the words around a name say its type is, in the patterns news writes every day: "John Smith, 45,",
// "Jane Doe (born 1950)", "Manchester, England", "an analyst at Morgan Stanley". One cue per mention.
import type { Token } from '../text/tokens';
import { isRoleWord } from './entity-rules';
import { lexiconTags } from './lexicon';
import type { EntityType } from './types';

const AGE_OR_BIRTH = /^(?:,\s*\d{1,3},|\s*\((?:born|b\.|née|nee)\s)/u;
// ", Ukraine," / ", Ukraine." / ", Ukraine's": the country closes the phrase ("Siemens, Germany and France" does not).
// ", Ukraine," / ", Ukraine." / ", Ukraine's": the country closes the phrase ("Siemens, Germany and France" does not).
const THEN_PLACE = /^,\s*(\p{Lu}[\p{L}.'’-]*?(?: \p{Lu}[\p{L}.'’-]*?){0,2})(?:['’]s)?(?=[,.;:)]|$)/u;
// Not "of": "the daughter of Jacques Necker" names a relative, not an employer.
const AFTER_ROLE = new Set(['at', 'for']);

/** The type the sentence gives the name between tokens[start] and tokens[end], if any. */
export function contextType(
  sentence: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): EntityType | undefined {
  const after = sentence.slice((tokens[end] as Token).rawEnd);
  const first = lexiconTags((tokens[start] as Token).text);
  // "Texas, 38," in a list of results is no age.
  if (AGE_OR_BIRTH.test(after) && !first.has('Place')) return 'person';
  const place = THEN_PLACE.exec(after)?.[1];
  // "Kharkiv, Ukraine": a name (a city or a word nothing knows) followed by its country is a place in it.
  if (place && lexiconTags(place).has('Country') && (first.size === 0 || first.has('City'))) return 'place';
  // "an analyst at Morgan Stanley", "a spokesman for the Kremlin": a role's employer is an organisation.
  let i = start - 1;
  if (tokens[i]?.text === 'the') i--;
  const preposition = tokens[i];
  const role = tokens[i - 1];
  if (preposition && role && AFTER_ROLE.has(preposition.text) && !role.capitalised && isRoleWord(role.text))
    return 'organisation';
  return undefined;
}
