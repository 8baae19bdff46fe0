// Entities named in a set of articles: capitalised names found per sentence (candidates.ts), grouped and
// linked to their other names (name-groups.ts), then turned into Entity records with quoted descriptions.
import { hash64 } from '../text/hash';
import { slugify } from '../text/slug';
import type { Mention } from './candidates';
import { scanArticles } from './candidates';
import { groupMentions, linkGroups, type NameGroup, rootOf, weightsOf } from './name-groups';
import { pickType, totalWeight } from './type-hints';
import type { Article, Entity } from './types';

/** Entities of the articles, sorted by id. Articles must be in a fixed order for the output to be stable. */
export function extractEntities(articles: Article[]): Entity[] {
  const groups = groupMentions(scanArticles(articles));
  linkGroups(groups);
  const members = new Map<NameGroup, NameGroup[]>();
  for (const group of groups.values()) {
    if (group.dropped) continue;
    const root = rootOf(groups, group);
    if (root.dropped) continue;
    members.set(root, [...(members.get(root) ?? []), group]);
  }
  const entities: Omit<Entity, 'id'>[] = [];
  for (const [root, list] of members) {
    const entity = toEntity(root, list);
    if (entity) entities.push(entity);
  }
  return assignIds(removeSharedAliases(entities));
}

function toEntity(root: NameGroup, members: NameGroup[]): Omit<Entity, 'id'> | undefined {
  const weights = weightsOf(members);
  const mentions = members.flatMap((member) => member.mentions);
  // A lone capitalised word that nothing types and that occurs once is more likely noise than a name.
  if (totalWeight(weights) === 0 && root.words.length === 1 && mentions.length < 2) return undefined;
  const name = mostCommon(root.mentions.map((mention) => ({ value: mention.name, mention })));
  const aliases = new Set<string>([name]);
  for (const member of members) {
    for (const mention of member.mentions) aliases.add(mention.name);
    for (const alias of member.impliedAliases) aliases.add(alias);
  }
  const described = mentions.filter((mention) => mention.description);
  const description = described.length
    ? mostCommon(described.map((mention) => ({ value: mention.description, mention })))
    : '';
  return {
    name,
    type: pickType(weights),
    aliases: [name, ...[...aliases].filter((a) => a !== name).sort()],
    description,
  };
}

/** Most frequent value; ties go to the longer value (more informative), then to the first seen. */
function mostCommon(items: { value: string; mention: Mention }[]): string {
  const stats = new Map<string, { count: number; first: Mention }>();
  for (const { value, mention } of items) {
    const stat = stats.get(value);
    if (!stat) stats.set(value, { count: 1, first: mention });
    else {
      stat.count++;
      if (compareOrder(mention, stat.first) < 0) stat.first = mention;
    }
  }
  const ranked = [...stats].sort(
    ([a, x], [b, y]) => y.count - x.count || b.length - a.length || compareOrder(x.first, y.first),
  );
  return ranked[0]?.[0] ?? '';
}

function compareOrder(a: Mention, b: Mention): number {
  for (let i = 0; i < a.order.length; i++) {
    const diff = (a.order[i] ?? 0) - (b.order[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** An alias claimed by two entities marks neither, unless it is one of them's own name. */
function removeSharedAliases(entities: Omit<Entity, 'id'>[]): Omit<Entity, 'id'>[] {
  const owners = new Map<string, number>();
  for (const entity of entities)
    for (const alias of entity.aliases) owners.set(alias, (owners.get(alias) ?? 0) + 1);
  const names = new Set(entities.map((entity) => entity.name));
  return entities.map((entity) => ({
    ...entity,
    aliases: entity.aliases.filter(
      (alias) => alias === entity.name || ((owners.get(alias) ?? 0) < 2 && !names.has(alias)),
    ),
  }));
}

/** Ids are slugs of the name; clashes get -2, -3 in name order so they do not depend on input order. */
function assignIds(entities: Omit<Entity, 'id'>[]): Entity[] {
  const sorted = [...entities].sort(
    (a, b) => compareStrings(a.name, b.name) || compareStrings(a.type, b.type),
  );
  const used = new Set<string>();
  const result = sorted.map((entity) => {
    const base = slugify(entity.name) || `entity-${hash64(entity.name).slice(0, 8)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, ...entity };
  });
  return result.sort((a, b) => compareStrings(a.id, b.id));
}

/** Code-unit order: locale-aware comparison could differ between Node and a browser. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
