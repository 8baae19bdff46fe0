// Imported articles in IndexedDB, through idb. Every change to the articles updates the revision and
// drops the compiled cache (head and shards) in the same transaction, so a crash can never leave a cache that
// describes a different set of articles.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DatasetShard } from '../core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../core/imports/types';
import { type CompiledCache, ImportLimitError, type ImportStore } from './import-store';

interface FactlensDB extends DBSchema {
  articles: { key: string; value: StoredArticle };
  meta: { key: 'state'; value: ImportedState };
  /** 'compiled': the head; `shard:<name>`: its shards. Replaced or cleared as a whole. */
  cache: { key: string; value: CompiledCache | DatasetShard };
}

const EMPTY: ImportedState = { revision: 0, count: 0 };

let opening: Promise<IDBPDatabase<FactlensDB>> | null = null;

/** The connection is reopened after a worker restart; it holds no data of its own. */
function db(): Promise<IDBPDatabase<FactlensDB>> {
  opening ??= openDB<FactlensDB>('factlens', 1, {
    upgrade(database) {
      database.createObjectStore('articles', { keyPath: 'key' });
      database.createObjectStore('meta');
      database.createObjectStore('cache');
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export const indexedDbImportStore: ImportStore = {
  async state() {
    return (await (await db()).get('meta', 'state')) ?? EMPTY;
  },
  async list() {
    return (await db()).getAll('articles');
  },
  async add(records, limit) {
    const tx = (await db()).transaction(['articles', 'meta', 'cache'], 'readwrite');
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
    if (fresh.length) {
      // Queued without awaiting each: awaiting anything but this transaction's requests would end it.
      for (const record of fresh) void tx.objectStore('articles').put(record);
      void tx.objectStore('meta').put(state, 'state');
      void tx.objectStore('cache').clear();
    }
    await tx.done;
    return { added: fresh.length, duplicates: records.length - fresh.length, state };
  },
  async remove(keys) {
    const tx = (await db()).transaction(['articles', 'meta', 'cache'], 'readwrite');
    const articles = tx.objectStore('articles');
    const stored = await articles.getAllKeys();
    const present = new Set(stored);
    const doomed = keys === 'all' ? stored : [...new Set(keys)].filter((k) => present.has(k));
    const before = (await tx.objectStore('meta').get('state')) ?? EMPTY;
    const state = doomed.length
      ? { revision: before.revision + 1, count: stored.length - doomed.length }
      : before;
    if (doomed.length) {
      if (keys === 'all') void articles.clear();
      else for (const key of doomed) void articles.delete(key);
      void tx.objectStore('meta').put(state, 'state');
      void tx.objectStore('cache').clear();
    }
    await tx.done;
    return { removed: doomed.length, state };
  },
  async readCache() {
    return (await (await db()).get('cache', 'compiled')) as CompiledCache | undefined;
  },
  async readCacheShard(name) {
    return (await db()).get('cache', `shard:${name}`);
  },
  async writeCache(cache, shards) {
    const tx = (await db()).transaction('cache', 'readwrite');
    void tx.store.clear();
    for (const [name, shard] of shards) void tx.store.put(shard, `shard:${name}`);
    void tx.store.put(cache, 'compiled');
    await tx.done;
  },
};
