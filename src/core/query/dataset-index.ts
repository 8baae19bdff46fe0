import type { Article, Dataset, Entity, EntityRelations, Fact } from '../dataset/types';
import type { EntityCard, FactView, MatchAlias, MatchData } from '../protocol';

/** Lookup tables over one dataset; derived data only, rebuilt whenever the dataset is (re)loaded. */
export interface DatasetIndex {
  dataset: Dataset;
  entities: Map<string, Entity>;
  articles: Map<string, Article>;
  facts: Map<string, Fact>;
  /** Facts per entity, in the dataset's ranked order. */
  factsByEntity: Map<string, Fact[]>;
  relations: Map<string, EntityRelations>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const factsByEntity = new Map<string, Fact[]>();
  for (const fact of dataset.facts) {
    const list = factsByEntity.get(fact.entityId);
    if (list) list.push(fact);
    else factsByEntity.set(fact.entityId, [fact]);
  }
  return {
    dataset,
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    articles: new Map(dataset.articles.map((a) => [a.id, a])),
    facts: new Map(dataset.facts.map((f) => [f.id, f])),
    factsByEntity,
    relations: new Map(dataset.relations.map((r) => [r.entityId, r])),
  };
}

export function factView(index: DatasetIndex, fact: Fact): FactView {
  const article = index.articles.get(fact.articleId);
  return {
    id: fact.id,
    text: fact.text,
    date: fact.date,
    articleId: fact.articleId,
    articleTitle: article?.title ?? '',
    source: article?.source ?? '',
    paragraph: fact.paragraph,
    sentence: fact.sentence,
    ...(fact.resolvedBy ? { resolvedBy: fact.resolvedBy } : {}),
    ...(article?.url ? { articleUrl: article.url } : {}),
  };
}

/** A card bounded in size: the message stays small however much an entity is written about. */
export const MAX_CARD_FACTS = 50;
export const MAX_CARD_RELATED = 10;
/** Enough distinct dates for a year of daily mentions. */
export const MAX_CARD_TIMELINE = 366;

export function entityCard(index: DatasetIndex, entityId: string, preferred: Fact[] = []): EntityCard | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const seen = new Set(preferred.map((f) => f.id));
  const rest = (index.factsByEntity.get(entityId) ?? []).filter((f) => !seen.has(f.id));
  const facts = [...preferred, ...rest].slice(0, MAX_CARD_FACTS).map((f) => factView(index, f));
  const relations = index.relations.get(entityId);
  if (!relations) return { entity, facts };
  const related = relations.related.slice(0, MAX_CARD_RELATED).flatMap(({ entityId: id, count }) => {
    const other = index.entities.get(id);
    return other ? [{ id, name: other.name, type: other.type, count }] : [];
  });
  return { entity, facts, related, timeline: relations.timeline.slice(-MAX_CARD_TIMELINE) };
}

/** Every alias with its entity: the input of the matcher compiler. */
export function matchAliases(dataset: Dataset): MatchAlias[] {
  return dataset.entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id })));
}

/** What a tab needs to mark: the packed matcher (compiled elsewhere, once) and the entity names. */
export function matchData(index: DatasetIndex, matcher: string): MatchData {
  const { dataset } = index;
  return {
    version: dataset.version,
    matcher,
    entities: dataset.entities.map(({ id, name, type }) => ({ id, name, type })),
  };
}
