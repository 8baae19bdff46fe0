// The search index in a form that is stored and loaded instead of rebuilt: MiniSearch's own
// serialisation (toJSON / loadJS) tagged with the dataset version it was built from, and one
// fingerprint per document, so an index can be brought up to date with a changed dataset by
// re-indexing only the documents that changed (an import adds articles; it does not rewrite the rest).
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Dataset } from '../dataset/types';
import { SEARCH_INDEX_OPTIONS, type SearchDoc, searchDocs } from './search';

/** The bundled index's file, next to dataset.json in the package. */
export const SEARCH_INDEX_FILE = 'search-index.json';

/** Raised whenever what is stored changes shape (fields, options, fingerprints), so old ones are rebuilt. */
export const SEARCH_INDEX_FORMAT = 1;

export interface PersistedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
  /** dataset.version of the dataset the index describes. */
  datasetVersion: string;
  /** A hash of each document's indexed text, by document id. */
  fingerprints: Record<string, number>;
  index: AsPlainObject;
}

/** FNV-1a, 32 bits: enough to tell a changed document from the same one under the same id. */
function fingerprint(doc: SearchDoc): number {
  const text = [
    doc.kind,
    doc.entityId,
    doc.name,
    doc.aliases,
    doc.description,
    doc.text,
    doc.title ?? '',
  ].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function fingerprints(docs: SearchDoc[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const doc of docs) out[doc.id] = fingerprint(doc);
  return out;
}

export function persistSearchIndex(
  mini: MiniSearch<SearchDoc>,
  dataset: Dataset,
  prints: Record<string, number> = fingerprints(searchDocs(dataset)),
): PersistedSearchIndex {
  return {
    format: SEARCH_INDEX_FORMAT,
    datasetVersion: dataset.version,
    fingerprints: prints,
    index: mini.toJSON(),
  };
}

/** A persisted index of some format this code reads, whatever dataset it describes. */
export function isReadable(value: unknown): value is PersistedSearchIndex {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<PersistedSearchIndex>;
  return (
    p.format === SEARCH_INDEX_FORMAT &&
    typeof p.datasetVersion === 'string' &&
    typeof p.fingerprints === 'object' &&
    p.fingerprints !== null &&
    typeof p.index === 'object' &&
    p.index !== null
  );
}

export function loadSearchIndex(persisted: PersistedSearchIndex): MiniSearch<SearchDoc> {
  return MiniSearch.loadJS<SearchDoc>(persisted.index, SEARCH_INDEX_OPTIONS);
}

export interface UpdatedIndex {
  mini: MiniSearch<SearchDoc>;
  persisted: PersistedSearchIndex;
  /** Documents indexed, removed and re-indexed to bring the old index up to date. */
  added: number;
  removed: number;
  changed: number;
}

/**
 * `base` brought up to date with `dataset`: documents gone from the dataset are discarded, new ones
 * added, changed ones replaced; the rest are left as they are, so an import costs what it adds.
 */
export function updateSearchIndex(base: PersistedSearchIndex, dataset: Dataset): UpdatedIndex {
  const mini = loadSearchIndex(base);
  const docs = searchDocs(dataset);
  const prints = fingerprints(docs);
  let added = 0;
  let removed = 0;
  let changed = 0;
  for (const id of Object.keys(base.fingerprints)) {
    if (!(id in prints)) {
      mini.discard(id);
      removed++;
    }
  }
  const fresh: SearchDoc[] = [];
  for (const doc of docs) {
    const before = base.fingerprints[doc.id];
    if (before === undefined) {
      fresh.push(doc);
      added++;
    } else if (before !== prints[doc.id]) {
      mini.replace(doc);
      changed++;
    }
  }
  mini.addAll(fresh);
  return { mini, persisted: persistSearchIndex(mini, dataset, prints), added, removed, changed };
}
