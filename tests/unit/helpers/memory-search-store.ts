// The worker's search index store (search-index-db.ts) in memory, each record copied as IndexedDB
// copies it (structured clone), with counts of what was written.
import type { SearchIndexStore } from '../../../src/background/search-index-db';

export function memorySearchStore(): SearchIndexStore & {
  writes: number;
  shardWrites: number;
  records: Map<string, unknown>;
} {
  const records = new Map<string, unknown>();
  const read = async (key: string) => {
    const value = records.get(key);
    return value === undefined ? undefined : structuredClone(value);
  };
  const store = {
    writes: 0,
    shardWrites: 0,
    records,
    readHead: () => read('head'),
    readKeys: () => read('keys'),
    readPostings: (n: number) => read(`p${n}`),
    readDocs: (n: number) => read(`d${n}`),
    async write(index: Parameters<SearchIndexStore['write']>[0], full: boolean) {
      store.writes++;
      if (full) records.clear();
      for (const [n, shard] of index.postings) records.set(`p${n}`, structuredClone(shard));
      for (const [n, shard] of index.docs) records.set(`d${n}`, structuredClone(shard));
      store.shardWrites += index.postings.size + index.docs.size;
      records.set('keys', structuredClone(index.keys));
      records.set('head', structuredClone(index.head));
    },
  };
  return store;
}
