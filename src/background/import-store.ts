// What the worker needs from the storage of imported articles. The IndexedDB implementation is in
// import-db.ts; unit tests use an in-memory one.
import type { DatasetHead, DatasetShard } from '../core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../core/imports/types';

export interface CompiledCache {
  /** The imported-articles revision and bundled version it was compiled from. */
  revision: number;
  bundledVersion: string;
  /** The compiled dataset's head; its shards are stored beside it (readCacheShard). */
  head: DatasetHead;
}

export interface ImportStore {
  state(): Promise<ImportedState>;
  list(): Promise<StoredArticle[]>;
  /**
   * Stores the records not already stored, in one transaction; throws (storing nothing) if that would pass
   * `limit`. Returns how many were new, how many were already there, and the state after.
   */
  add(
    records: readonly StoredArticle[],
    limit: number,
  ): Promise<{ added: number; duplicates: number; state: ImportedState }>;
  /** Deletes these keys, or everything; returns how many went, and the state after. */
  remove(keys: readonly string[] | 'all'): Promise<{ removed: number; state: ImportedState }>;
  readCache(): Promise<CompiledCache | undefined>;
  /** One shard of the cached compiled dataset, or undefined. */
  readCacheShard(name: string): Promise<unknown>;
  /** Replaces the whole cache, head and shards, in one transaction. */
  writeCache(cache: CompiledCache, shards: ReadonlyMap<string, DatasetShard>): Promise<void>;
}

export class ImportLimitError extends Error {
  override name = 'ImportLimitError';
}
