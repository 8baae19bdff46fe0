// Evidence for an entity's type, as weights: rules from the text itself (a title, "the ... Ministry",
// "in Astana") weigh more than the lexicon and gazetteers (lexicon.ts), which only know common names.

import type { Mention } from './candidates';
import { isRoleWord, LEGISLATURES, NAME_CONNECTORS } from './entity-rules';
import { lexiconTags } from './lexicon';
import type { EntityType } from './types';
import { isOrgHead, isPlaceHead } from './word-kinds';

export type TypeWeights = Record<EntityType, number>;

const PRIORITY: EntityType[] = ['person', 'organisation', 'place', 'other'];

export function emptyWeights(): TypeWeights {
  return { person: 0, organisation: 0, place: 0, other: 0 };
}

/** What the name itself says, the same wherever it appears. */
export function nameWeights(words: string[], acronym: boolean): TypeWeights {
  const weights = emptyWeights();
  const lower = words.map((word) => word.toLowerCase());
  const head = lower[lower.length - 1] ?? '';
  const multi = words.length > 1;
  // "Ministry of Defence", "Gulf of Mexico": the head word comes first when "of"/"for" follows it.
  const leadingHead = multi && NAME_CONNECTORS.has(lower[1] ?? '') ? (lower[0] ?? '') : '';
  if (lower.some((word) => LEGISLATURES.has(word)) || (multi && isOrgHead(head)) || isOrgHead(leadingHead))
    weights.organisation += 3;
  if ((multi && isPlaceHead(head)) || isPlaceHead(leadingHead)) weights.place += 2;
  const whole = lexiconTags(words.join(' '));
  const each = words.map((word) => lexiconTags(word));
  const has = (tag: string) => whole.has(tag) || each.some((set) => set.has(tag));
  // A country is a place wherever it is named; a city may also be a surname ("Hamilton", "Lincoln").
  if (whole.has('Country')) weights.place += 4;
  else if (whole.has('Place')) weights.place += whole.has('Person') ? 1 : 2;
  if (has('Organization')) weights.organisation += 2;
  const significant = each.filter((_, i) => !NAME_CONNECTORS.has(words[i] ?? ''));
  if (multi && significant.every((set) => set.has('Place'))) weights.place += 2;
  if (multi && each[0]?.has('FirstName') && weights.organisation + weights.place === 0) weights.person += 2;
  if (!multi && (whole.has('Person') || whole.has('LastName')) && !whole.has('Place')) weights.person += 1;
  if (acronym && weights.place + weights.organisation === 0) weights.organisation += 1;
  return weights;
}

/** What one sentence says about the name: a role title, an honorific, a place preposition. */
export function mentionWeights(mention: Mention): TypeWeights {
  const weights = emptyWeights();
  const descriptionHead = mention.description.split(/\s+/).pop() ?? '';
  if (mention.description && isRoleWord(descriptionHead)) weights.person += 3;
  if (mention.honorific) weights.person += 3;
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
