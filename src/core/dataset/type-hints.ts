// Evidence for an entity's type, as weights: rules from the text itself (a title, "the ... Ministry",
// "in Astana") weigh more than the lexicon and gazetteers (lexicon.ts), which only know common names.

import type { Mention } from './candidates';
import { EVENT_HEADS, isRoleWord, LEGISLATURES, NAME_CONNECTORS } from './entity-rules';
import { isGivenName, lexiconTags } from './lexicon';
import type { EntityType } from './types';
import { isOrgHead, isPlaceHead } from './word-kinds';

export type TypeWeights = Record<EntityType, number>;

const PRIORITY: EntityType[] = ['person', 'organisation', 'place', 'other'];

const set = (list: string) => new Set(list.split(' '));
const LEADING_ORG_WORDS = set('team fc ac sc club banco banca grupo groupe');
const LEADING_PLACE_WORDS = set('lake mount mt river fort ft camp port cape isle gulf bay glen');
const COMPASS = set('north south east west northern southern eastern western central upper lower greater');
const COMPASS_AFTER = set('north south east west norte sur oriental occidental');

export function emptyWeights(): TypeWeights {
  return { person: 0, organisation: 0, place: 0, other: 0 };
}

/** What the name itself says, the same wherever it appears. */
export function nameWeights(words: string[], acronym: boolean): TypeWeights {
  const weights = emptyWeights();
  const lower = words.map((word) => word.toLowerCase());
  const multi = words.length > 1;
  // The head is the word before the first "of"/"for" ("Bulgarian Academy of Sciences", "Gulf of
  // Mexico"), else the last word ("Verkhovna Rada").
  // Only "of"/"for": "Charles de Gaulle Airport" is headed by "Airport", not "Charles".
  const connector = lower.findIndex((word, i) => i > 0 && (word === 'of' || word === 'for'));
  const head = multi ? (lower[connector > 0 ? connector - 1 : lower.length - 1] ?? '') : '';
  if (lower.some((word) => LEGISLATURES.has(word)) || isOrgHead(head)) weights.organisation += 3;
  else if (multi && lower.slice(0, -1).some((word) => isOrgHead(word))) weights.organisation += 1;
  if (isPlaceHead(head)) weights.place += 2;
  // "Team Solvera", "FC Porto": an organisation word before the name.
  if (multi && connector < 0 && LEADING_ORG_WORDS.has(lower[0] ?? '')) weights.organisation += 3;
  // "Lake Chad", "Mount Vernon", "Fort Worth": a place word before the name.
  if (multi && connector < 0 && LEADING_PLACE_WORDS.has(lower[0] ?? '')) weights.place += 2;
  const whole = lexiconTags(words.join(' '));
  const each = words.map((word) => lexiconTags(word));
  const has = (tag: string) => whole.has(tag) || each.some((set) => set.has(tag));
  // A country is a place wherever it is named; a city may also be a surname ("Hamilton", "Lincoln").
  if (whole.has('Country')) weights.place += 4;
  else if (whole.has('Place')) weights.place += whole.has('Person') ? 1 : 2;
  if (has('Organization')) weights.organisation += 2;
  const significant = each.filter((_, i) => !NAME_CONNECTORS.has(words[i] ?? ''));
  if (multi && significant.every((set) => set.has('Place'))) weights.place += 2;
  // "East Java", "Ilocos Norte": a compass word with a place, or after a name, is a region.
  const rest = words.slice(1).join(' ');
  if (multi && COMPASS.has(lower[0] ?? '') && lexiconTags(rest).has('Place')) weights.place += 2;
  if (multi && COMPASS_AFTER.has(lower[lower.length - 1] ?? '') && !isGivenName(words[0] ?? ''))
    weights.place += 1;
  if (/\bHall of Fame$/.test(words.join(' '))) weights.organisation += 3;
  // "Pan American Games", "Tour de France"... events are `other`: neither who, what body, nor where.
  if (multi && connector < 0 && EVENT_HEADS.has(lower[lower.length - 1] ?? '')) weights.other += 4;
  // "Dick Cheney", "Frank Catalano": a given name that is also a word, before a surname.
  const given = each[0]?.has('FirstName') || (isGivenName(words[0] ?? '') && !each[0]?.has('Place'));
  const lastTags = each[each.length - 1];
  const surnameLike = (lastTags?.has('LastName') || lastTags?.size === 0) ?? false;
  if (
    multi &&
    given &&
    (each[0]?.has('FirstName') || surnameLike) &&
    weights.organisation + weights.place === 0
  )
    weights.person += 2;
  // "C. H. Douglas": initials before a surname.
  if (
    multi &&
    /^\p{Lu}\.?$/u.test(words[0] ?? '') &&
    surnameLike &&
    weights.organisation + weights.place === 0
  )
    weights.person += 2;
  if (!multi && whole.has('MaybeCity') && !whole.has('Person')) weights.place += 1;
  if (!multi && (whole.has('Person') || whole.has('LastName')) && !whole.has('Place')) weights.person += 1;
  if (acronym && weights.place + weights.organisation === 0) weights.organisation += 1;
  return weights;
}

/** What one sentence says about the name: a role title, an honorific, a place preposition. */
export function mentionWeights(mention: Mention): TypeWeights {
  const weights = emptyWeights();
  // "the Boston Bruins", "the Baltimore Colts": "the", a city and a capitalised plural is a team or a firm
  // (a person is never "the Lincoln Williams").
  const last = mention.words[mention.words.length - 1] ?? '';
  if (
    mention.afterThe &&
    mention.words.length === 2 &&
    lexiconTags(mention.words[0] ?? '').has('City') &&
    /\p{Ll}[^s]s$/u.test(last)
  )
    weights.organisation += 3;
  const descriptionHead = mention.description.split(/\s+/).pop() ?? '';
  if (mention.description && isRoleWord(descriptionHead)) weights.person += 3;
  if (mention.honorific) weights.person += 3;
  if (mention.dateline) weights.place += 3;
  if (mention.context) weights[mention.context] += 3;
  if (mention.agency) weights.organisation += 3;
  if (mention.work) weights.other += 2;
  if (mention.afterPlacePreposition && mention.words.length === 1 && !mention.acronym) weights.place += 1;
  return weights;
}

export function addWeights(into: TypeWeights, from: TypeWeights): TypeWeights {
  for (const type of PRIORITY) into[type] += from[type];
  return into;
}

/** The heaviest type; ties go to the more specific type; no evidence at all means 'other'. */
export function pickType(weights: TypeWeights): EntityType {
  let best: EntityType = 'other';
  let bestWeight = 0;
  for (const type of PRIORITY) {
    if (weights[type] > bestWeight) {
      best = type;
      bestWeight = weights[type];
    }
  }
  return best;
}

export function totalWeight(weights: TypeWeights): number {
  return PRIORITY.reduce((sum, type) => sum + weights[type], 0);
}
