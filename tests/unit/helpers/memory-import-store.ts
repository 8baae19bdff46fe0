// An ImportStore in memory with the same all-or-nothing contract as the IndexedDB one.
import { ImportLimitError, type ImportStore, type SegmentRecord } from '../../../src/background/import-store';
import type { DatasetShard } from '../../../src/core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../../../src/core/imports/types';

export function memoryImportStore(): ImportStore & { writes: number } {
  const articles = new Map<string, StoredArticle>();
  let state: ImportedState = { revision: 0, count: 0 };
  const segments = new Map<number, SegmentRecord>();
  const compiled = new Map<string, number>();
  const shards = new Map<string, DatasetShard>();
  let nextSegment = 1;
  const dropSegment = (id: number) => {
    segments.delete(id);
    for (const [key, segment] of compiled) if (segment === id) compiled.delete(key);
    for (const name of shards.keys()) if (name.startsWith(`${id}/`)) shards.delete(name);
  };
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
        store.writes++;
      }
      return { added: fresh.length, duplicates: records.length - fresh.length, state };
    },
    async remove(keys: readonly string[] | 'all') {
      const doomed = keys === 'all' ? [...articles.keys()] : keys.filter((k) => articles.has(k));
      for (const k of doomed) {
        const segment = compiled.get(k);
        if (segment !== undefined) dropSegment(segment);
        articles.delete(k);
      }
      if (doomed.length) {
        state = { revision: state.revision + 1, count: articles.size };
        store.writes++;
      }
      return { removed: doomed.length, state };
    },
    async segments() {
      return structuredClone([...segments.values()]);
    },
    async pending(limit: number) {
      return structuredClone([...articles.values()].filter((a) => !compiled.has(a.key)).slice(0, limit));
    },
    async addSegment(
      keys: readonly string[],
      segment: Pick<SegmentRecord, 'head' | 'error'>,
      written: ReadonlyMap<string, DatasetShard>,
    ) {
      if (keys.some((k) => !articles.has(k) || compiled.has(k))) return false;
      const id = nextSegment++;
      segments.set(id, structuredClone({ id, count: keys.length, ...segment }));
      for (const k of keys) compiled.set(k, id);
      for (const [name, shard] of written) shards.set(`${id}/${name}`, structuredClone(shard));
      return true;
    },
    async readSegmentShard(id: number, name: string) {
      return structuredClone(shards.get(`${id}/${name}`));
    },
  };
  return store;
}
