// Reads a packed dataset (packed-dataset.ts) shard by shard, from wherever its shards are kept: the
// package for the bundled data, IndexedDB for a dataset with imports. Only the head is read up front;
// a card reads one entity shard, an article one article shard, and each shard is kept once read.
import type { EntityCard } from '../protocol';
import { cardOf } from '../query/dataset-index';
import {
  type ArticleShard,
  articleShardNameOf,
  type DatasetHead,
  type DatasetShard,
  ENTITY_LIST_SHARD,
  type EntityListShard,
  type EntityShard,
  entityShardNameOf,
  type FactShard,
  factShardNameOf,
  PACKED_FORMAT,
  shardNames,
  unpackDataset,
  unpackFact,
} from './packed-dataset';
import { type Article, DATASET_SCHEMA_VERSION, type Dataset, type Entity, type Fact } from './types';

/** Reads one shard by name; resolves to undefined when there is none. */
export type ShardLoader = (name: string) => Promise<unknown>;

export class PackedDatasetError extends Error {
  override name = 'PackedDatasetError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/**
 * The cheap check at load: the format and schema this code reads, a version, and the shapes the reader
 * relies on. The content was validated in full before it was packed and is not validated again here.
 */
export function checkHead(value: unknown): DatasetHead {
  if (!isRecord(value)) throw new PackedDatasetError('dataset head: not an object');
  if (value.format !== PACKED_FORMAT)
    throw new PackedDatasetError(`dataset head: format ${String(value.format)}, expected ${PACKED_FORMAT}`);
  if (value.schemaVersion !== DATASET_SCHEMA_VERSION)
    throw new PackedDatasetError(`dataset head: schema ${String(value.schemaVersion)}`);
  if (typeof value.version !== 'string' || !value.version)
    throw new PackedDatasetError('dataset head: no version');
  const counts = value.counts;
  if (!isRecord(counts) || !isCount(counts.articles) || !isCount(counts.entities) || !isCount(counts.facts))
    throw new PackedDatasetError('dataset head: bad counts');
  if (
    !isCount(value.entityShards) ||
    !isCount(value.articleShards) ||
    !isCount(value.factShards) ||
    !value.entityShards ||
    !value.articleShards
  )
    throw new PackedDatasetError('dataset head: bad shard counts');
  return value as unknown as DatasetHead;
}

function checkShard(
  head: DatasetHead,
  name: string,
  value: unknown,
  kind: DatasetShard['kind'],
): DatasetShard {
  const hasBody =
    isRecord(value) && (kind === 'entity-list' ? Array.isArray(value.entities) : isRecord(value.records));
  if (!isRecord(value) || value.kind !== kind || !hasBody)
    throw new PackedDatasetError(`dataset shard ${name}: missing or not a shard`);
  // A shard left from another build or compile: mixing it in would serve another dataset's facts.
  if (value.version !== head.version)
    throw new PackedDatasetError(
      `dataset shard ${name}: version ${String(value.version)}, expected ${head.version}`,
    );
  return value as unknown as DatasetShard;
}

export interface DatasetReader {
  head: DatasetHead;
  /** One entity, from its shard; null for an unknown id. */
  entity(entityId: string): Promise<Entity | null>;
  /** Every entity in dataset order, from the entity list: for a tab's match data, never for a card. */
  entityList(): Promise<Entity[]>;
  /** The entity's card, its `preferred` facts first; null for an unknown id. */
  card(entityId: string, preferred?: Fact[]): Promise<EntityCard | null>;
  article(articleId: string): Promise<Article | null>;
  /** Where a fact of this article stands in it; null when the article has no such fact. */
  articleFact(
    articleId: string,
    factId: string,
  ): Promise<{ paragraph: number; sentence: number; text: string } | null>;
  /** The whole dataset, read once: for search and for compiling imports, never for a card. */
  all(): Promise<Dataset>;
}

export function createPackedReader(head: DatasetHead, load: ShardLoader): DatasetReader {
  const shards = new Map<string, Promise<DatasetShard>>();
  const shard = (name: string, kind: DatasetShard['kind']): Promise<DatasetShard> => {
    let reading = shards.get(name);
    if (!reading) {
      reading = load(name).then((value) => checkShard(head, name, value, kind));
      shards.set(name, reading);
      // A read that failed (a dropped fetch) is tried again next time, not cached.
      reading.catch(() => {
        if (shards.get(name) === reading) shards.delete(name);
      });
    }
    return reading;
  };
  const entityShard = async (id: string) =>
    (await shard(entityShardNameOf(head, id), 'entities')) as EntityShard;
  const articleShard = async (id: string) =>
    (await shard(articleShardNameOf(head, id), 'articles')) as ArticleShard;
  let whole: Promise<Dataset> | null = null;

  return {
    head,
    async entity(entityId) {
      return (await entityShard(entityId)).records[entityId]?.entity ?? null;
    },
    async entityList() {
      return ((await shard(ENTITY_LIST_SHARD, 'entity-list')) as EntityListShard).entities;
    },
    async card(entityId, preferred = []) {
      const { records, articles, names } = await entityShard(entityId);
      const record = records[entityId];
      if (!record) return null;
      return cardOf(
        {
          entity: record.entity,
          facts: record.facts.map((packed) => unpackFact(entityId, packed, articles)),
          relations: record.relations,
          articleOf: (id) => articles[id],
          entityOf: (id) => {
            const named = names[id];
            return named ? { id, name: named[0], type: named[1], aliases: [], description: '' } : undefined;
          },
        },
        preferred,
      );
    },
    async article(articleId) {
      return (await articleShard(articleId)).records[articleId]?.article ?? null;
    },
    async articleFact(articleId, factId) {
      const found = (await articleShard(articleId)).records[articleId]?.facts[factId];
      if (!found) return null;
      const [paragraph, sentence, entityId] = found;
      const isIt = ([id]: readonly [string, ...unknown[]]) => id === factId;
      let packed = (await entityShard(entityId)).records[entityId]?.facts.find(isIt);
      // Past the first facts of a much-written-about entity: in its fact shard.
      packed ??= ((await shard(factShardNameOf(head, entityId), 'facts')) as FactShard).records[
        entityId
      ]?.find(isIt);
      return packed ? { paragraph, sentence, text: packed[4] } : null;
    },
    all() {
      if (!whole) {
        const reading = Promise.all(shardNames(head).map(({ name, kind }) => shard(name, kind))).then((all) =>
          unpackDataset(head, all),
        );
        whole = reading;
        reading.catch(() => {
          if (whole === reading) whole = null;
        });
      }
      return whole;
    },
  };
}
