// Imported articles and their compiled segments in IndexedDB, through idb. Every change to the articles
// updates the revision and drops the segments that held a deleted article in the same transaction, so a
// crash can never leave a segment that describes articles that are gone (with the storage full, a
// delete writes the revision in a second transaction: see freeing()).
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DatasetShard } from '../core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../core/imports/types';
import { ImportLimitError, type ImportStore, PartlyStoredError, type SegmentRecord } from './import-store';
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

/** Waits before each try after the first of a write that frees space: the room is there within a moment. */
const FREEING_RETRY_MS = [100, 400, 1500];

/**
 * A write that frees space (deleting articles, taking back a failed write). When the storage is full,
 * Firefox refuses for want of space a transaction that also puts something (the revision, say), and
 * even deletes for a moment after the write that filled it: each try after the first is told it may
 * split its write, deleting first and writing the rest in a transaction of its own. Being able to
 * delete is what a reader with a full storage needs most.
 */
async function freeing<T>(write: (split: boolean) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(attempt > 0);
    } catch (error) {
      const delay = FREEING_RETRY_MS[attempt];
      if (delay === undefined || !isQuotaError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * After a write transaction failed: Firefox, running out of space half way through one, was seen to keep
 * part of its writes all the same (160 of a file's 1,500 articles, a run of them from its middle), though
 * the transaction reported its abort. `undo` removes whatever of it is there, in a transaction of its
 * own (one that frees space, so tried again as freeing() does); then the failure is thrown, or, if the
 * undo failed too, one that says part of it may be stored.
 */
async function takeBack(undo: () => Promise<unknown>, failure: unknown): Promise<never> {
  try {
    await undo();
  } catch {
    throw new PartlyStoredError(failure);
  }
  throw failure;
}

/** Every trace of the segment `id`: its record, its shards, and the entries of the articles in it. */
const dropSegment = (id: number) => freeing(() => dropSegmentOnce(id));
async function dropSegmentOnce(id: number): Promise<void> {
  const tx = (await db()).transaction(['segments', 'compiled', 'segmentShards'], 'readwrite');
  const compiled = tx.objectStore('compiled');
  const requests: Promise<unknown>[] = [];
  for (const key of await compiled.index('segment').getAllKeys(id)) requests.push(compiled.delete(key));
  requests.push(tx.objectStore('segments').delete(id));
  requests.push(tx.objectStore('segmentShards').delete(shardRange(id)));
  await committed(tx, requests);
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

/** One try of remove(): see ImportStore. */
async function removeOnce(
  keys: readonly string[] | 'all',
  split: boolean,
): Promise<{ removed: number; state: ImportedState }> {
  const stores = ['articles', 'meta', 'segments', 'compiled', 'segmentShards'] as const;
  const tx = (await db()).transaction(stores, 'readwrite');
  const articles = tx.objectStore('articles');
  const stored = await articles.getAllKeys();
  const present = new Set(stored);
  const doomed = keys === 'all' ? stored : [...new Set(keys)].filter((k) => present.has(k));
  const before = (await tx.objectStore('meta').get('state')) ?? EMPTY;
  const count = stored.length - doomed.length;
  // A count that disagrees with the articles stored (a write that failed half way) is set right too.
  const state = doomed.length || before.count !== count ? { revision: before.revision + 1, count } : before;
  const requests: Promise<unknown>[] = [];
  if (doomed.length && keys === 'all') {
    for (const name of stores) if (name !== 'meta') requests.push(tx.objectStore(name).clear());
  } else if (doomed.length) {
    const compiled = tx.objectStore('compiled');
    const segments = new Set<number>();
    for (const key of doomed) {
      const entry = await compiled.get(key);
      if (entry) segments.add(entry.segment);
    }
    for (const key of doomed) requests.push(articles.delete(key));
    for (const segment of segments) {
      for (const key of await compiled.index('segment').getAllKeys(segment))
        requests.push(compiled.delete(key));
      requests.push(tx.objectStore('segments').delete(segment));
      requests.push(tx.objectStore('segmentShards').delete(shardRange(segment)));
    }
  }
  const newState = state !== before;
  if (newState && !split) requests.push(tx.objectStore('meta').put(state, 'state'));
  await committed(tx, requests);
  // Split: the revision and count follow the deletes. Should this write fail, the next remove() sets
  // them right from the articles stored.
  if (newState && split) {
    const meta = (await db()).transaction('meta', 'readwrite');
    await committed(meta, [meta.objectStore('meta').put(state, 'state')]);
  }
  return { removed: doomed.length, state };
}

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
    try {
      await committed(tx, requests);
    } catch (error) {
      await takeBack(() => indexedDbImportStore.remove(fresh.map((r) => r.key)), error);
    }
    return { added: fresh.length, duplicates: records.length - fresh.length, state };
  },
  remove: (keys) => freeing((split) => removeOnce(keys, split)),
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
    try {
      await committed(tx, requests);
    } catch (error) {
      // Left half written, the articles would count as compiled into a segment that is not there, and
      // the next segment would take its id and these entries with it.
      await takeBack(() => dropSegment(id), error);
    }
    return true;
  },
  async readSegmentShard(id, name) {
    return (await db()).get('segmentShards', shardKey(id, name));
  },
};
