// Builds the search index (search-index-format.ts) from a dataset, or brings a stored one up to date
// with a changed dataset by indexing only the documents that changed: an import rewrites the posting
// shards of the terms it adds and the document shards it appends to, nothing else.
import type { Dataset } from '../dataset/types';
import {
  fieldTerms,
  fingerprintOf,
  hash32,
  type IndexDoc,
  indexDocIds,
  indexDocs,
} from './search-index-docs';
import {
  DEAD,
  DOC_SHARD_SIZE,
  type DocRecord,
  type DocShard,
  docShardOf,
  FIELD_COUNT,
  KIND_FACT,
  type PackedSearchIndex,
  type PostingShard,
  postingShardOf,
  SEARCH_INDEX_FORMAT,
  type SearchIndexHead,
} from './search-index-format';

/** A stored index, its head and keys in hand and its shards read as needed. */
export interface BaseIndex {
  head: SearchIndexHead;
  keys: { ids: string[]; prints: Uint32Array };
  readPostings(shard: number): Promise<PostingShard | undefined>;
  readDocs(shard: number): Promise<DocShard | undefined>;
}

interface BaseShards {
  postings: Map<number, PostingShard>;
  docs: Map<number, DocShard>;
  terms: string[];
}

/** What to write: the whole index (`full`), or the new head and keys and the shards that changed. */
export interface IndexChange extends PackedSearchIndex {
  full: boolean;
  added: number;
  removed: number;
  changed: number;
}

// About 16,000 postings per shard keeps one in the tens of kilobytes; past four times that (a large
// import into a small index) the index is rebuilt with more shards, as it is once a quarter is dead.
const POSTINGS_PER_SHARD = 16_000;
const shardCountFor = (postings: number) =>
  Math.min(1024, Math.max(16, Math.ceil(postings / POSTINGS_PER_SHARD)));

/** Per term, per field: document numbers and counts, interleaved. */
type TermPostings = number[][];

class Writer {
  readonly kinds: number[];
  readonly fieldLengths: number[];
  readonly entityKeys: number[];
  readonly sentences: number[];
  readonly ids: string[];
  readonly prints: number[];
  readonly avg: number[];
  documentCount: number;
  postingCount: number;
  readonly terms: Set<string>;
  newTerms = false;
  /** Postings added in this session, by shard and term. */
  readonly added = new Map<number, Map<string, TermPostings>>();
  /** Records of documents added or removed (null) in this session. */
  readonly records = new Map<number, DocRecord>();

  constructor(
    readonly postingShards: number,
    base?: BaseIndex,
  ) {
    const head = base?.head;
    this.kinds = head ? Array.from(head.kinds) : [];
    this.fieldLengths = head ? Array.from(head.fieldLengths) : [];
    this.entityKeys = head ? Array.from(head.entityKeys) : [];
    this.sentences = head ? Array.from(head.sentences) : [];
    this.ids = base ? [...base.keys.ids] : [];
    this.prints = base ? Array.from(base.keys.prints) : [];
    this.avg = head ? [...head.avgFieldLength] : new Array<number>(FIELD_COUNT).fill(0);
    this.documentCount = head?.documentCount ?? 0;
    this.postingCount = head?.postingCount ?? 0;
    this.terms = new Set(head?.terms);
  }

