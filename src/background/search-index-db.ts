// The search index of bundled plus imported articles, kept in an IndexedDB database of its own (not
// the imports' database: losing it only costs a rebuild, and it never has to migrate with the articles).
// One record: the index of the newest dataset, which is also the starting point for the next update.
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PersistedSearchIndex } from '../core/query/search-index-file';

interface SearchIndexDB extends DBSchema {
  index: { key: 'current'; value: PersistedSearchIndex };
}

export interface SearchIndexStore {
  read(): Promise<unknown>;
  write(index: PersistedSearchIndex): Promise<void>;
}

let opening: Promise<IDBPDatabase<SearchIndexDB>> | null = null;

/** The connection is reopened after a worker restart; it holds no data of its own. */
function db(): Promise<IDBPDatabase<SearchIndexDB>> {
  opening ??= openDB<SearchIndexDB>('factlens-search', 1, {
    upgrade(database) {
      database.createObjectStore('index');
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

export const indexedDbSearchIndexStore: SearchIndexStore = {
  async read() {
    return (await db()).get('index', 'current');
  },
  async write(index) {
    await (await db()).put('index', index, 'current');
  },
};
