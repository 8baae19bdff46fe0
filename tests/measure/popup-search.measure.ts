// Measures popup search over a synthetic dataset of 10,000 articles. Run: npm run measure:search.
// It prints numbers instead of asserting them: timing depends on the machine.
import { expect, it } from 'vitest';
import { readerOf } from '../../src/background/live-dataset';
import type { Dataset, Entity, Fact } from '../../src/core/dataset/types';
import { createDatasetSearch } from '../../src/core/query/search';
import { memorySource } from '../../src/core/query/search-index-source';
import { buildSearchIndex } from '../../src/core/query/search-index-write';

const ARTICLES = 10_000;
const FACTS_PER_ARTICLE = 6;
const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas'];
const LAST = ['Berg', 'Novak', 'Ortega', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Ueda', 'Varga'];
const WORDS =
  'ceasefire talks summit minister forum treaty election budget pipeline harbour sanctions vote'.split(' ');

function syntheticDataset(): Dataset {
  const entities: Entity[] = [];
  for (const f of FIRST)
    for (const l of LAST)
      entities.push({
        id: `${f}-${l}`.toLowerCase(),
        name: `${f} ${l}`,
        type: 'person',
        aliases: [`${f} ${l}`, l],
        description: `${WORDS[l.length % WORDS.length]} official`,
      });
  const articles: Dataset['articles'] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const date = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const paragraphs: string[] = [];
    for (let k = 0; k < FACTS_PER_ARTICLE; k++) {
      const e = entities[(i * 7 + k * 13) % entities.length] as Entity;
      const text = `${e.name} said the ${WORDS[(i + k) % WORDS.length]} on day ${i} would continue with ${WORDS[(i * k) % WORDS.length]}.`;
      paragraphs.push(text);
      facts.push({
        id: `f${i}-${k}`,
        entityId: e.id,
        text,
        articleId: `a${i}`,
        date,
        paragraph: k,
        sentence: 0,
      });
    }
    articles.push({
      id: `a${i}`,
      title: `Report ${i}: ${WORDS[i % WORDS.length]} news`,
      date,
      section: 'World',
      source: 'Synthetic',
      file: 'synthetic.jsonl',
      paragraphs,
    });
  }
  return {
    schemaVersion: 2,
    version: 'synthetic',
    date: '2024-12-28',
    articles,
    entities,
    facts,
    relations: [],
  } as Dataset;
}

it('searches 10,000 articles', async () => {
  const dataset = syntheticDataset();
  let t = performance.now();
  const search = createDatasetSearch(memorySource(buildSearchIndex(dataset)), readerOf(dataset));
  await search.search('warm up');
  const buildMs = performance.now() - t;
  const queries = [
    'p',
    'pe',
    'petrov',
    'petorv',
    'ceasefire',
    'greta sato',
    'report 9999',
    'summit minister',
    'zzz',
  ];
  const times: number[] = [];
  for (const q of queries) {
    for (let prefix = 1; prefix <= q.length; prefix++) {
      t = performance.now();
      const r = await search.search(q.slice(0, prefix), 8);
      times.push(performance.now() - t);
      if (process.env.MEASURE_VERBOSE) console.log(q.slice(0, prefix), (performance.now() - t).toFixed(1));
      expect(r.entities.length + r.facts.length + r.articles.length).toBeGreaterThanOrEqual(0);
    }
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) =>
    (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
  console.log(
    `${ARTICLES} articles, ${dataset.facts.length} facts, ${dataset.entities.length} entities: index built in ${buildMs.toFixed(0)} ms; ` +
      `per keystroke (${times.length} queries) median ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms`,
  );
}, 120_000);
