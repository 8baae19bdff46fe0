// The gold corpora `npm run eval` and the eval gate score: the seed article and wikigold.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import gazetteer from '../../src/core/gazetteer/gazetteer.json';
import { parseConll } from './conll';
import type { GoldCorpus, GoldMention } from './gold';
import { type CorpusScores, scoreCorpus } from './score';
import { newsCorpus, seedCorpus } from './seed-gold';

export const WIKIGOLD_FILE = 'tests/fixtures/wikigold/wikigold.conll.txt';

export function wikigoldCorpus(file = WIKIGOLD_FILE): GoldCorpus {
  return { name: 'wikigold', articles: parseConll(readFileSync(file, 'utf8'), 'wikigold') };
}

/** Nationality words from data, not from the compiler's rules, so the gold is the same for every version. */
const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
const NATIONALITIES = new Set(gazetteer.demonyms);

/**
 * CoNLL tags nationality adjectives ("Japanese punk band") as MISC names. Factlens never makes them
 * entities (they describe a name, they are not one), so they are left out of the scoring, and counted.
 */
export const isNationalityAdjective = (m: GoldMention) =>
  m.type === 'other' &&
  !m.text.includes(' ') &&
  (NATIONALITIES.has(m.text) || String(lexicon[m.text.toLowerCase()]).includes('Demonym'));

export function scoreAll(): CorpusScores[] {
  return [
    scoreCorpus(seedCorpus()),
    scoreCorpus(newsCorpus()),
    scoreCorpus(wikigoldCorpus(), isNationalityAdjective),
  ];
}
