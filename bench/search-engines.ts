// The three search libraries the benchmark compares, behind one small interface, each configured to do
// what the popup's search does: five text fields (name and aliases weighted highest), prefix matching
// as the reader types, typos forgiven in longer words where the library can, kind and entity stored.
import { create, insertMultiple, load, type Orama, save, search } from '@orama/orama';
import { Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import { SEARCH_INDEX_OPTIONS, type SearchDoc } from './search-minisearch';

export interface SearchEngine {
  name: string;
  build(docs: SearchDoc[]): Promise<void>;
  /** The whole index as one string, as it would be written to a file or IndexedDB. */
  serialise(): string;
  /** A fresh index from serialise()'s string; the built one is dropped. */
  load(serialised: string): Promise<void>;
  /** The ids of the matching documents, best first. */
  query(q: string): string[];
  drop(): void;
}

/** Hits a popup search reads at most: 20 per group, three groups. */
const HIT_LIMIT = 60;

export function miniSearchEngine(): SearchEngine {
  let mini: MiniSearch<SearchDoc> | null = null;
  const index = () => {
    mini ??= new MiniSearch<SearchDoc>(SEARCH_INDEX_OPTIONS);
    return mini;
  };
  return {
    name: 'MiniSearch 7',
    async build(docs) {
      index().addAll(docs);
    },
    serialise: () => JSON.stringify(index()),
    async load(serialised) {
      mini = MiniSearch.loadJSON<SearchDoc>(serialised, SEARCH_INDEX_OPTIONS);
    },
    // MiniSearch has no limit: it scores every match, which is what the popup pays today.
    query: (q) =>
      index()
        .search(q)
        .map((hit) => String(hit.id)),
    drop() {
      mini = null;
    },
  };
}

const FIELDS = ['name', 'aliases', 'description', 'text', 'title'] as const;
/** FlexSearch wants every field a plain string. */
type FlexDoc = Record<keyof SearchDoc, string>;

export function flexSearchEngine(): SearchEngine {
  const fresh = () =>
    new Document<FlexDoc>({
      // "forward" indexes every prefix of each word: what keystroke-by-keystroke search needs.
      tokenize: 'forward',
      document: { id: 'id', index: [...FIELDS], store: ['kind', 'entityId'] },
    });
  let doc: Document<FlexDoc> | null = null;
  const index = () => {
    doc ??= fresh();
    return doc;
  };
  return {
    name: 'FlexSearch 0.8',
    async build(docs) {
      const d = index();
      for (const item of docs) d.add({ ...item, title: item.title ?? '' });
    },
    serialise() {
      const parts: Record<string, string> = {};
      index().export((key: string | number, data: string) => {
        parts[String(key)] = data;
      });
      return JSON.stringify(parts);
    },
    async load(serialised) {
      const d = fresh();
      for (const [key, data] of Object.entries(JSON.parse(serialised) as Record<string, string>))
        d.import(key, data);
      doc = d;
    },
    query(q) {
      // Field by field, merged: one id list; FlexSearch has no cross-field AND or boosts.
      const results = index().search(q, { limit: HIT_LIMIT, merge: true }) as unknown as { id: unknown }[];
      return results.map((r) => String(r.id));
    },
    drop() {
      doc = null;
    },
  };
}

const ORAMA_SCHEMA = {
  name: 'string',
  aliases: 'string',
  description: 'string',
  text: 'string',
  title: 'string',
} as const;
type OramaDb = Orama<typeof ORAMA_SCHEMA>;

export function oramaEngine(): SearchEngine {
  let db: OramaDb | null = null;
  const index = () => {
    db ??= create({ schema: ORAMA_SCHEMA });
    return db;
  };
  return {
    name: 'Orama 3',
    async build(docs) {
      await insertMultiple(
        index(),
        docs.map((d) => ({ ...d, title: d.title ?? '' })),
      );
    },
    serialise: () => JSON.stringify(save(index())),
    async load(serialised) {
      const d = create({ schema: ORAMA_SCHEMA });
      load(d, JSON.parse(serialised));
      db = d;
    },
    query(q) {
      const result = search(index(), {
        term: q,
        properties: [...FIELDS],
        boost: { name: 4, aliases: 4, description: 2, title: 2 },
        tolerance: q.trim().length > 4 ? 1 : 0,
        limit: HIT_LIMIT,
      });
      if (result instanceof Promise) throw new Error('Orama answered asynchronously');
      return result.hits.map((hit) => hit.id);
    },
    drop() {
      db = null;
    },
  };
}

export const ENGINES = { minisearch: miniSearchEngine, flexsearch: flexSearchEngine, orama: oramaEngine };
export type EngineName = keyof typeof ENGINES;
