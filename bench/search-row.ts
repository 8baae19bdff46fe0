// One row of the search benchmark: one library on one dataset, in a process of its own (started by
// search-bench.ts with --expose-gc), so each library's heap is measured alone.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Dataset } from '../src/core/dataset/types';
import { indexDataset } from '../src/core/query/dataset-index';
import { ENGINES, type EngineName } from './search-engines';
import { createDatasetSearch, searchDocs } from './search-minisearch';
import { benchQueries, type QueryKind } from './search-queries';

export interface SearchRow {
  engine: string;
  articles: number;
  docs: number;
  buildMs: number;
  serialiseMs: number;
  bytes: number;
  gzipBytes: number;
  /** Median of three loads from the serialised string (parse included). */
  loadMs: number;
  heapBuiltBytes: number;
  heapLoadedBytes: number;
  /** Per query, milliseconds: p50 and p95 of each kind and of all. */
  latency: Record<QueryKind | 'all', { p50: number; p95: number; n: number }>;
  /** MiniSearch only: the popup's whole search() as it was (grouping and cards, 8 per group) on the built index. */
  popupSearch?: { p50: number; p95: number };
  /** Mean hits per name query: a check that the library finds what is asked. */
  nameHits: number;
}

type Gc = () => void;
const gc = (globalThis as { gc?: Gc }).gc ?? (() => undefined);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const round = (x: number) => Math.round(x * 100) / 100;

const [engineName, articlesArg, datasetFile] = process.argv.slice(2) as [EngineName, string, string];
const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
const docs = searchDocs(dataset);
const queries = benchQueries(dataset);
const engine = ENGINES[engineName]();

const heap0 = heap();
let t = performance.now();
await engine.build(docs);
const buildMs = performance.now() - t;
const heapBuiltBytes = heap() - heap0;
t = performance.now();
const serialised = engine.serialise();
const serialiseMs = performance.now() - t;
engine.drop();
const loads: number[] = [];
let heapLoadedBytes = 0;
for (let i = 0; i < 3; i++) {
  engine.drop();
  const before = heap();
  t = performance.now();
  await engine.load(serialised);
  loads.push(performance.now() - t);
  heapLoadedBytes = heap() - before;
}

/** A slow library gets fewer passes (at least the warm-up and one), not an hour-long row. */
const QUERY_BUDGET_MS = 120_000;
const started = performance.now();
const overBudget = () => performance.now() - started > QUERY_BUDGET_MS;
for (const q of queries) {
  engine.query(q.text); // warm-up
  if (overBudget()) break;
}
const times = new Map<QueryKind | 'all', number[]>();
let nameHits = 0;
for (let pass = 0; pass < 3; pass++) {
  if (pass > 0 && overBudget()) break;
  for (const q of queries) {
    t = performance.now();
    const hits = engine.query(q.text);
    const ms = performance.now() - t;
    if (pass === 0 && q.kind === 'name') nameHits += hits.length;
    for (const key of [q.kind, 'all'] as const) times.set(key, [...(times.get(key) ?? []), ms]);
  }
}
const latency = Object.fromEntries(
  [...times].map(([kind, xs]) => [
    kind,
    { p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)), n: xs.length },
  ]),
) as SearchRow['latency'];

let popupSearch: SearchRow['popupSearch'];
if (engineName === 'minisearch') {
  const { buildSearchIndex } = await import('./search-minisearch');
  const popup = createDatasetSearch(indexDataset(dataset), buildSearchIndex(dataset));
  for (const q of queries) popup.search(q.text, 8);
  const xs: number[] = [];
  for (const q of queries) {
    t = performance.now();
    popup.search(q.text, 8);
    xs.push(performance.now() - t);
  }
  popupSearch = { p50: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)) };
}

const row: SearchRow = {
  engine: engine.name,
  articles: Number(articlesArg),
  docs: docs.length,
  buildMs: Math.round(buildMs),
  serialiseMs: Math.round(serialiseMs),
  bytes: Buffer.byteLength(serialised),
  gzipBytes: gzipSync(serialised).length,
  loadMs: Math.round(median(loads)),
  heapBuiltBytes,
  heapLoadedBytes,
  latency,
  ...(popupSearch ? { popupSearch } : {}),
  nameHits: round(nameHits / queries.filter((q) => q.kind === 'name').length),
};
console.log(JSON.stringify(row));
