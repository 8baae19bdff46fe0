// Entities named in a set of articles: capitalised names found per sentence (candidates.ts), tallied per
// name (entity-collector.ts), linked to their other names (name-groups.ts), then turned into Entity
// records with quoted descriptions.
import { hash64 } from '../text/hash';
import { slugify } from '../text/slug';
import { type CorpusWords, isSafeAlias, isUncertainEntity } from './alias-safety';
import { EntityCollector } from './entity-collector';
import { type Groups, mergeTallies, mostCommon, type NameGroup, type Tally } from './group-stats';
import { rootOf, weightsOf } from './name-groups';
import { pickType, totalWeight } from './type-hints';
import { shapePrior } from './type-prior';
import type { Article, Entity } from './types';

/** An entity before it has an id, with the aliases that only refer to it (surnames, "the Rada"). */
export interface DraftEntity extends Omit<Entity, 'id'> {
  referenceAliases: string[];
}

/** Entities of the articles, sorted by id. Articles must be in a fixed order for the output to be stable. */
export function extractEntities(articles: Article[]): Entity[] {
  const collector = new EntityCollector();
  for (const article of articles) collector.addArticle(article);
  return assignIds(draftEntities(collector.finish(), collector.words)).entities;
}

export function draftEntities(groups: Groups, corpus: CorpusWords): DraftEntity[] {
  const members = new Map<NameGroup, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.dropped) continue;
    const root = rootOf(groups, group);
    if (root.dropped) continue;
    members.set(root, [...(members.get(root) ?? []), group]);
  }
  const entities: DraftEntity[] = [];
  for (const [root, list] of members) {
    const entity = toEntity(root, list, corpus);
    if (entity) entities.push(entity);
  }
  return removeSharedAliases(entities);
}

function toEntity(root: NameGroup, members: NameGroup[], corpus: CorpusWords): DraftEntity | undefined {
  const evidence = weightsOf(members);
  const weights = totalWeight(evidence) > 0 ? evidence : shapePrior(root.words, corpus);
  const count = members.reduce((sum, member) => sum + member.count, 0);
  // A lone capitalised word that nothing types and that occurs once is more likely noise than a name.
  if (totalWeight(weights) === 0 && root.words.length === 1 && count < 2) return undefined;
  // "a KO", "his ERA", "an EP": an acronym the text mostly uses as a common noun is vocabulary.
  if (root.acronym && root.asCommonNoun * 2 >= root.count) return undefined;
  const name = nameOf(root);
  const type = pickType(weights);
  // A title in quotes ("A Beautiful Lie") is a name although its words are vocabulary.
  if (weights.other === 0 && isUncertainEntity(name, type, corpus)) return undefined;
  const aliases = new Set<string>([name]);
  const references = new Set<string>();
  const descriptions = new Map<string, Tally>();
  for (const member of members) {
    for (const alias of member.names.keys()) {
      aliases.add(alias);
      if (member.reference) references.add(alias);
    }
    for (const alias of member.impliedAliases) {
      aliases.add(alias);
      references.add(alias);
    }
    mergeTallies(descriptions, member.descriptions);
  }
  const safe = (alias: string) => alias !== name && isSafeAlias(alias, name, type, corpus);
  return {
    name,
    type,
    aliases: [name, ...[...aliases].filter(safe).sort(compareStrings)],
    description: mostCommon(descriptions),
    referenceAliases: [...references].filter(safe).sort(compareStrings),
  };
}

/**
 * The most common way of writing the name, but never the capitals of a dateline ("ODESA, March 14 -")
 * when the name is not an acronym: then the usual spelling, which the group is keyed by.
 */
function nameOf(group: NameGroup): string {
  if (group.acronym) return mostCommon(group.names);
  const written = new Map([...group.names].filter(([form]) => form !== form.toUpperCase()));
  return written.size > 0 ? mostCommon(written) : group.key;
}

/** An alias claimed by two entities marks neither, unless it is one of them's own name. */
function removeSharedAliases(entities: DraftEntity[]): DraftEntity[] {
  const owners = new Map<string, number>();
  for (const entity of entities)
    for (const alias of entity.aliases) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  const names = new Set(entities.map((entity) => entity.name));
  const keep = (entity: DraftEntity) => (alias: string) =>
    alias === entity.name || ((owners.get(alias) ?? 0) < 2 && !names.has(alias));
  return entities.map((entity) => ({
    ...entity,
    aliases: entity.aliases.filter(keep(entity)),
    referenceAliases: entity.referenceAliases.filter(keep(entity)),
  }));
}

/**
 * Ids are slugs of the name; clashes get -2, -3 in name order so they do not depend on input order.
 * Returns the entities sorted by id and, per id, the aliases that only refer to the entity.
 */
export function assignIds(drafts: DraftEntity[]): {
  entities: Entity[];
  references: Map<string, Set<string>>;
} {
  const sorted = [...drafts].sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.type, b.type));
  const used = new Set<string>();
  const references = new Map<string, Set<string>>();
  const entities = sorted.map(({ referenceAliases, ...entity }) => {
    const base = slugify(entity.name) || `entity-${hash64(entity.name).slice(0, 8)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    references.set(id, new Set(referenceAliases));
    return { id, ...entity };
  });
  return { entities: entities.sort((a, b) => compareStrings(a.id, b.id)), references };
}

/** Code-unit order: locale-aware comparison could differ between Node and a browser. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