  /** Indexes a document as MiniSearch's add() does, under the next document number. */
  add(doc: IndexDoc, print: number): void {
    const n = this.kinds.length;
    this.kinds.push(doc.kind);
    this.ids.push(doc.id);
    this.prints.push(print);
    this.entityKeys.push(doc.entityId ? hash32(doc.entityId) : 0);
    this.sentences.push(doc.kind === KIND_FACT ? hash32(doc.sentenceKey) : 0);
    this.records.set(n, doc.record);
    const count = this.documentCount;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const text = doc.fields[f];
      if (text === undefined) {
        this.fieldLengths.push(0);
        continue;
      }
      const { length, terms } = fieldTerms(text);
      this.fieldLengths.push(length);
      this.avg[f] = ((this.avg[f] ?? 0) * count + length) / (count + 1);
      for (const [term, freq] of terms) this.posting(term, f).push(n, freq);
    }
    this.documentCount++;
  }

  /** Removes a document as MiniSearch's discard() does; its postings stay and are skipped. */
  remove(n: number): void {
    const count = this.documentCount;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const length = this.fieldLengths[n * FIELD_COUNT + f] ?? 0;
      if (!length) continue;
      this.avg[f] = count === 1 ? 0 : ((this.avg[f] ?? 0) * count - length) / (count - 1);
    }
    this.kinds[n] = DEAD;
    this.records.set(n, null);
    this.documentCount--;
  }

  get deadCount(): number {
    return this.kinds.length - this.documentCount;
  }

  private posting(term: string, field: number): number[] {
    const shard = postingShardOf(term, this.postingShards);
    let terms = this.added.get(shard);
    if (!terms) {
      terms = new Map();
      this.added.set(shard, terms);
    }
    let fields = terms.get(term);
    if (!fields) {
      fields = Array.from({ length: FIELD_COUNT }, () => []);
      terms.set(term, fields);
      if (!this.terms.has(term)) {
        this.terms.add(term);
        this.newTerms = true;
      }
    }
    this.postingCount++;
    return fields[field] as number[];
  }

  /** The base's shards that finish() rewrites: read before it, so that a build needs no reads at all. */
  async touchedShards(base: BaseIndex): Promise<BaseShards> {
    const postings = new Map<number, PostingShard>();
    for (const shard of this.added.keys()) {
      const old = await base.readPostings(shard);
      if (old) postings.set(shard, old);
    }
    const docs = new Map<number, DocShard>();
    for (const n of new Set([...this.records.keys()].map(docShardOf))) {
      const old = await base.readDocs(n);
      if (old) docs.set(n, old);
    }
    return { postings, docs, terms: base.head.terms };
  }

  finish(datasetVersion: string, generation: number, base?: BaseShards): PackedSearchIndex {
    const postings = new Map<number, PostingShard>();
    for (const [shard, added] of this.added)
      postings.set(shard, encodeShard(mergePostings(base?.postings.get(shard), added), generation));
    // A new index has every shard, empty ones too: a reader that finds one missing knows it is damaged.
    if (!base)
      for (let n = 0; n < this.postingShards; n++)
        if (!postings.has(n)) postings.set(n, encodeShard(new Map(), generation));
    const docs = new Map<number, DocShard>();
    for (const [n, record] of this.records) {
      const shard = docShardOf(n);
      let out = docs.get(shard);
      if (!out) {
        const old = base?.docs.get(shard);
        out = { generation, docs: old ? [...old.docs] : [] };
        docs.set(shard, out);
      }
      out.docs[n - shard * DOC_SHARD_SIZE] = record;
    }
    const head: SearchIndexHead = {
      format: SEARCH_INDEX_FORMAT,
      datasetVersion,
      generation,
      postingShards: this.postingShards,
      postingCount: this.postingCount,
      documentCount: this.documentCount,
      avgFieldLength: this.avg,
      terms: this.newTerms || !base ? [...this.terms].sort() : base.terms,
      kinds: Uint8Array.from(this.kinds),
      fieldLengths: Uint16Array.from(this.fieldLengths, (x) => Math.min(x, 0xffff)),
      entityKeys: Uint32Array.from(this.entityKeys),
      sentences: Uint32Array.from(this.sentences),
    };
    return {
      head,
      keys: { generation, ids: this.ids, prints: Uint32Array.from(this.prints) },
      postings,
      docs,
    };
  }
}

function mergePostings(old: PostingShard | undefined, added: Map<string, TermPostings>) {
  const merged = new Map<string, TermPostings>();
  if (old) {
    old.terms.forEach((term, i) => {
      const fields: TermPostings = Array.from({ length: FIELD_COUNT }, () => []);
      for (let e = old.starts[i] ?? 0; e < (old.starts[i + 1] ?? 0); e++)
        fields[old.fields[e] ?? 0]?.push(old.docs[e] ?? 0, old.freqs[e] ?? 0);
      merged.set(term, fields);
    });
  }
  for (const [term, fields] of added) {
    const into = merged.get(term);
    if (!into) merged.set(term, fields);
    // New documents have higher numbers than stored ones: appending keeps each field's list in order.
    else
      fields.forEach((list, f) => {
        for (const x of list) into[f]?.push(x);
      });
  }
  return merged;
}

