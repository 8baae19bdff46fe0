// Merging what several compiled parts say about the same entity: the bundled dataset and the segments of
// imported articles (background/import-compiler.ts) are compiled apart, and an id names the same entity
// in each (ids are the slug of the name), so a card or a search sees one entity with everyone's facts.
import type { EntityCard, FactView, RelatedView } from '../protocol';
import { MAX_CARD_FACTS, MAX_CARD_RELATED, MAX_CARD_TIMELINE } from '../query/dataset-index';
import { latestDate } from '../text/dates';
import type { Dataset, Entity, EntityRelations } from './types';

export interface MergedEntities {
  list: Entity[];
  byId: Map<string, Entity>;
  /** Entity id → the indexes of the parts that have it, in part order. */
  owners: Map<string, number[]>;
}

/** The first part's name, type and description; every part's aliases (the first part's come first). */
export function mergeEntities(lists: ReadonlyArray<readonly Entity[]>): MergedEntities {
  const byId = new Map<string, Entity>();
  const owners = new Map<string, number[]>();
  lists.forEach((list, part) => {
    for (const entity of list) {
      const known = byId.get(entity.id);
      if (!known) {
        byId.set(entity.id, entity);
        owners.set(entity.id, [part]);
        continue;
      }
      owners.get(entity.id)?.push(part);
      const extra = entity.aliases.filter((alias) => !known.aliases.includes(alias));
      if (extra.length) byId.set(entity.id, { ...known, aliases: [...known.aliases, ...extra] });
    }
  });
  return { list: [...byId.values()], byId, owners };
}

function mergeCounts<T extends string>(
  items: Iterable<{ key: T; count: number }>,
): Array<{ key: T; count: number }> {
  const counts = new Map<T, number>();
  for (const { key, count } of items) counts.set(key, (counts.get(key) ?? 0) + count);
  return [...counts].map(([key, count]) => ({ key, count }));
}

function mergeTimelines(timelines: ReadonlyArray<ReadonlyArray<{ date: string; count: number }>>) {
  return mergeCounts(timelines.flat().map(({ date, count }) => ({ key: date, count })))
    .map(({ key, count }) => ({ date: key, count }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Most shared sentences first, then by id, as the compiler orders them. */
function byCount<T extends { count: number; id: string }>(a: T, b: T): number {
  return b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One card from the cards each part gives for the entity; `preferred` facts stay first. */
export function mergeCards(entity: Entity, cards: readonly EntityCard[], preferred: ReadonlySet<string>) {
  const seen = new Set<string>();
  const facts: FactView[] = [];
  for (const fact of cards.flatMap((c) => c.facts)) {
    if (seen.has(fact.id)) continue;
    seen.add(fact.id);
    facts.push(fact);
  }
  facts.sort((a, b) => Number(preferred.has(b.id)) - Number(preferred.has(a.id)));
  const card: EntityCard = { entity, facts: facts.slice(0, MAX_CARD_FACTS) };
  const withRelations = cards.filter((c) => c.related || c.timeline);
  if (withRelations.length === 0) return card;
  const views = new Map<string, RelatedView>();
  for (const view of withRelations.flatMap((c) => c.related ?? [])) views.set(view.id, view);
  const related = mergeCounts(
    withRelations.flatMap((c) => c.related ?? []).map((r) => ({ key: r.id, count: r.count })),
  )
    .flatMap(({ key, count }) => {
      const view = views.get(key);
      return view ? [{ ...view, count }] : [];
    })
    .sort(byCount)
    .slice(0, MAX_CARD_RELATED);
  const timeline = mergeTimelines(withRelations.map((c) => c.timeline ?? [])).slice(-MAX_CARD_TIMELINE);
  return { ...card, related, timeline };
}

function mergeRelations(entityId: string, records: readonly EntityRelations[]): EntityRelations {
  const related = mergeCounts(
    records.flatMap((r) => r.related).map((r) => ({ key: r.entityId, count: r.count })),
  )
    .map(({ key, count }) => ({ entityId: key, count, id: key }))
    .sort(byCount)
    .map(({ entityId: id, count }) => ({ entityId: id, count }));
  return { entityId, related, timeline: mergeTimelines(records.map((r) => r.timeline)) };
}

/** The whole of every part as one dataset (for search): `version` names the combination. */
export function mergeDatasets(parts: readonly Dataset[], version: string): Dataset {
  const first = parts[0];
  if (!first) throw new Error('mergeDatasets: no parts');
  const entities = mergeEntities(parts.map((p) => p.entities));
  const relations = new Map<string, EntityRelations[]>();
  for (const part of parts)
    for (const record of part.relations) {
      const list = relations.get(record.entityId);
      if (list) list.push(record);
      else relations.set(record.entityId, [record]);
    }
  return {
    schemaVersion: first.schemaVersion,
    version,
    date: latestDate(parts.map((p) => p.date)),
    articles: parts.flatMap((p) => p.articles),
    entities: entities.list,
    facts: parts.flatMap((p) => p.facts),
    relations: entities.list.flatMap((e) => {
      const records = relations.get(e.id);
      return records
        ? [records.length === 1 ? (records[0] as EntityRelations) : mergeRelations(e.id, records)]
        : [];
    }),
  };
}
