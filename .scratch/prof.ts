import { readFileSync } from 'node:fs';
import { benchQueries } from '../bench/search-queries';
import { readerOf } from '../src/background/live-dataset';
import type { Dataset } from '../src/core/dataset/types';
import { createDatasetSearch } from '../src/core/query/search';
import { createRanker } from '../src/core/query/search-index-query';
import { memorySource } from '../src/core/query/search-index-source';
import { buildSearchIndex } from '../src/core/query/search-index-write';

const dataset = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Dataset;
const queries = benchQueries(dataset);
let t = performance.now();
const index = buildSearchIndex(dataset);
console.log('build', performance.now() - t);
const src = memorySource(index);
const rank = createRanker(index.head, src.postings);
const search = createDatasetSearch(src, readerOf(dataset));
for (const q of queries) await search.search(q.text, 8);
const slow: Array<[number, number, string]> = [];
let tr = 0,
  ts = 0;
for (const q of queries) {
  t = performance.now();
  await rank(q.text, (r) => r.facts.length);
  const a = performance.now() - t;
  tr += a;
  t = performance.now();
  await search.search(q.text, 8);
  const b = performance.now() - t;
  ts += b;
  slow.push([b, a, q.text]);
}
console.log('rank total', tr, 'search total', ts, 'n', queries.length);
console.log(slow.sort((x, y) => y[0] - x[0]).slice(0, 12));
