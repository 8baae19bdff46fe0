// What the worker needs from the storage of imported articles. The IndexedDB implementation is in
// import-db.ts; unit tests use an in-memory one.
//
// Imported articles are compiled in segments of a bounded number of articles (import-compiler.ts), each
// stored packed (a head and its shards) beside the articles it was made from. A segment is written in
// one transaction, so a worker stopped mid-compile loses at most the segment it was making; the
// articles that are in no segment yet are what the next worker compiles.
import type { DatasetHead, DatasetShard } from '../core/dataset/packed-dataset';
import type { ImportedState, StoredArticle } from '../core/imports/types';

export interface SegmentRecord {
  id: number;
  /** Imported articles compiled into it. */
  count: number;
  /** The compiled segment's head; its shards are read with readSegmentShard. Absent when it failed. */
  head?: DatasetHead;
  /** Why these articles could not be compiled: they are kept and reported, never retried forever. */
  error?: string;
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
  /**
   * Deletes these keys, or everything, and every segment that holds one of them (the segment's other
   * articles are compiled again). Returns how many went, and the state after.
   */
  remove(keys: readonly string[] | 'all'): Promise<{ removed: number; state: ImportedState }>;
  /** The compiled segments, oldest first: small records, read on every message. */
  segments(): Promise<SegmentRecord[]>;
  /** Up to `limit` stored articles that are in no segment yet. */
  pending(limit: number): Promise<StoredArticle[]>;
  /**
   * Stores one compiled segment of these articles with its shards, in one transaction. Returns false, and
   * stores nothing, when one of them was deleted or compiled meanwhile.
   */
  addSegment(
    keys: readonly string[],
    segment: Pick<SegmentRecord, 'head' | 'error'>,
    shards: ReadonlyMap<string, DatasetShard>,
  ): Promise<boolean>;
  /** One shard of a segment, or undefined. */
  readSegmentShard(id: number, name: string): Promise<unknown>;
}

export class ImportLimitError extends Error {
  override name = 'ImportLimitError';
}

/**
 * A write failed and what part of it the browser kept anyway could not be removed again: the reader is
 * told that some of the file may be stored, not that nothing was.
 */
export class PartlyStoredError extends Error {
  override name = 'PartlyStoredError';
  constructor(readonly failure: unknown) {
    super('the write failed and part of it may have been stored');
  }
}
