// Mentions are folded into per-name tallies as they are found, so extraction keeps one record per
// distinct name, not one per occurrence: memory follows the vocabulary, not the size of the corpus.
import { acronymLetters } from '../text/tokens';
import type { Mention } from './candidates';
import { addWeights, mentionWeights, nameWeights, type TypeWeights } from './type-hints';

/** How often a value was seen, and the sequence number of its first sighting (for stable tie-breaks). */
export interface Tally {
  count: number;
  first: number;
}

export interface NameGroup {
  key: string;
  words: string[];
  acronym: boolean;
  count: number;
  /** Surface forms ("U.S.", "US"). */
  names: Map<string, Tally>;
  /** Titles and appositives quoted next to the name. */
  descriptions: Map<string, Tally>;
  /** Acronyms this name is defined as: "Institute for the Study of War (ISW)" → ISW. */
  definitions: Map<string, number>;
  afterThe: boolean;
  /** Times written after "a"/"an" or a possessive: an acronym so used is vocabulary ("a KO", "his ERA"). */
  asCommonNoun: number;
  weights: TypeWeights;
  /** Key of the group this one is another name for. */
  parent?: string;
  /** Linked as a short form (surname, "the Rada"): facts found through it are resolved by reference. */
  reference?: boolean;
  /** Ambiguous short form (a surname two people share): never an entity, never an alias. */
  dropped?: boolean;
  /** Aliases the text implies without using them alone, e.g. the surname of a person. */
  impliedAliases: string[];
}

export type Groups = Map<string, NameGroup>;

export function groupKey(mention: Mention): string {
  if (mention.dateline) return mention.words.join(' ');
  return mention.acronym ? acronymLetters(mention.name) : mention.name;
}

export function addMention(groups: Groups, mention: Mention, seq: number): NameGroup {
  const key = groupKey(mention);
  let group = groups.get(key);
  if (!group) {
    group = {
      key,
      words: mention.words,
      acronym: mention.acronym,
      count: 0,
      names: new Map(),
      descriptions: new Map(),
      definitions: new Map(),
      afterThe: false,
      asCommonNoun: 0,
      weights: nameWeights(mention.words, mention.acronym),
      impliedAliases: [],
    };
    groups.set(key, group);
  }
  group.count++;
  tally(group.names, mention.name, 1, seq);
  if (mention.description) tally(group.descriptions, mention.description, 1, seq);
  if (mention.definesAcronym)
    group.definitions.set(mention.definesAcronym, (group.definitions.get(mention.definesAcronym) ?? 0) + 1);
  group.afterThe ||= mention.afterThe;
  if (mention.afterDeterminer) group.asCommonNoun++;
  addWeights(group.weights, mentionWeights(mention));
  return group;
}

/** Folds `from` into `into` (used when a deferred reading of a sentence opener is settled). */
export function mergeGroups(into: Groups, from: Groups): void {
  for (const [key, source] of from) {
    const target = into.get(key);
    if (!target) {
      into.set(key, source);
      continue;
    }
    target.count += source.count;
    mergeTallies(target.names, source.names);
    mergeTallies(target.descriptions, source.descriptions);
    for (const [letters, n] of source.definitions)
      target.definitions.set(letters, (target.definitions.get(letters) ?? 0) + n);
    target.afterThe ||= source.afterThe;
    target.asCommonNoun += source.asCommonNoun;
    // The name's own weights were counted once in each map; keep them once.
    const base = nameWeights(source.words, source.acronym);
    addWeights(target.weights, source.weights);
    for (const type of Object.keys(base) as Array<keyof TypeWeights>) target.weights[type] -= base[type];
  }
}

export function mergeTallies(into: Map<string, Tally>, from: Map<string, Tally>): void {
  for (const [value, t] of from) tally(into, value, t.count, t.first);
}

function tally(map: Map<string, Tally>, value: string, count: number, seq: number): void {
  const current = map.get(value);
  if (!current) map.set(value, { count, first: seq });
  else {
    current.count += count;
    current.first = Math.min(current.first, seq);
  }
}

/** Most frequent value; ties go to the longer value (more informative), then to the first seen. */
export function mostCommon(map: Map<string, Tally>): string {
  let best: [string, Tally] | undefined;
  for (const entry of map) {
    if (!best) {
      best = entry;
      continue;
    }
    const [value, t] = entry;
    const [bestValue, b] = best;
    const better =
      t.count - b.count ||
      value.length - bestValue.length ||
      (t.first < b.first ? 1 : t.first > b.first ? -1 : 0);
    if (better > 0) best = entry;
  }
  return best?.[0] ?? '';
}
