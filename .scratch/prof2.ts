import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/core/dataset/types';
import { createRanker, matchedTerms } from '../src/core/query/search-index-query';
import { memorySource } from '../src/core/query/search-index-source';
import { buildSearchIndex } from '../src/core/query/search-index-write';

const dataset = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Dataset;
const index = buildSearchIndex(dataset);
const src = memorySource(index);
const rank = createRanker(index.head, src.postings);
for (const q of ['ministry', 'of', 'transport', 'Ministry of Transport', 'probably']) {
  let t = performance.now();
  for (let i = 0; i < 30; i++) matchedTerms(index.head.terms, q.toLowerCase());
  const m = (performance.now() - t) / 30;
  t = performance.now();
  let n = 0;
  for (let i = 0; i < 30; i++) n = await rank(q, (r) => r.facts.length + r.entities.length);
  console.log(
    q,
    'match',
    m.toFixed(2),
    'rank',
    ((performance.now() - t) / 30).toFixed(2),
    'hits',
    n,
    'terms',
    matchedTerms(index.head.terms, q.toLowerCase().split(' ')[0]!).size,
  );
}

import MiniSearch from 'minisearch';
import { SEARCH_INDEX_OPTIONS, searchDocs } from '../bench/search-minisearch';

const mini = new MiniSearch(SEARCH_INDEX_OPTIONS);
mini.addAll(searchDocs(dataset));
for (const q of ['ministry', 'of', 'transport', 'Ministry of Transport', 'probably']) {
  const t = performance.now();
  for (let i = 0; i < 30; i++) mini.search(q);
  console.log('mini', q, ((performance.now() - t) / 30).toFixed(2));
}
for (const q of ['ministry', 'of', 'Ministry of Transport']) {
  const t = performance.now();
  for (let i = 0; i < 30; i++) await rank(q, (r) => r.facts.length);
  console.log('ours again', q, ((performance.now() - t) / 30).toFixed(2));
}
