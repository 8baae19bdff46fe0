// The packed dataset the worker reads on wake: the head and the shards give back exactly the compiled
// dataset, a card read from one shard is the card the whole dataset gives, and a shard that does not
// belong to the head is refused.
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { compileDataset } from '../../src/core/dataset/compile';
import {
  entityShardNameOf,
  packDataset,
  shardNames,
  unpackDataset,
} from '../../src/core/dataset/packed-dataset';
import { checkHead, createPackedReader } from '../../src/core/dataset/packed-reader';
import { entityCard, indexDataset } from '../../src/core/query/dataset-index';

const more = (title: string, body: string) => ({
  name: `${title}.json`,
  text: JSON.stringify({ title, date: '2024-08-01', body, source: 'Wire', url: 'https://news.example/a' }),
});
// The seed and three articles more: facts resolved by reference, articles with a URL, one person with
// more facts than a card shows.
const dataset = compileDataset([
  ...readArticleFiles(),
  more('Talks in Oslo', 'Ingrid Halvorsen met Jonas Berg in Oslo. She said the talks would go on.'),
  more('Berg returns', 'Jonas Berg returned to Bergen on Monday. Halvorsen stayed in Oslo.'),
  // More facts about one person than a card shows: the rest are packed apart from the card's.
  more(
    'Halvorsen diary',
    Array.from({ length: 70 }, (_, i) => `Ingrid Halvorsen visited harbour number ${i + 1} in Oslo.`).join(
      ' ',
    ),
  ),
]);

// Small shards, so the data is spread over many of them as a large dataset is.
const SMALL = { entitiesPerShard: 3, articlesPerShard: 1 };

/** A reader over the packed files, each shard handed out as a fresh copy, counting what it reads. */
function packedReader() {
  const { head, shards } = packDataset(structuredClone(dataset), SMALL);
  const read: string[] = [];
  const reader = createPackedReader(checkHead(JSON.parse(JSON.stringify(head))), async (name) => {
    read.push(name);
    return structuredClone(shards.get(name));
  });
  return { reader, head, shards, read };
}

describe('packed dataset', () => {
  it('unpacks to exactly the dataset it was packed from', () => {
    const { head, shards } = packDataset(structuredClone(dataset), SMALL);
    expect(head.entityShards).toBeGreaterThan(3);
    expect(head.articleShards).toBe(dataset.articles.length);
    // The entity list is one shard more.
    expect(head.entityShards + head.articleShards + head.factShards + 1).toBe(shards.size);
    // A card's shard holds no more facts of an entity than a card shows.
    for (const shard of shards.values())
      if (shard.kind === 'entities')
        for (const record of Object.values(shard.records))
          expect(record.facts.length).toBeLessThanOrEqual(50);
    expect(unpackDataset(head, JSON.parse(JSON.stringify([...shards.values()])))).toEqual(dataset);
  });

  it('reads one shard for a card, and the card is the one the whole dataset gives', async () => {
    const index = indexDataset(dataset);
    const { reader, head, read } = packedReader();
    const first = dataset.entities[0];
    if (!first) throw new Error('no entities');
    expect(await reader.card(first.id)).toEqual(entityCard(index, first.id));
    expect(read).toEqual([entityShardNameOf(head, first.id)]);
    for (const entity of dataset.entities)
      expect(await reader.card(entity.id)).toEqual(entityCard(index, entity.id));
    expect(await reader.card('no-such-entity')).toBeNull();
    expect(await reader.entity(first.id)).toEqual(first);
    expect(await reader.entity('no-such-entity')).toBeNull();
    expect(await reader.entityList()).toEqual(dataset.entities);
    // Each shard is read once however many cards it serves.
    expect(new Set(read).size).toBe(read.length);
  });

  it('gives articles and the facts in them, and nothing for ids it does not have', async () => {
    const { reader } = packedReader();
    for (const article of dataset.articles) expect(await reader.article(article.id)).toEqual(article);
    const fact = dataset.facts.find((f) => f.resolvedBy === 'reference') ?? dataset.facts[0];
    if (!fact) throw new Error('no facts');
    expect(await reader.articleFact(fact.articleId, fact.id)).toEqual({
      paragraph: fact.paragraph,
      sentence: fact.sentence,
      text: fact.text,
    });
    const lastOfMany = dataset.facts.filter((f) => f.entityId === 'ingrid-halvorsen').at(-1);
    expect(dataset.facts.filter((f) => f.entityId === 'ingrid-halvorsen').length).toBeGreaterThan(60);
    expect(await reader.articleFact(lastOfMany?.articleId ?? '', lastOfMany?.id ?? '')).toMatchObject({
      text: lastOfMany?.text,
    });
    const other = dataset.articles.find((a) => a.id !== fact.articleId);
    expect(await reader.articleFact(other?.id ?? '', fact.id)).toBeNull();
    expect(await reader.article('no-such-article')).toBeNull();
    expect(await reader.all()).toEqual(dataset);
  });

  it('refuses a head of another format and a shard of another dataset, and retries a failed read', async () => {
    const { head, shards } = packDataset(structuredClone(dataset), SMALL);
    expect(() => checkHead({ ...head, format: 0 })).toThrow(/format/);
    expect(() => checkHead({ ...head, factShards: -1 })).toThrow(/shard counts/);
    expect(() => checkHead({ ...head, counts: { ...head.counts, facts: 'many' } })).toThrow(/counts/);
    expect(() => checkHead(null)).toThrow(/head/);
    const entity = dataset.entities[0]?.id ?? '';
    const name = entityShardNameOf(head, entity);
    let failures = 1;
    const stale = createPackedReader(head, async (n) => {
      if (n === name && failures-- > 0) throw new Error('dropped');
      const shard = structuredClone(shards.get(n));
      return n === name ? shard : { ...shard, version: 'another-build' };
    });
    await expect(stale.card(entity)).rejects.toThrow('dropped');
    expect((await stale.card(entity))?.entity.id).toBe(entity);
    const elsewhere = dataset.entities.find((e) => entityShardNameOf(head, e.id) !== name)?.id ?? '';
    await expect(stale.card(elsewhere)).rejects.toThrow(/version another-build/);
    await expect(stale.article(dataset.articles[0]?.id ?? '')).rejects.toThrow(/version another-build/);
    const missing = createPackedReader(head, async () => undefined);
    await expect(missing.card(entity)).rejects.toThrow(/missing/);
    expect(shardNames(head).length).toBe(shards.size);
  });
});