function encodeShard(terms: Map<string, TermPostings>, generation: number): PostingShard {
  const sorted = [...terms.keys()].sort();
  let total = 0;
  for (const fields of terms.values()) for (const list of fields) total += list.length / 2;
  const out: PostingShard = {
    generation,
    terms: sorted,
    starts: new Uint32Array(sorted.length + 1),
    fields: new Uint8Array(total),
    docs: new Uint32Array(total),
    freqs: new Uint16Array(total),
  };
  let e = 0;
  sorted.forEach((term, i) => {
    out.starts[i] = e;
    (terms.get(term) as TermPostings).forEach((list, f) => {
      for (let k = 0; k < list.length; k += 2) {
        out.fields[e] = f;
        out.docs[e] = list[k] as number;
        out.freqs[e] = Math.min(list[k + 1] as number, 0xffff);
        e++;
      }
    });
  });
  out.starts[sorted.length] = e;
  return out;
}

/** A new index over the dataset's documents. */
export function buildSearchIndex(dataset: Dataset): IndexChange {
  // Shards sized for the postings: counted roughly (words of the texts) before they are made.
  let estimate = 0;
  const words = (text: string) => text.split(' ').length;
  for (const e of dataset.entities)
    estimate += words(e.name) + words(e.aliases.join(' ')) + words(e.description);
  for (const f of dataset.facts) estimate += words(f.text);
  for (const a of dataset.articles) estimate += words(a.title) + 4;
  const writer = new Writer(shardCountFor(estimate));
  for (const doc of indexDocs(dataset)) writer.add(doc, fingerprintOf(doc));
  const packed = writer.finish(dataset.version, 1);
  return { ...packed, full: true, added: writer.kinds.length, removed: 0, changed: 0 };
}

/**
 * `base` brought up to date with `dataset`, in the order MiniSearch's discard / replace / addAll
 * were called before (documents gone, then changed ones in place, then new ones), so that the
 * running averages, and with them the scores, are the same.
 */
export async function updateSearchIndex(base: BaseIndex, dataset: Dataset): Promise<IndexChange> {
  const wanted = new Set(indexDocIds(dataset));
  const live = new Map<string, number>();
  base.keys.ids.forEach((id, n) => {
    if (base.head.kinds[n] !== DEAD) live.set(id, n);
  });
  // What changed, decided before anything is indexed: a change too large for the stored shards is
  // built afresh without first being indexed into them.
  const gone = [...live].filter(([id]) => !wanted.has(id)).map(([, n]) => n);
  const fresh: IndexDoc[] = [];
  const changes: Array<{ n: number; doc: IndexDoc; print: number }> = [];
  let words = 0;
  for (const doc of indexDocs(dataset)) {
    const n = live.get(doc.id);
    const print = fingerprintOf(doc);
    if (n !== undefined && base.keys.prints[n] === print) continue;
    if (n === undefined) fresh.push(doc);
    else changes.push({ n, doc, print });
    for (const text of doc.fields) if (text) words += text.split(' ').length;
  }
  const removed = gone.length;
  const changed = changes.length;
  const crowded = base.head.postingCount + words > base.head.postingShards * POSTINGS_PER_SHARD * 4;
  // Dead postings cost only at scale: a small index carries them.
  const deadAfter = base.head.kinds.length - base.head.documentCount + removed + changed;
  const dead = deadAfter > Math.max((base.head.kinds.length + fresh.length + changed) / 4, 5_000);
  if (dead || crowded) return { ...buildSearchIndex(dataset), added: fresh.length, removed, changed };
  const writer = new Writer(base.head.postingShards, base);
  for (const n of gone) writer.remove(n);
  for (const { n, doc, print } of changes) {
    writer.remove(n);
    writer.add(doc, print);
  }
  for (const doc of fresh) writer.add(doc, fingerprintOf(doc));
  const packed = writer.finish(dataset.version, base.head.generation + 1, await writer.touchedShards(base));
  return { ...packed, full: false, added: fresh.length, removed, changed };
}
