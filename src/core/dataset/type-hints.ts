// Evidence for an entity's type, as weights: rules from the text itself (a title, "the ... Ministry",
// "in Astana") weigh more than compromise's lexicon, which only knows common names.

import type { Mention } from './candidates';
import { isRoleWord, LEGISLATURES, NAME_CONNECTORS, ORG_HEADS, PLACE_HEADS } from './entity-rules';
import { tagPhrase } from './nlp-tags';
import type { EntityType } from './types';

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
  if (lower.some((word) => LEGISLATURES.has(word)) || (multi && ORG_HEADS.has(head)))
    weights.organisation += 3;
  if (multi && PLACE_HEADS.has(head)) weights.place += 2;
  const tags = tagPhrase(words.join(' '));
  const has = (tag: string) => tags.some((set) => set.has(tag));
  const significant = tags.filter((_, i) => !NAME_CONNECTORS.has(words[i] ?? ''));
  if (has('Organization')) weights.organisation += 2;
  if (significant.length > 0 && significant.every((set) => set.has('Place'))) weights.place += 2;
  if (multi && tags[0]?.has('FirstName') && weights.organisation + weights.place === 0) weights.person += 2;
  if (!multi && (has('Person') || has('LastName')) && !has('Place')) weights.person += 1;
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
