// An ImportStore in memory with the same all-or-nothing contract as the IndexedDB one.
import { type CompiledCache, ImportLimitError, type ImportStore } from '../../../src/background/import-store';
import type { DatasetShard } from '../../../src/core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../../../src/core/imports/types';

export function memoryImportStore(): ImportStore & { writes: number } {
  const articles = new Map<string, StoredArticle>();
  let state: ImportedState = { revision: 0, count: 0 };
  let cache: CompiledCache | undefined;
  let shards = new Map<string, DatasetShard>();
  const store = {
    writes: 0,
    async state() {
      return state;
    },
    async list() {
      return structuredClone([...articles.values()]);
    },
    async add(records: readonly StoredArticle[], limit: number) {
      const fresh = records.filter((r) => !articles.has(r.key));
      if (articles.size + fresh.length > limit) throw new ImportLimitError(`at most ${limit}`);
      if (fresh.length) {
        for (const r of fresh) articles.set(r.key, structuredClone(r));
        state = { revision: state.revision + 1, count: articles.size };
        cache = undefined;
        shards = new Map();
        store.writes++;
      }
      return { added: fresh.length, duplicates: records.length - fresh.length, state };
    },
    async remove(keys: readonly string[] | 'all') {
      const doomed = keys === 'all' ? [...articles.keys()] : keys.filter((k) => articles.has(k));
      for (const k of doomed) articles.delete(k);
      if (doomed.length) {
        state = { revision: state.revision + 1, count: articles.size };
        cache = undefined;
        shards = new Map();
        store.writes++;
      }
      return { removed: doomed.length, state };
    },
    async readCache() {
      return cache;
    },
    async readCacheShard(name: string) {
      return structuredClone(shards.get(name));
    },
    async writeCache(next: CompiledCache, written: ReadonlyMap<string, DatasetShard>) {
      cache = structuredClone(next);
      shards = structuredClone(new Map(written));
    },
  };
  return store;
}
