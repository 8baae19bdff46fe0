// The popup's search index as it is kept: a head that a woken worker reads whole (the vocabulary and
// a few numbers per document, in typed arrays, which IndexedDB and fetch hand over without parsing
// objects one by one), and two kinds of shards read on demand:
//   - posting shards: every term that starts with the same two characters lands in the same shard, so
//     a prefix query ("pu") reads one shard, a whole word one shard, a typo a few;
//   - document shards: what a result shows of each document (a fact's text, date and article), by
//     document number, so a search reads the few records it lists.
// Scoring follows MiniSearch's BM25+ (search-index-query.ts), so the results are MiniSearch's results.

/** Raised whenever what is stored changes shape, so that older ones are rebuilt instead of misread. */
export const SEARCH_INDEX_FORMAT = 2;

/** Indexed fields, in the order their ids and boosts are kept. */
export const FIELDS = ['name', 'aliases', 'description', 'text', 'title'] as const;
export type FieldName = (typeof FIELDS)[number];
export const FIELD_COUNT = FIELDS.length;
/** A name or alias weighs four times a fact's words, a description or article title twice. */
export const FIELD_BOOSTS: readonly number[] = [4, 4, 2, 1, 2];

/** Document kinds as kept per document; DEAD marks a document removed since the index was built. */
export const DEAD = 0;
export const KIND_ENTITY = 1;
export const KIND_FACT = 2;
export const KIND_ARTICLE = 3;

/** Documents per document shard. */
export const DOC_SHARD_SIZE = 256;

export interface SearchIndexHead {
  format: typeof SEARCH_INDEX_FORMAT;
  /** dataset.version of the dataset the index describes. */
  datasetVersion: string;
  /** Raised by every update; each shard records the generation that wrote it. */
  generation: number;
  /** How many posting shards terms are spread over. */
  postingShards: number;
  /** Postings written, dead ones included: when shards grow past their size the index is rebuilt. */
  postingCount: number;
  /** Live documents (MiniSearch's documentCount). */
  documentCount: number;
  /** Per field: MiniSearch's running average field length, updated the way it updates it. */
  avgFieldLength: number[];
  /** Every indexed term, sorted (code unit order). */
  terms: string[];
  /** Per document number: its kind, or DEAD. */
  kinds: Uint8Array;
  /** Per document number and field: unique tokens in the field (0: no such field). */
  fieldLengths: Uint16Array;
  /**
   * Per entity and fact document: a hash of the entity id (0 for articles), so that a fact found leads
   * its entity's card; a record's id settles a collision.
   */
  entityKeys: Uint32Array;
  /** Per fact document: a hash of its sentence (article, paragraph, sentence): one line per sentence. */
  sentences: Uint32Array;
}

/** What an update needs and a search never reads: each document's id and fingerprint. */
export interface SearchIndexKeys {
  generation: number;
  ids: string[];
  prints: Uint32Array;
}

/**
 * The terms of one posting shard, sorted; term i's postings are entries starts[i]..starts[i+1], by
 * field then document number.
 */
export interface PostingShard {
  generation: number;
  terms: string[];
  starts: Uint32Array;
  fields: Uint8Array;
  docs: Uint32Array;
  freqs: Uint16Array;
}

export type EntityRecord = ['e', id: string, name: string];
export type FactRecord = [
  'f',
  id: string,
  entityId: string,
  entityName: string,
  articleId: string,
  date: string,
  paragraph: number,
  sentence: number,
  text: string,
  articleTitle: string,
  source: string,
  articleUrl: string,
  byReference: 0 | 1,
];
export type ArticleRecord = ['a', id: string, title: string, date: string, source: string];
/** null: a document removed since (its number is never reused). */
export type DocRecord = EntityRecord | FactRecord | ArticleRecord | null;

export interface DocShard {
  generation: number;
  docs: DocRecord[];
}

/** Which posting shard holds a term: FNV-1a of its first two code units. */
export function postingShardOf(term: string, shards: number): number {
  const key = term.slice(0, 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

export const docShardOf = (doc: number): number => Math.floor(doc / DOC_SHARD_SIZE);

/** The index split into the records it is kept as. */
export interface PackedSearchIndex {
  head: SearchIndexHead;
  keys: SearchIndexKeys;
  postings: Map<number, PostingShard>;
  docs: Map<number, DocShard>;
}
