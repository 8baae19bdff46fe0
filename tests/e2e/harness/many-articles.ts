// 1,000 articles for the dataset-at-scale tests, as one JSON Lines file the reader could import: news
// briefs about a population of people, organisations and places in which a few names recur often and
// most rarely, and a page that names some of them.
const FIRST = ['Ingrid', 'Tomas', 'Leila', 'Anton', 'Marta', 'Henrik', 'Sofia', 'Pavel', 'Nadia', 'Oskar'];
const LAST = [
  'Halvorsen',
  'Brekke',
  'Lindqvist',
  'Moravec',
  'Castell',
  'Okafor',
  'Varga',
  'Rautio',
  'Dunmore',
  'Sorensen',
  'Petrakis',
  'Alderton',
  'Kovalenko',
  'Marchetti',
  'Ilves',
  'Baptiste',
  'Nakamura',
  'Ferreira',
  'Holm',
  'Zielinski',
];
const CITIES = ['Tromsø', 'Bergen', 'Tampere', 'Gdańsk', 'Porto', 'Brno', 'Tartu', 'Aarhus', 'Ghent', 'Cork'];
const ROLES = ['Fisheries Minister', 'Mayor', 'Trade Commissioner', 'Health Minister', 'Union leader'];
const TOPICS = [
  'harbour',
  'rail link',
  'fishing quota',
  'hospital',
  'wind farm',
  'budget',
  'bridge',
  'school',
];
const VERBS = ['opened', 'criticised', 'defended', 'postponed', 'announced', 'questioned'];

/** Deterministic, so every run imports the same articles. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * 1,000 in `npm test`; FACTLENS_E2E_ARTICLES=10000 runs the same tests at issue 11's scale (then give
 * vitest a longer --testTimeout: the import's compile is minutes there).
 */
export const MANY_ARTICLES = Number(process.env.FACTLENS_E2E_ARTICLES ?? 1000);

export interface ManyArticles {
  jsonl: string;
  /** Person names in the articles, most written about first. */
  people: string[];
}

export function manyArticles(count = MANY_ARTICLES): ManyArticles {
  const rand = rng(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const people = FIRST.flatMap((first, i) =>
    LAST.map((last, j) => `${first} ${LAST[(i * 7 + j) % LAST.length] ?? last}`),
  );
  // Zipf-like: the person at rank r is picked with weight 1/(r+1), as news names recur.
  const weights = people.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const person = (): string => {
    let x = rand() * total;
    for (let r = 0; r < people.length; r++) {
      x -= weights[r] ?? 0;
      if (x <= 0) return people[r] ?? '';
    }
    return people[0] ?? '';
  };
  const lines: string[] = [];
  for (let n = 0; n < count; n++) {
    const who = person();
    const other = person();
    const city = pick(CITIES);
    const topic = pick(TOPICS);
    const day = new Date(Date.UTC(2023, 0, 1) + n * 8.64e7 * 0.5).toISOString().slice(0, 10);
    const surname = who.split(' ').at(-1) ?? who;
    const body = [
      `${pick(ROLES)} ${who} ${pick(VERBS)} the ${topic} plan in ${city} on ${['Monday', 'Tuesday', 'Thursday'][n % 3]}.`,
      `${surname} said the work would take ${2 + (n % 9)} years and cost less than the last one.`,
      `${other} of the regional council ${pick(VERBS)} the decision, saying ${city} had waited long enough.`,
    ].join('\n\n');
    lines.push(
      JSON.stringify({ title: `${city} ${topic}: brief ${n + 1}`, date: day, body, source: 'Regional Wire' }),
    );
  }
  const counts = new Map<string, number>();
  for (const line of lines)
    for (const p of people) if (line.includes(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return { jsonl: lines.join('\n'), people: [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => p) };
}

/** A page that names the given people, one paragraph each. */
export function peoplePage(names: readonly string[]): string {
  const paragraphs = names.map((name) => `<p>Reporters asked ${name} about the plan again today.</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Regional news</title></head><body><h1>Regional news</h1><main style="margin:80px 40px">${paragraphs.join('')}</main></body></html>`;
}
