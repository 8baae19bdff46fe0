// The compiled dataset split for a worker that is stopped whenever it idles: a head of a few hundred
// bytes that every wake reads (the version, the counts, how many shards), and shards read only when
// they are needed: one entity shard for a card (the entity, its first facts, its relations and the
// names they point to), one article shard for an article, the entity list for a tab's match data. Which shard holds an id is a hash of the id, so no id → shard table is loaded.
// The dataset is validated once, before it is packed (at build time, or when imports are compiled); a
// reader checks only that each shard belongs to the head it has (same version), which costs nothing.
import { MAX_CARD_FACTS, MAX_CARD_RELATED } from '../query/dataset-index';
import type { Article, Dataset, Entity, EntityRelations, Fact } from './types';

/** Bumped whenever the head or shard shape changes: a reader refuses any other format. */
export const PACKED_FORMAT = 1;

export interface DatasetHead {
  format: typeof PACKED_FORMAT;
  schemaVersion: number;
  version: string;
  date: string;
  counts: { articles: number; entities: number; facts: number };
  entityShards: number;
  articleShards: number;
  /** Shards of the facts past each entity's first MAX_CARD_FACTS (factShardName). */
  factShards: number;
}

/** What a card shows of an article, kept next to the facts so a card needs one shard. */
export interface ArticleMeta {
  title: string;
  source: string;
  /** Every fact's date: validateDataset holds a fact to its article's date. */
  date: string;
  url?: string;
}

/**
 * One fact without the fields its place implies (the entity is the record's, the date the article's):
 * id, article id, paragraph, sentence, text, its place in the dataset's fact list, 1 if resolved by
 * reference.
 */
export type PackedFact = [
  id: string,
  articleId: string,
  paragraph: number,
  sentence: number,
  text: string,
  order: number,
  byReference?: 1,
];

export interface EntityRecord {
  entity: Entity;
  /**
   * The first MAX_CARD_FACTS facts in the dataset's ranked order: all a card shows, so a shard stays
   * small however much one entity is written about. The rest are in its fact shard.
   */
  facts: PackedFact[];
  relations?: EntityRelations;
}

export interface EntityShard {
  kind: 'entities';
  version: string;
  records: Record<string, EntityRecord>;
  articles: Record<string, ArticleMeta>;
  /** Name and type of every entity a card of this shard names among its related ones. */
  names: Record<string, [name: string, type: Entity['type']]>;
}

/** Every entity, in dataset order: for a tab's match data and for the whole dataset, never for a card. */
export interface EntityListShard {
  kind: 'entity-list';
  version: string;
  entities: Entity[];
}

export interface ArticleRecord {
  /** The article's place in the dataset's article list. */
  order: number;
  article: Article;
  /** Fact id → where its sentence is, and whose fact it is (its text is in that entity's shard). */
  facts: Record<string, [paragraph: number, sentence: number, entityId: string]>;
}

export interface ArticleShard {
  kind: 'articles';
  version: string;
  records: Record<string, ArticleRecord>;
}

/** The facts past each entity's first MAX_CARD_FACTS, read only by whoever needs the whole dataset. */
export interface FactShard {
  kind: 'facts';
  version: string;
  records: Record<string, PackedFact[]>;
  articles: Record<string, ArticleMeta>;
}

export type DatasetShard = EntityShard | ArticleShard | FactShard | EntityListShard;

export const ENTITY_LIST_SHARD = 'entities';

export interface PackedDataset {
  head: DatasetHead;
  /** Shard name → shard; names as entityShardName / articleShardName give them. */
  shards: Map<string, DatasetShard>;
}

// Shard sizes: a card reads one entity shard, an article page one article shard. About 40 entities
// (their facts) or 8 articles per shard keeps a shard in the tens of kilobytes at 10,000 articles.
export interface ShardSizes {
  entitiesPerShard?: number;
  articlesPerShard?: number;
}
const ENTITIES_PER_SHARD = 40;
const ARTICLES_PER_SHARD = 8;

