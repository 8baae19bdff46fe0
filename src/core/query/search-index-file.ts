// The search index as package files (the bundled articles' index, made at build time) and the cheap
// checks a reader makes of whatever it is handed, from the package or from IndexedDB: the shape it
// relies on, not the content (that was made by this code and is not validated again).
// In a file typed arrays are plain number arrays; IndexedDB keeps them as typed arrays.
import {
  type DocShard,
  type PackedSearchIndex,
  type PostingShard,
  SEARCH_INDEX_FORMAT,
  type SearchIndexHead,
  type SearchIndexKeys,
} from './search-index-format';

/** The bundled index's files, under this folder of the package. */
export const SEARCH_INDEX_DIR = 'search';
export const searchHeadFile = `${SEARCH_INDEX_DIR}/head.json`;
export const searchKeysFile = `${SEARCH_INDEX_DIR}/keys.json`;
export const postingFile = (shard: number): string => `${SEARCH_INDEX_DIR}/p-${shard}.json`;
export const docFile = (shard: number): string => `${SEARCH_INDEX_DIR}/d-${shard}.json`;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isNumbers = (v: unknown): v is ArrayLike<number> =>
  ArrayBuffer.isView(v) || (Array.isArray(v) && v.every((x) => typeof x === 'number'));

function typed<T extends Uint8Array | Uint16Array | Uint32Array>(
  value: unknown,
  make: { from(values: ArrayLike<number>): T; name: string },
  what: string,
): T {
  if (!isNumbers(value)) throw new SearchIndexError(`search index: ${what} is not a list of numbers`);
  return value instanceof (make as unknown as new () => T) ? value : make.from(value);
}

/** A head of the format this code reads, or a SearchIndexError saying what is wrong with it. */
export function readHead(value: unknown): SearchIndexHead {
  if (!isRecord(value)) throw new SearchIndexError('search index: head is not an object');
  if (value.format !== SEARCH_INDEX_FORMAT)
    throw new SearchIndexError(
      `search index: format ${String(value.format)}, expected ${SEARCH_INDEX_FORMAT}`,
    );
  if (typeof value.datasetVersion !== 'string')
    throw new SearchIndexError('search index: no dataset version');
  if (!isCount(value.generation) || !isCount(value.postingShards) || !value.postingShards)
    throw new SearchIndexError('search index: bad generation or shard count');
  if (!isCount(value.documentCount) || !isCount(value.postingCount))
    throw new SearchIndexError('search index: bad counts');
  if (!Array.isArray(value.terms) || !isNumbers(value.avgFieldLength))
    throw new SearchIndexError('search index: bad terms or field lengths');
  const head: SearchIndexHead = {
    format: SEARCH_INDEX_FORMAT,
    datasetVersion: value.datasetVersion,
    generation: value.generation,
    postingShards: value.postingShards,
    postingCount: value.postingCount,
    documentCount: value.documentCount,
    avgFieldLength: Array.from(value.avgFieldLength),
    terms: value.terms as string[],
    kinds: typed(value.kinds, Uint8Array, 'kinds'),
    fieldLengths: typed(value.fieldLengths, Uint16Array, 'field lengths'),
    entityKeys: typed(value.entityKeys, Uint32Array, 'entity keys'),
    sentences: typed(value.sentences, Uint32Array, 'sentences'),
  };
  const docs = head.kinds.length;
  if (
    head.fieldLengths.length !== docs * 5 ||
    head.entityKeys.length !== docs ||
    head.sentences.length !== docs
  )
    throw new SearchIndexError('search index: per-document lists of different lengths');
  return head;
}

function checkGeneration(head: SearchIndexHead, value: Record<string, unknown>, what: string): void {
  // A shard written by a later update than this head belongs to another index.
  if (!isCount(value.generation) || value.generation > head.generation)
    throw new SearchIndexError(`search index: ${what} is from another index`);
}

export function readKeys(head: SearchIndexHead, value: unknown): SearchIndexKeys {
  if (!isRecord(value) || !Array.isArray(value.ids)) throw new SearchIndexError('search index: bad keys');
  checkGeneration(head, value, 'keys');
  const keys = {
    generation: value.generation as number,
    ids: value.ids as string[],
    prints: typed(value.prints, Uint32Array, 'fingerprints'),
  };
  if (keys.ids.length !== head.kinds.length || keys.prints.length !== head.kinds.length)
    throw new SearchIndexError('search index: keys do not match the head');
  return keys;
}

export function readPostingShard(head: SearchIndexHead, value: unknown, shard: number): PostingShard {
  if (!isRecord(value) || !Array.isArray(value.terms))
    throw new SearchIndexError(`search index: posting shard ${shard} missing`);
  checkGeneration(head, value, `posting shard ${shard}`);
  return {
    generation: value.generation as number,
    terms: value.terms as string[],
    starts: typed(value.starts, Uint32Array, 'starts'),
    fields: typed(value.fields, Uint8Array, 'fields'),
    docs: typed(value.docs, Uint32Array, 'docs'),
    freqs: typed(value.freqs, Uint16Array, 'freqs'),
  };
}

export function readDocShard(head: SearchIndexHead, value: unknown, shard: number): DocShard {
  if (!isRecord(value) || !Array.isArray(value.docs))
    throw new SearchIndexError(`search index: document shard ${shard} missing`);
  checkGeneration(head, value, `document shard ${shard}`);
  return value as unknown as DocShard;
}

/** JSON.stringify with typed arrays written as arrays. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Uint8Array) : v));

/** The package files of an index: name → JSON text. */
export function indexFiles(index: PackedSearchIndex): Map<string, string> {
  const files = new Map<string, string>([
    [searchHeadFile, toJson(index.head)],
    [searchKeysFile, toJson(index.keys)],
  ]);
  for (const [n, shard] of index.postings) files.set(postingFile(n), toJson(shard));
  for (const [n, shard] of index.docs) files.set(docFile(n), toJson(shard));
  return files;
}
