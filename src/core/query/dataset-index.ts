import type { Article, Dataset, Entity, Fact } from '../dataset/types';
import type { EntityCard, FactView, MatchData } from '../protocol';

/** Lookup tables over one dataset; derived data only, rebuilt whenever the dataset is (re)loaded. */
export interface DatasetIndex {
  dataset: Dataset;
  entities: Map<string, Entity>;
  articles: Map<string, Article>;
  facts: Map<string, Fact>;
  /** Facts per entity, in the dataset's ranked order. */
  factsByEntity: Map<string, Fact[]>;
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
  };
}

/** A card bounded in size: the message stays small however much an entity is written about. */
export const MAX_CARD_FACTS = 50;

export function entityCard(index: DatasetIndex, entityId: string, preferred: Fact[] = []): EntityCard | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const seen = new Set(preferred.map((f) => f.id));
  const rest = (index.factsByEntity.get(entityId) ?? []).filter((f) => !seen.has(f.id));
  const facts = [...preferred, ...rest].slice(0, MAX_CARD_FACTS).map((f) => factView(index, f));
  return { entity, facts };
}

export function matchData(index: DatasetIndex): MatchData {
  const { dataset } = index;
  return {
    version: dataset.version,
    aliases: dataset.entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id }))),
    entities: dataset.entities.map(({ id, name, type }) => ({ id, name, type })),
  };
}
