// The gold corpora `npm run eval` and the eval gate score: the seed article and wikigold.
import { readFileSync } from 'node:fs';
import { parseConll } from './conll';
import type { GoldCorpus, GoldMention } from './gold';
import { type CorpusScores, scoreCorpus } from './score';
import { newsCorpus, seedCorpus } from './seed-gold';

export const WIKIGOLD_FILE = 'tests/fixtures/wikigold/wikigold.conll.txt';

export function wikigoldCorpus(file = WIKIGOLD_FILE): GoldCorpus {
  return { name: 'wikigold', articles: parseConll(readFileSync(file, 'utf8'), 'wikigold') };
}

/**
 * CoNLL tags nationality adjectives ("Japanese punk band") as MISC names. Factlens never makes them
 * entities (they describe a name, they are not one), so they are left out of the scoring, and counted.
 * The list is a fixture, so the gold stays the same whatever the compiler's gazetteers say.
 */
const NATIONALITIES = new Set(
  readFileSync('tests/fixtures/wikigold/nationality-adjectives.txt', 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#')),
);

export const isNationalityAdjective = (m: GoldMention) => m.type === 'other' && NATIONALITIES.has(m.text);

export function scoreAll(): CorpusScores[] {
  return [
    scoreCorpus(seedCorpus()),
    scoreCorpus(newsCorpus()),
    scoreCorpus(wikigoldCorpus(), isNationalityAdjective),
  ];
}
