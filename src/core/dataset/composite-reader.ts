// One reader over several packed parts: the bundled dataset (first) and the compiled segments of imported
// articles. Nothing is copied: a card reads one shard from each part that has the entity (which parts
// those are comes from the entity lists, read once), an article one shard per part.
import { latestDate } from '../text/dates';
import { hash64 } from '../text/hash';
import { type MergedEntities, mergeCards, mergeDatasets, mergeEntities } from './merge-parts';
import type { DatasetHead } from './packed-dataset';
import type { DatasetReader } from './packed-reader';
import type { Dataset } from './types';

/** Keeps a successful promise; a failed one (a dropped read) is tried again by the next call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    if (value) return value;
    const made = make();
    value = made;
    made.catch(() => {
      if (value === made) value = null;
    });
    return made;
  };
}

function combinedHead(parts: readonly DatasetReader[]): DatasetHead {
  const heads = parts.map((p) => p.head);
  const [first] = heads;
  if (!first) throw new Error('compositeReader: no parts');
  const sum = (pick: (h: DatasetHead) => number) => heads.reduce((n, h) => n + pick(h), 0);
  return {
    ...first,
    // Changes exactly when one of the parts does, so the matcher and search caches follow.
    version: hash64(heads.map((h) => h.version).join('+')),
    date: latestDate(heads.map((h) => h.date)),
    // Entities named in several parts are counted once per part: the head is read before the lists.
    counts: {
      articles: sum((h) => h.counts.articles),
      entities: sum((h) => h.counts.entities),
      facts: sum((h) => h.counts.facts),
    },
  };
}

export function compositeReader(parts: readonly DatasetReader[]): DatasetReader {
  const head = combinedHead(parts);
  const entities = once<MergedEntities>(async () =>
    mergeEntities(await Promise.all(parts.map((p) => p.entityList()))),
  );
  const firstFound = async <T>(read: (part: DatasetReader) => Promise<T | null>): Promise<T | null> =>
    (await Promise.all(parts.map(read))).find((value) => value !== null) ?? null;
  const all = once<Dataset>(async () =>
    mergeDatasets(await Promise.all(parts.map((p) => p.all())), head.version),
  );

  return {
    head,
    async entity(entityId) {
      return (await entities()).byId.get(entityId) ?? null;
    },
    async entityList() {
      return (await entities()).list;
    },
    async card(entityId, preferred = []) {
      const { byId, owners } = await entities();
      const entity = byId.get(entityId);
      const from = owners.get(entityId);
      if (!entity || !from) return null;
      const cards = await Promise.all(from.map((i) => parts[i]?.card(entityId, preferred) ?? null));
      const found = cards.filter((c) => c !== null);
      return mergeCards(entity, found, new Set(preferred.map((f) => f.id)));
    },
    article: (articleId) => firstFound((part) => part.article(articleId)),
    articleFact: (articleId, factId) => firstFound((part) => part.articleFact(articleId, factId)),
    all,
  };
}
