// One row of the search benchmark for the popup's own index (src/core/query/search-index-*.ts), in a
// process of its own (started by search-bench.ts with --expose-gc) so that its heap is its own:
//   - build, and what is kept (the head a wake reads, all shards, and gzipped package files);
//   - wake: the head copied as IndexedDB copies it (structured clone) and checked;
//   - cold first search: a fresh wake, then one popup search() whose shards are each copied the same
//     way on first read, median over queries (each from a fresh wake);
//   - warm popup search() per query, p50 and p95, over the benchmark's queries;
//   - heap with the head only, and after every query (shard caches full).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readerOf } from '../src/background/live-dataset';
import type { Dataset } from '../src/core/dataset/types';
import { createDatasetSearch, type SearchIndexSource } from '../src/core/query/search';
import { indexFiles, readHead } from '../src/core/query/search-index-file';
import type { PackedSearchIndex } from '../src/core/query/search-index-format';
import { shardSource } from '../src/core/query/search-index-source';
import { buildSearchIndex } from '../src/core/query/search-index-write';
import { benchQueries } from './search-queries';

export interface ShardedRow {
  engine: 'Factlens sharded';
  articles: number;
  docs: number;
  terms: number;
  buildMs: number;
  headBytes: number;
  allBytes: number;
  gzipBytes: number;
  postingShards: number;
  docShards: number;
  wakeMs: number;
  coldFirstSearchMs: number;
  popupSearch: { p50: number; p95: number };
  heapHeadBytes: number;
  heapWarmBytes: number;
  nameHits: number;
}

type Gc = () => void;
const gc = (globalThis as { gc?: Gc }).gc ?? (() => undefined);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const round = (x: number) => Math.round(x * 100) / 100;

/** Bytes a structured clone of the value holds: typed arrays by their buffers, strings by length. */
function bytesOf(value: unknown): number {
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (typeof value === 'string') return value.length * 2;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + bytesOf(v), 0);
  if (value && typeof value === 'object')
    return Object.values(value).reduce((n: number, v) => n + bytesOf(v), 0);
  return 8;
}

const [articlesArg, datasetFile] = process.argv.slice(2) as [string, string];
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
const queries = benchQueries(dataset);
const reader = readerOf(dataset);

let t = performance.now();
const index: PackedSearchIndex = buildSearchIndex(dataset);
const buildMs = performance.now() - t;
const headBytes = bytesOf(index.head);
let allBytes = headBytes + bytesOf(index.keys);
for (const shard of index.postings.values()) allBytes += bytesOf(shard);
for (const shard of index.docs.values()) allBytes += bytesOf(shard);
let gzipBytes = 0;
for (const text of indexFiles(index).values()) gzipBytes += gzipSync(text).length;

/** A woken worker's index: the head and every shard read as copies, as IndexedDB hands them over. */
const wake = (): SearchIndexSource => {
  const head = readHead(structuredClone(index.head));
  return shardSource(head, {
    postings: async (n) => structuredClone(index.postings.get(n)),
    docs: async (n) => structuredClone(index.docs.get(n)),
  });
};

const wakes: number[] = [];
const colds: number[] = [];
for (const q of queries.filter((x) => x.kind !== 'fact word').slice(0, 15)) {
  t = performance.now();
  const source = wake();
  wakes.push(performance.now() - t);
  await createDatasetSearch(source, reader).search(q.text, 8);
  colds.push(performance.now() - t);
}

const before = heap();
const source = wake();
const heapHeadBytes = heap() - before;
const search = createDatasetSearch(source, reader);
for (const q of queries) await search.search(q.text, 8);
const xs: number[] = [];
let nameHits = 0;
for (const q of queries) {
  t = performance.now();
  const r = await search.search(q.text, 8);
  xs.push(performance.now() - t);
  if (q.kind === 'name') nameHits += r.entities.length + r.facts.length + r.articles.length;
}
const heapWarmBytes = heap() - before;

const row: ShardedRow = {
  engine: 'Factlens sharded',
  articles: Number(articlesArg),
  docs: index.head.kinds.length,
  terms: index.head.terms.length,
  buildMs: Math.round(buildMs),
  headBytes,
  allBytes,
  gzipBytes,
  postingShards: index.postings.size,
  docShards: index.docs.size,
  wakeMs: round(quantile(wakes, 0.5)),
  coldFirstSearchMs: round(quantile(colds, 0.5)),
  popupSearch: { p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)) },
  heapHeadBytes,
  heapWarmBytes,
  nameHits: round(nameHits / queries.filter((q) => q.kind === 'name').length),
};
console.log(JSON.stringify(row));