/** FNV-1a of the id: stable across builds and engines, so build and worker agree on the shard. */
export function shardOf(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

export const entityShardName = (n: number): string => `e-${n}`;
export const articleShardName = (n: number): string => `a-${n}`;
export const factShardName = (n: number): string => `f-${n}`;

export function factShardNameOf(head: DatasetHead, entityId: string): string {
  return factShardName(shardOf(entityId, head.factShards));
}

export function entityShardNameOf(head: DatasetHead, entityId: string): string {
  return entityShardName(shardOf(entityId, head.entityShards));
}

export function articleShardNameOf(head: DatasetHead, articleId: string): string {
  return articleShardName(shardOf(articleId, head.articleShards));
}

function metaOf(article: Article): ArticleMeta {
  return {
    title: article.title,
    source: article.source,
    date: article.date,
    ...(article.url ? { url: article.url } : {}),
  };
}

function packFact(fact: Fact, order: number): PackedFact {
  const packed: PackedFact = [fact.id, fact.articleId, fact.paragraph, fact.sentence, fact.text, order];
  if (fact.resolvedBy === 'reference') packed.push(1);
  return packed;
}

/** A packed fact of `entityId` as the dataset had it; `articles` gives its date. */
export function unpackFact(
  entityId: string,
  packed: PackedFact,
  articles: Readonly<Record<string, ArticleMeta>>,
): Fact {
  const [id, articleId, paragraph, sentence, text, , byReference] = packed;
  return {
    id,
    entityId,
    text,
    articleId,
    date: articles[articleId]?.date ?? '',
    paragraph,
    sentence,
    ...(byReference ? { resolvedBy: 'reference' as const } : {}),
  };
}

/** Splits a dataset that has already been validated; pure, so the build and the worker pack alike. */
export function packDataset(dataset: Dataset, sizes: ShardSizes = {}): PackedDataset {
  const perEntityShard = sizes.entitiesPerShard ?? ENTITIES_PER_SHARD;
  const perArticleShard = sizes.articlesPerShard ?? ARTICLES_PER_SHARD;
  const head: DatasetHead = {
    format: PACKED_FORMAT,
    schemaVersion: dataset.schemaVersion,
    version: dataset.version,
    date: dataset.date,
    counts: {
      articles: dataset.articles.length,
      entities: dataset.entities.length,
      facts: dataset.facts.length,
    },
    entityShards: Math.max(1, Math.ceil(dataset.entities.length / perEntityShard)),
    articleShards: Math.max(1, Math.ceil(dataset.articles.length / perArticleShard)),
    factShards: 0,
  };
  head.factShards = head.entityShards;
  // Every shard is written, empty ones too: a reader that finds one missing knows the data is damaged.
  const entityShards: EntityShard[] = Array.from({ length: head.entityShards }, () => ({
    kind: 'entities',
    version: dataset.version,
    records: {},
    articles: {},
    names: {},
  }));
  const articleShards: ArticleShard[] = Array.from({ length: head.articleShards }, () => ({
    kind: 'articles',
    version: dataset.version,
    records: {},
  }));
  const factShards: FactShard[] = Array.from({ length: head.factShards }, () => ({
    kind: 'facts',
    version: dataset.version,
    records: {},
    articles: {},
  }));
  const shards = new Map<string, DatasetShard>([
    [ENTITY_LIST_SHARD, { kind: 'entity-list', version: dataset.version, entities: dataset.entities }],
    ...entityShards.map((shard, n) => [entityShardName(n), shard] as const),
    ...articleShards.map((shard, n) => [articleShardName(n), shard] as const),
    ...factShards.map((shard, n) => [factShardName(n), shard] as const),
  ]);
  const factShard = (id: string): FactShard => factShards[shardOf(id, head.factShards)] as FactShard;
  const entityShard = (id: string): EntityShard =>
    entityShards[shardOf(id, head.entityShards)] as EntityShard;
  const articleShard = (id: string): ArticleShard =>
    articleShards[shardOf(id, head.articleShards)] as ArticleShard;
  const articles = new Map<string, ArticleRecord>();
  dataset.articles.forEach((article, order) => {
    const record: ArticleRecord = { order, article, facts: {} };
    articles.set(article.id, record);
    articleShard(article.id).records[article.id] = record;
  });
  const records = new Map<string, EntityRecord>();
  for (const entity of dataset.entities) {
    const record: EntityRecord = { entity, facts: [] };
    records.set(entity.id, record);
    entityShard(entity.id).records[entity.id] = record;
  }
  dataset.facts.forEach((fact, order) => {
    const record = records.get(fact.entityId);
    const article = articles.get(fact.articleId);
    if (!record || !article) return; // validateDataset refuses such a fact; nothing to keep it under
    article.facts[fact.id] = [fact.paragraph, fact.sentence, fact.entityId];
    const packed = packFact(fact, order);
    if (record.facts.length < MAX_CARD_FACTS) {
      record.facts.push(packed);
      entityShard(fact.entityId).articles[fact.articleId] ??= metaOf(article.article);
      return;
    }
    const shard = factShard(fact.entityId);
    const rest = shard.records[fact.entityId];
    if (rest) rest.push(packed);
    else shard.records[fact.entityId] = [packed];
    shard.articles[fact.articleId] ??= metaOf(article.article);
  });
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  for (const relations of dataset.relations) {
    const record = records.get(relations.entityId);
    if (!record) continue;
    record.relations = relations;
    const { names } = entityShard(relations.entityId);
    for (const { entityId } of relations.related.slice(0, MAX_CARD_RELATED)) {
      const other = entities.get(entityId);
      if (other) names[entityId] = [other.name, other.type];
    }
  }
  return { head, shards };
}

/** The dataset again, from its head and every shard: for whoever needs all of it (search, recompiles). */
export function unpackDataset(head: DatasetHead, shards: Iterable<DatasetShard>): Dataset {
  const articles: Array<{ order: number; article: Article }> = [];
  const facts: Array<{ order: number; fact: Fact }> = [];
  const relations = new Map<string, EntityRelations>();
  let entities: Entity[] = [];
  for (const shard of shards) {
    if (shard.kind === 'entity-list') {
      entities = shard.entities;
      continue;
    }
    if (shard.kind === 'articles') {
      for (const record of Object.values(shard.records)) articles.push(record);
      continue;
    }
    if (shard.kind === 'facts') {
      for (const [entityId, packed] of Object.entries(shard.records))
        for (const one of packed)
          facts.push({ order: one[5], fact: unpackFact(entityId, one, shard.articles) });
      continue;
    }
    for (const [entityId, record] of Object.entries(shard.records)) {
      for (const packed of record.facts)
        facts.push({ order: packed[5], fact: unpackFact(entityId, packed, shard.articles) });
      if (record.relations) relations.set(entityId, record.relations);
    }
  }
  articles.sort((a, b) => a.order - b.order);
  facts.sort((a, b) => a.order - b.order);
  return {
    schemaVersion: head.schemaVersion,
    version: head.version,
    date: head.date,
    articles: articles.map((a) => a.article),
    entities,
    facts: facts.map((f) => f.fact),
    relations: entities.flatMap((e) => {
      const r = relations.get(e.id);
      return r ? [r] : [];
    }),
  };
}

/** Every shard a head refers to, with what kind of shard it is. */
export function shardNames(head: DatasetHead): Array<{ name: string; kind: DatasetShard['kind'] }> {
  return [
    { name: ENTITY_LIST_SHARD, kind: 'entity-list' as const },
    ...Array.from({ length: head.entityShards }, (_, n) => ({
      name: entityShardName(n),
      kind: 'entities' as const,
    })),
    ...Array.from({ length: head.articleShards }, (_, n) => ({
      name: articleShardName(n),
      kind: 'articles' as const,
    })),
    ...Array.from({ length: head.factShards }, (_, n) => ({
      name: factShardName(n),
      kind: 'facts' as const,
    })),
  ];
}

/** The package's files: the head and one file per shard, under this directory. */
export const PACKED_DIR = 'dataset';
export const HEAD_FILE = `${PACKED_DIR}/head.json`;
export const shardFile = (name: string): string => `${PACKED_DIR}/${name}.json`;
