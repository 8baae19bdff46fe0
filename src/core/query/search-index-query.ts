// Ranks the documents of a search index (search-index-format.ts) for a query, exactly as MiniSearch
// ranked them with the options the popup used: every query word must match (AND); a word of two
// letters or more also matches as a prefix, one of five or more also with typos (a fifth of its
// letters); BM25+ per field (k 1.2, b 0.7, d 0.5), prefix matches weighted 0.375 and typos 0.45 as
// they grow away from the word. Only the posting shards of the matched terms are read.
import { processTerm, tokenize } from './search-index-docs';
import {
  DEAD,
  FIELD_BOOSTS,
  FIELD_COUNT,
  KIND_ARTICLE,
  KIND_ENTITY,
  KIND_FACT,
  type PostingShard,
  postingShardOf,
  type SearchIndexHead,
} from './search-index-format';

const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const FUZZY_SHARE = 0.2;
const MAX_FUZZY = 6;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/**
 * Matching documents by kind (unordered) and their scores, by document number. The scores live in
 * scratch memory shared by the ranker's queries: valid only while `use` runs.
 */
export interface RankedDocs {
  entities: number[];
  facts: number[];
  articles: number[];
  score: Float64Array;
}

/** First index in the sorted list whose term is not below `term`. */
function lowerBound(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const commonPrefix = (a: string, b: string, limit: number): number => {
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
};

/**
 * The sorted terms within `max` edits of `word` (Levenshtein), with their distance. Walks the sorted
 * list as a trie: a term reuses the table rows of the prefix it shares with the term before it, and
 * once a prefix is more than `max` edits away every term starting with it is skipped.
 */
export function termsWithin(terms: readonly string[], word: string, max: number): Map<string, number> {
  const out = new Map<string, number>();
  const width = word.length + 1;
  let rows = new Int32Array(width * 32);
  for (let j = 0; j < width; j++) rows[j] = j;
  let previous = '';
  let valid = 0; // rows 0..valid hold the table for previous.slice(0, valid)
  let i = 0;
  while (i < terms.length) {
    const term = terms[i] as string;
    if (rows.length < (term.length + 1) * width) {
      const grown = new Int32Array((term.length + 1) * width * 2);
      grown.set(rows);
      rows = grown;
    }
    let depth = commonPrefix(previous, term, valid);
    let pruned = false;
    while (depth < term.length) {
      depth++;
      const at = depth * width;
      const up = at - width;
      rows[at] = depth;
      let best = depth;
      const c = term.charCodeAt(depth - 1);
      for (let j = 1; j < width; j++) {
        const cost = c === word.charCodeAt(j - 1) ? 0 : 1;
        const value = Math.min(
          (rows[up + j] as number) + 1,
          (rows[at + j - 1] as number) + 1,
          (rows[up + j - 1] as number) + cost,
        );
        rows[at + j] = value;
        if (value < best) best = value;
      }
      if (best > max) {
        pruned = true;
        break;
      }
    }
    previous = term;
    valid = depth;
    if (pruned) {
      const prefix = term.slice(0, depth);
      while (i < terms.length && (terms[i] as string).startsWith(prefix)) i++;
      continue;
    }
    const distance = rows[depth * width + word.length] as number;
    if (distance <= max) out.set(term, distance);
    i++;
  }
  return out;
}

/** The index's terms a query word matches, with their weights, in MiniSearch's precedence. */
export function matchedTerms(terms: readonly string[], word: string): Map<string, number> {
  const out = new Map<string, number>();
  const at = lowerBound(terms, word);
  if (terms[at] === word) out.set(word, 1);
  if (word.length > 1) {
    for (let i = at; i < terms.length && (terms[i] as string).startsWith(word); i++) {
      const term = terms[i] as string;
      if (term === word) continue;
      out.set(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * (term.length - word.length)));
    }
  }
  if (word.length > 4) {
    const max = Math.min(MAX_FUZZY, Math.round(word.length * FUZZY_SHARE));
    for (const [term, distance] of termsWithin(terms, word, max)) {
      if (out.has(term) || distance === 0) continue;
      out.set(term, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
  }
  return out;
}

export type PostingReader = (shard: number) => Promise<PostingShard>;

/** Scratch arrays sized to the index, reused by every query of one engine. */
export function createRanker(head: SearchIndexHead, readPostings: PostingReader) {
  const docs = head.kinds.length;
  const acc = new Float64Array(docs);
  const termScore = new Float64Array(docs);
  const hits = new Uint8Array(docs);
  const stamp = new Uint32Array(docs);
  let stampId = 0;

  /** Ranks, then hands the ranking to `use` at once, before another query can reuse the scratch scores. */
  return async function rank<T>(query: string, use: (ranked: RankedDocs) => T): Promise<T> {
    const words = tokenize(query).map(processTerm).filter(Boolean);
    const out: RankedDocs = { entities: [], facts: [], articles: [], score: acc };
    if (words.length === 0) return use(out);
    // Every word's matched terms first, so that each posting shard is asked for once, together.
    const matched = words.map((word) => matchedTerms(head.terms, word));
    const shards = new Set<number>();
    for (const terms of matched)
      for (const term of terms.keys()) shards.add(postingShardOf(term, head.postingShards));
    const read = new Map<number, PostingShard>();
    await Promise.all([...shards].map(async (s) => read.set(s, await readPostings(s))));

    const total = head.documentCount;
    let candidates: number[] = [];
    let first: number[] = [];
    for (let w = 0; w < matched.length; w++) {
      stampId++;
      const touched: number[] = [];
      for (const [term, weight] of matched[w] as Map<string, number>) {
        const shard = read.get(postingShardOf(term, head.postingShards)) as PostingShard;
        const t = lowerBound(shard.terms, term);
        if (shard.terms[t] !== term) continue;
        const end = shard.starts[t + 1] as number;
        for (let start = shard.starts[t] as number; start < end; ) {
          const field = shard.fields[start] as number;
          let stop = start;
          let live = 0;
          while (stop < end && shard.fields[stop] === field) {
            if (head.kinds[shard.docs[stop] as number] !== DEAD) live++;
            stop++;
          }
          const idf = Math.log(1 + (total - live + 0.5) / (live + 0.5));
          const avg = head.avgFieldLength[field] as number;
          const boost = weight * (FIELD_BOOSTS[field] as number);
          for (let e = start; e < stop; e++) {
            const doc = shard.docs[e] as number;
            if (head.kinds[doc] === DEAD) continue;
            const tf = shard.freqs[e] as number;
            const length = head.fieldLengths[doc * FIELD_COUNT + field] as number;
            const score = boost * idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / avg)));
            if (stamp[doc] !== stampId) {
              stamp[doc] = stampId;
              termScore[doc] = 0;
              touched.push(doc);
            }
            termScore[doc] = (termScore[doc] as number) + score;
          }
          start = stop;
        }
      }
      // All words must match: a document stays while it has matched every word so far.
      for (const doc of touched) {
        if (w === 0) {
          acc[doc] = termScore[doc] as number;
          hits[doc] = 1;
          candidates.push(doc);
        } else if (hits[doc] === w) {
          acc[doc] = (acc[doc] as number) + (termScore[doc] as number);
          hits[doc] = w + 1;
        }
      }
      if (w === 0) first = touched;
      else candidates = candidates.filter((doc) => hits[doc] === w + 1);
    }
    // A document's score counts the distinct words it matched, all of them here.
    const quality = new Set(words).size;
    for (const doc of first) hits[doc] = 0;
    for (const doc of candidates) {
      acc[doc] = (acc[doc] as number) * quality;
      const kind = head.kinds[doc];
      if (kind === KIND_ENTITY) out.entities.push(doc);
      else if (kind === KIND_FACT) out.facts.push(doc);
      else if (kind === KIND_ARTICLE) out.articles.push(doc);
    }
    return use(out);
  };
}

/** The best `k` of `docs` by score, best first; ties in document order (the order they were added). */
export function topByScore(docs: readonly number[], score: Float64Array, k: number): number[] {
  const byScore = (a: number, b: number) => (score[b] as number) - (score[a] as number) || a - b;
  if (docs.length <= k * 4) return [...docs].sort(byScore).slice(0, k);
  // Large lists: the k-th best score by a numeric sort, then only the documents at or above it.
  const scores = Float64Array.from(docs, (d) => score[d] as number).sort();
  const threshold = scores[scores.length - k] as number;
  return docs
    .filter((d) => (score[d] as number) >= threshold)
    .sort(byScore)
    .slice(0, k);
}
