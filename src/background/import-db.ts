// Imported articles and their compiled segments in IndexedDB, through idb. Every change to the articles
// updates the revision and drops the segments that held a deleted article in the same transaction, so a
// crash can never leave a segment that describes articles that are gone.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DatasetShard } from '../core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../core/imports/types';
import { ImportLimitError, type ImportStore, type SegmentRecord } from './import-store';
import { explained, isQuotaError } from './storage-errors';

/**
 * Waits for a write transaction whose requests were queued without awaiting each. When one of them
 * fails for want of space, Firefox reports the transaction's end only as an AbortError: the request's
 * QuotaExceededError is the one thrown, so the reader is told their storage is full.
 */
async function committed(
  tx: { done: Promise<void> },
  requests: ReadonlyArray<Promise<unknown>>,
): Promise<void> {
  const failures: unknown[] = [];
  for (const request of requests) request.catch((error: unknown) => failures.push(error));
  try {
    await tx.done;
  } catch (error) {
    throw failures.find(isQuotaError) ?? error;
  }
}

interface FactlensDB extends DBSchema {
  articles: { key: string; value: StoredArticle };
  meta: { key: 'state'; value: ImportedState };
  segments: { key: number; value: SegmentRecord };
  /** Article key → the segment it was compiled into; an article with no entry is pending. */
  compiled: { key: string; value: { key: string; segment: number }; indexes: { segment: number } };
  /** `<segment id>/<shard name>` → shard. */
  segmentShards: { key: string; value: DatasetShard };
}

/** 2: segments compiled in steps replace version 1's single compiled cache of bundled plus imports. */
const DB_VERSION = 2;
const EMPTY: ImportedState = { revision: 0, count: 0 };

let opening: Promise<IDBPDatabase<FactlensDB>> | null = null;

/** The connection is reopened after a worker restart; it holds no data of its own. */
function db(): Promise<IDBPDatabase<FactlensDB>> {
  opening ??= openDB<FactlensDB>('factlens', DB_VERSION, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('articles', { keyPath: 'key' });
        database.createObjectStore('meta');
      }
      // The old cache of one whole compile; the articles stay and are compiled again, in segments.
      const names = database.objectStoreNames as unknown as DOMStringList;
      if (names.contains('cache')) database.deleteObjectStore('cache' as never);
      database.createObjectStore('segments', { keyPath: 'id' });
      database.createObjectStore('compiled', { keyPath: 'key' }).createIndex('segment', 'segment');
      database.createObjectStore('segmentShards');
    },
    // Another version wants the database (an update, or an older copy rolled back): let it go at once
    // rather than block it; the next request opens it again and gets a clear error if it cannot.
    blocking(_current, _wanted, event) {
      (event.target as IDBDatabase).close();
      opening = null;
    },
    terminated() {
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw explained(error);
  });
  return opening;
}

const shardKey = (segment: number, name: string) => `${segment}/${name}`;
/** Every shard key of one segment: `<id>/` up to the next character after `/`. */
const shardRange = (segment: number) => IDBKeyRange.bound(`${segment}/`, `${segment}0`, false, true);

export const indexedDbImportStore: ImportStore = {
  async state() {
    return (await (await db()).get('meta', 'state')) ?? EMPTY;
  },
  async list() {
    return (await db()).getAll('articles');
  },
  async add(records, limit) {
    const tx = (await db()).transaction(['articles', 'meta'], 'readwrite');
    const stored = new Set(await tx.objectStore('articles').getAllKeys());
    const fresh = records.filter((r) => !stored.has(r.key));
    const before = (await tx.objectStore('meta').get('state')) ?? EMPTY;
    if (stored.size + fresh.length > limit) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new ImportLimitError(`Factlens keeps at most ${limit.toLocaleString('en')} imported articles`);
    }
    const state = fresh.length
      ? { revision: before.revision + 1, count: stored.size + fresh.length }
      : before;
    const requests: Promise<unknown>[] = [];
    if (fresh.length) {
      // Queued without awaiting each: awaiting anything but this transaction's requests would end it.
      for (const record of fresh) requests.push(tx.objectStore('articles').put(record));
      requests.push(tx.objectStore('meta').put(state, 'state'));
    }
    await committed(tx, requests);
    return { added: fresh.length, duplicates: records.length - fresh.length, state };
  },
  async remove(keys) {
    const stores = ['articles', 'meta', 'segments', 'compiled', 'segmentShards'] as const;
    const tx = (await db()).transaction(stores, 'readwrite');
    const articles = tx.objectStore('articles');
    const stored = await articles.getAllKeys();
    const present = new Set(stored);
    const doomed = keys === 'all' ? stored : [...new Set(keys)].filter((k) => present.has(k));
    const before = (await tx.objectStore('meta').get('state')) ?? EMPTY;
    const state = doomed.length
      ? { revision: before.revision + 1, count: stored.length - doomed.length }
      : before;
    if (doomed.length && keys === 'all') {
      for (const name of stores) if (name !== 'meta') void tx.objectStore(name).clear();
      void tx.objectStore('meta').put(state, 'state');
    } else if (doomed.length) {
      const compiled = tx.objectStore('compiled');
      const segments = new Set<number>();
      for (const key of doomed) {
        const entry = await compiled.get(key);
        if (entry) segments.add(entry.segment);
      }
      for (const key of doomed) void articles.delete(key);
      for (const segment of segments) {
        for (const key of await compiled.index('segment').getAllKeys(segment)) void compiled.delete(key);
        void tx.objectStore('segments').delete(segment);
        void tx.objectStore('segmentShards').delete(shardRange(segment));
      }
      void tx.objectStore('meta').put(state, 'state');
    }
    await tx.done;
    return { removed: doomed.length, state };
  },
  async segments() {
    return (await db()).getAll('segments');
  },
  async pending(limit) {
    const tx = (await db()).transaction(['articles', 'compiled']);
    const done = new Set(await tx.objectStore('compiled').getAllKeys());
    const waiting = (await tx.objectStore('articles').getAllKeys()).filter((k) => !done.has(k));
    const records = await Promise.all(waiting.slice(0, limit).map((k) => tx.objectStore('articles').get(k)));
    await tx.done;
    return records.filter((r): r is StoredArticle => r !== undefined);
  },
  async addSegment(keys, segment, shards) {
    const tx = (await db()).transaction(['articles', 'segments', 'compiled', 'segmentShards'], 'readwrite');
    const compiled = tx.objectStore('compiled');
    const articles = tx.objectStore('articles');
    for (const key of keys) {
      if ((await articles.getKey(key)) === undefined || (await compiled.getKey(key)) !== undefined) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return false;
      }
    }
    const last = await tx.objectStore('segments').openCursor(null, 'prev');
    const id = (last?.value.id ?? 0) + 1;
    const requests: Promise<unknown>[] = [
      tx.objectStore('segments').put({ id, count: keys.length, ...segment }),
    ];
    for (const key of keys) requests.push(compiled.put({ key, segment: id }));
    for (const [name, shard] of shards)
      requests.push(tx.objectStore('segmentShards').put(shard, shardKey(id, name)));
    await committed(tx, requests);
    return true;
  },
  async readSegmentShard(id, name) {
    return (await db()).get('segmentShards', shardKey(id, name));
  },
};
