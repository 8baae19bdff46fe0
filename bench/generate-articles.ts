// Benchmark input for the dataset compiler. Every article is plainly synthetic: its title starts with
// "Synthetic benchmark article", its source is "Synthetic benchmark", its first paragraph says it reports
// nothing, and every name comes from the invented lists below. The generator is seeded, so a run is
// repeatable, and yields one file at a time, so the input itself takes no memory.
import type { ArticleFile } from '../src/core/dataset/compiler';

const FIRST = ['Arlen', 'Bexa', 'Corin', 'Dalia', 'Evander', 'Fenna', 'Gorin', 'Halvard', 'Isko', 'Jorun'];
const LAST = ['Quorvane', 'Tellimark', 'Ossery', 'Vandrell', 'Kestrow', 'Mirabault', 'Pendrake', 'Sollivar'];
const PLACES = [
  'Vostrava',
  'Kelmarsh',
  'Orrindale',
  'Tessaly Port',
  'Brannock',
  'Ullsworth',
  'Zarpen',
  'Lowmere',
];
const ORGS: Array<[string, string]> = [
  ['Northern Grain Council', 'NGC'],
  ['Institute for Tidal Research', 'ITR'],
  ['Federation of Valley Farmers', 'FVF'],
  ['Coastal Rail Authority', 'CRA'],
  ['League of Orchard Towns', 'LOT'],
];
const ROLES = ['President', 'Foreign Minister', 'Mayor', 'Governor', 'Finance Minister', 'spokesperson'];
const VERBS = ['visited', 'criticised', 'praised', 'met officials in', 'wrote to', 'called for talks with'];
const TOPICS = [
  'grain prices',
  'a new rail line',
  'river levels',
  'the harvest',
  'port fees',
  'school budgets',
];

/** mulberry32: a tiny seeded PRNG, so the same count and seed give the same articles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* syntheticArticles(count: number, seed = 1): Generator<ArticleFile> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor(next() * 1800) * 86_400_000).toISOString().slice(0, 10);
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const other = `${pick(FIRST)} ${pick(LAST)}`;
    const surname = person.split(' ')[1] as string;
    const [org, acronym] = pick(ORGS);
    const place = pick(PLACES);
    const there = pick(PLACES);
    const topic = pick(TOPICS);
    const title = `Synthetic benchmark article ${String(i).padStart(5, '0')}: ${surname} and ${topic}`;
    const paragraphs = [
      'This text was generated to benchmark a dataset compiler and reports nothing that happened.',
      `${pick(ROLES)} ${person} ${pick(VERBS)} ${place} on ${topic}. He said the ${org} (${acronym}) would decide soon.`,
      `Later, ${surname} ${pick(VERBS)} ${other} in ${there}. The ${acronym} has not commented on ${topic}.`,
      `Residents of ${place} asked the ${org} to publish its figures. ${other} declined to answer questions.`,
      `Analysts in ${there} expect ${surname} to return to ${place} before the end of the month.`,
    ];
    const text = [
      `date ${date} ${title}`,
      '',
      `Benchmark » SYNTHETIC | ${date}`,
      `Synthetic benchmark: ${title}`,
      '',
      paragraphs.join('\n\n'),
      '',
    ].join('\n');
    yield { name: `synthetic-${String(i).padStart(5, '0')}.txt`, text };
  }
}
