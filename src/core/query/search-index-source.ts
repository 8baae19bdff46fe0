// Where a search reads an index's shards from: any loader of raw values (package files, IndexedDB),
// checked and kept in a bounded cache, so that warm keystrokes read nothing and memory stays small.
import type { SearchIndexSource } from './search';
import { readDocShard, readPostingShard } from './search-index-file';
import type { DocShard, PackedSearchIndex, PostingShard, SearchIndexHead } from './search-index-format';

export interface RawShards {
  postings(shard: number): Promise<unknown>;
  docs(shard: number): Promise<unknown>;
}

// At 10,000 articles a posting shard is ~100 KB and a document shard ~60 KB: together about 20 MB.
const POSTING_CACHE = 128;
const DOC_CACHE = 128;

/** A loader whose answers are kept, the least recently used dropped past `size`; failures are not kept. */
function cached<T>(size: number, load: (n: number) => Promise<T>): (n: number) => Promise<T> {
  const kept = new Map<number, Promise<T>>();
  return (n) => {
    let value = kept.get(n);
    if (value) kept.delete(n);
    else {
      const loading = load(n);
      value = loading;
      loading.catch(() => {
        if (kept.get(n) === loading) kept.delete(n);
      });
    }
    kept.set(n, value);
    if (kept.size > size) kept.delete(kept.keys().next().value as number);
    return value;
  };
}

export function shardSource(head: SearchIndexHead, raw: RawShards): SearchIndexSource {
  return {
    head,
    postings: cached(POSTING_CACHE, async (n) => readPostingShard(head, await raw.postings(n), n)),
    docs: cached(DOC_CACHE, async (n) => readDocShard(head, await raw.docs(n), n)),
  };
}

/** An index in memory, or the shards an update changed over the index it started from. */
export function memorySource(
  index: PackedSearchIndex,
  under?: { postings(n: number): Promise<PostingShard>; docs(n: number): Promise<DocShard> },
): SearchIndexSource {
  const missing = (what: string) => Promise.reject(new Error(`search index: ${what} missing`));
  return {
    head: index.head,
    postings: (n) => {
      const shard = index.postings.get(n);
      return shard ? Promise.resolve(shard) : (under?.postings(n) ?? missing(`posting shard ${n}`));
    },
    docs: (n) => {
      const shard = index.docs.get(n);
      return shard ? Promise.resolve(shard) : (under?.docs(n) ?? missing(`document shard ${n}`));
    },
  };
}
