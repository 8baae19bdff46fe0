// The search index of bundled plus imported articles, kept in an IndexedDB database of its own (not
// the imports' database: losing it only costs a rebuild, and it never has to migrate with the articles).
// The head and keys are two records, each shard a record of its own, so a woken worker reads the head
// and then only the shards its searches touch. An update is written in one transaction: a reader never
// sees half of one.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PackedSearchIndex } from '../core/query/search-index-format';

interface SearchIndexDB extends DBSchema {
  meta: { key: 'head' | 'keys'; value: unknown };
  postings: { key: number; value: unknown };
  docs: { key: number; value: unknown };
}

export interface SearchIndexStore {
  readHead(): Promise<unknown>;
  readKeys(): Promise<unknown>;
  readPostings(shard: number): Promise<unknown>;
  readDocs(shard: number): Promise<unknown>;
  /** `full`: the index replaces whatever is stored; otherwise its shards replace the same ones. */
  write(index: PackedSearchIndex, full: boolean): Promise<void>;
}

let opening: Promise<IDBPDatabase<SearchIndexDB>> | null = null;

/** The connection is reopened after a worker restart; it holds no data of its own. */
function db(): Promise<IDBPDatabase<SearchIndexDB>> {
  // Version 1 held one MiniSearch record ('index'): dropped, and rebuilt in the new shape on next use.
  opening ??= openDB<SearchIndexDB>('factlens-search', 2, {
    upgrade(database) {
      for (const name of [...database.objectStoreNames]) database.deleteObjectStore(name);
      database.createObjectStore('meta');
      database.createObjectStore('postings');
      database.createObjectStore('docs');
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export const indexedDbSearchIndexStore: SearchIndexStore = {
  async readHead() {
    return (await db()).get('meta', 'head');
  },
  async readKeys() {
    return (await db()).get('meta', 'keys');
  },
  async readPostings(shard) {
    return (await db()).get('postings', shard);
  },
  async readDocs(shard) {
    return (await db()).get('docs', shard);
  },
  async write(index, full) {
    const tx = (await db()).transaction(['meta', 'postings', 'docs'], 'readwrite');
    const meta = tx.objectStore('meta');
    const postings = tx.objectStore('postings');
    const docs = tx.objectStore('docs');
    const writes: Array<Promise<unknown>> = [];
    if (full) writes.push(meta.clear(), postings.clear(), docs.clear());
    for (const [n, shard] of index.postings) writes.push(postings.put(shard, n));
    for (const [n, shard] of index.docs) writes.push(docs.put(shard, n));
    // The head last: it is what makes the new shards the index.
    writes.push(meta.put(index.keys, 'keys'), meta.put(index.head, 'head'), tx.done);
    await Promise.all(writes);
  },
};
