// The popup's search: ranks the index's documents (search-index-query.ts), then reads only what the
// listed results show — the few document records they need and, for each entity listed, its card.
// Results are grouped as the popup shows them: entities (their matching facts first on their card),
// facts (one line per sentence, naming every entity it is a fact of), articles.
import type { Fact } from '../dataset/types';
import type { ArticleHit, EntityCard, FactHit, SearchResults } from '../protocol';
import { factViewOf } from './dataset-index';
import {
  DOC_SHARD_SIZE,
  type DocRecord,
  type DocShard,
  docShardOf,
  type FactRecord,
  type PostingShard,
  type SearchIndexHead,
} from './search-index-format';
import { createRanker, type RankedDocs, topByScore } from './search-index-query';

export interface DatasetSearch {
  /** At most `limit` results in each group. */
  search(query: string, limit?: number): Promise<SearchResults>;
}

/** Where an index's shards are read from (package files, IndexedDB, memory); each read once. */
export interface SearchIndexSource {
  head: SearchIndexHead;
  postings(shard: number): Promise<PostingShard>;
  docs(shard: number): Promise<DocShard>;
}

/** Entity cards, from the dataset's own shards (packed-reader.ts). */
export interface CardReader {
  card(entityId: string, preferred?: Fact[]): Promise<EntityCard | null>;
}

const NO_RESULTS: SearchResults = { entities: [], facts: [], articles: [] };
/** A card shows at most this many facts (dataset-index.ts MAX_CARD_FACTS): no more lead it. */
const MAX_LEADING_FACTS = 50;

const factOf = (r: FactRecord): Fact => ({
  id: r[1],
  entityId: r[2],
  text: r[8],
  articleId: r[4],
  date: r[5],
  paragraph: r[6],
  sentence: r[7],
  ...(r[12] ? { resolvedBy: 'reference' as const } : {}),
});

function factHit(r: FactRecord, entityName: string): FactHit {
  const article = { title: r[9], source: r[10], ...(r[11] ? { url: r[11] } : {}) };
  return { ...factViewOf(factOf(r), article), entityId: r[2], entityName };
}

/** What one query lists, as document numbers, chosen while the scores are at hand. */
interface Listing {
  entities: number[];
  /** Per listed sentence: its facts, best first (the first is the line, the rest add their names). */
  sentences: number[][];
  /** Per listed entity document: its matching facts, best first. */
  leading: Map<number, number[]>;
  articles: number[];
}

function list(head: SearchIndexHead, ranked: RankedDocs, limit: number): Listing {
  const { score, facts } = ranked;
  const entities = topByScore(ranked.entities, score, limit);
  const articles = topByScore(ranked.articles, score, limit);
  // The best facts until `limit` sentences are listed (several facts can share one sentence).
  const listed: number[] = [];
  for (let k = limit * 8; ; k *= 4) {
    const seen = new Set<number>();
    listed.length = 0;
    for (const doc of topByScore(facts, score, k)) {
      const sentence = head.sentences[doc] as number;
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      listed.push(sentence);
      if (listed.length === limit) break;
    }
    if (listed.length === limit || k >= facts.length) break;
  }
  const bySentence = new Map<number, number[]>(listed.map((s) => [s, []]));
  const byEntity = new Map<number, number[]>(entities.map((d) => [head.entityKeys[d] as number, []]));
  for (const doc of facts) {
    bySentence.get(head.sentences[doc] as number)?.push(doc);
    byEntity.get(head.entityKeys[doc] as number)?.push(doc);
  }
  const best = (docs: number[], k: number) => topByScore(docs, score, k);
  const leading = new Map<number, number[]>();
  for (const d of entities)
    leading.set(d, best(byEntity.get(head.entityKeys[d] as number) ?? [], MAX_LEADING_FACTS));
  return {
    entities,
    sentences: listed.map((s) => {
      const docs = bySentence.get(s) ?? [];
      return best(docs, docs.length);
    }),
    leading,
    articles,
  };
}

export function createDatasetSearch(index: SearchIndexSource, cards: CardReader): DatasetSearch {
  const { head } = index;
  const rank = createRanker(head, (shard) => index.postings(shard));
  const records = async (docs: Iterable<number>): Promise<Map<number, DocRecord>> => {
    const wanted = [...new Set(docs)];
    const shards = new Map<number, DocShard>();
    await Promise.all(
      [...new Set(wanted.map(docShardOf))].map(async (s) => shards.set(s, await index.docs(s))),
    );
    return new Map(
      wanted.map((d) => [d, shards.get(docShardOf(d))?.docs[d % DOC_SHARD_SIZE] ?? null] as const),
    );
  };

  return {
    async search(query, limit = 20) {
      const q = query.trim();
      if (!q) return NO_RESULTS;
      // Scores are scratch memory of the ranker: everything that needs them is chosen as it ranks.
      const listing = await rank(q, (ranked) => list(head, ranked, limit));
      const got = await records([
        ...listing.entities,
        ...listing.sentences.flat(),
        ...[...listing.leading.values()].flat(),
        ...listing.articles,
      ]);
      const fact = (d: number) => {
        const r = got.get(d);
        return r?.[0] === 'f' ? r : null;
      };
      const facts: FactHit[] = listing.sentences.flatMap((docs) => {
        const found = docs.map(fact).filter((r): r is FactRecord => r !== null);
        const [first] = found;
        return first ? [factHit(first, found.map((r) => r[3]).join(', '))] : [];
      });
      const entityCards = await Promise.all(
        listing.entities.map(async (d) => {
          const r = got.get(d);
          if (r?.[0] !== 'e') return null;
          const preferred = (listing.leading.get(d) ?? [])
            .map(fact)
            .filter((f): f is FactRecord => f !== null && f[2] === r[1])
            .map(factOf);
          return cards.card(r[1], preferred);
        }),
      );
      const articles: ArticleHit[] = listing.articles.flatMap((d) => {
        const r = got.get(d);
        return r?.[0] === 'a' ? [{ id: r[1], title: r[2], date: r[3], source: r[4] }] : [];
      });
      return {
        entities: entityCards.filter((c): c is EntityCard => c !== null),
        facts,
        articles,
      };
    },
  };
}
