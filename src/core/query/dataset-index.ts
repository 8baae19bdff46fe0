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

/** What a card needs of an article: its title and source (and address, when it has one). */
export type CardArticle = Pick<Article, 'title' | 'source'> & { url?: string };

export function factViewOf(fact: Fact, article: CardArticle | undefined): FactView {
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

export function factView(index: DatasetIndex, fact: Fact): FactView {
  return factViewOf(fact, index.articles.get(fact.articleId));
}

/** A card bounded in size: the message stays small however much an entity is written about. */
export const MAX_CARD_FACTS = 50;
export const MAX_CARD_RELATED = 10;
/** Enough distinct dates for a year of daily mentions. */
export const MAX_CARD_TIMELINE = 366;

/** The pieces of one entity's card, from wherever the dataset is kept (an index in memory, or shards). */
export interface CardSource {
  entity: Entity;
  /** The entity's facts in ranked order. */
  facts: readonly Fact[];
  relations: EntityRelations | undefined;
  articleOf(articleId: string): CardArticle | undefined;
  entityOf(entityId: string): Entity | undefined;
}

export function cardOf(source: CardSource, preferred: Fact[] = []): EntityCard {
  const { entity, relations } = source;
  const seen = new Set(preferred.map((f) => f.id));
  const rest = source.facts.filter((f) => !seen.has(f.id));
  const facts = [...preferred, ...rest]
    .slice(0, MAX_CARD_FACTS)
    .map((f) => factViewOf(f, source.articleOf(f.articleId)));
  if (!relations) return { entity, facts };
  const related = relations.related.slice(0, MAX_CARD_RELATED).flatMap(({ entityId: id, count }) => {
    const other = source.entityOf(id);
    return other ? [{ id, name: other.name, type: other.type, count }] : [];
  });
  return { entity, facts, related, timeline: relations.timeline.slice(-MAX_CARD_TIMELINE) };
}

export function entityCard(index: DatasetIndex, entityId: string, preferred: Fact[] = []): EntityCard | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  return cardOf(
    {
      entity,
      facts: index.factsByEntity.get(entityId) ?? [],
      relations: index.relations.get(entityId),
      articleOf: (id) => index.articles.get(id),
      entityOf: (id) => index.entities.get(id),
    },
    preferred,
  );
}

/** Every alias with its entity: the input of the matcher compiler. */
export function matchAliases(dataset: Pick<Dataset, 'entities'>): MatchAlias[] {
  return dataset.entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id })));
}

/** What a tab needs to mark: the packed matcher (compiled elsewhere, once) and the entity names. */
export function matchData(dataset: Pick<Dataset, 'version' | 'entities'>, matcher: string): MatchData {
  return {
    version: dataset.version,
    matcher,
    entities: dataset.entities.map(({ id, name, type }) => ({ id, name, type })),
  };
}
