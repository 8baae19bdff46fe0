// Benchmark input for the dataset compiler made from real prose: the sentences of the wikigold corpus
// (tests/fixtures/wikigold, 145 Wikipedia documents with hand-marked names), recombined into new articles
// with every gold person, organisation and place replaced by a generated name of the same type. MISC
// names (nationalities, titles of works, events) are kept. So the words around the names are real,
// every article is a new combination, and the name vocabulary keeps growing with the corpus:
//   - people: first names (compromise's MaleName/FemaleName/FirstName) with surnames (its LastName list or
//     built from syllables, which never run out);
//   - places: the gazetteer's countries, capitals and cities, or "<Surname> Stadium" when the original
//     name had such a head;
//   - organisations: "<Place or Surname> <Head>", "University of <Place>", "Ministry of <Topic>"…,
//     with an acronym ("Kano Institute" … "KI") where the original was one.
// Across articles, names recur the way news names do (a few often, most rarely: each mention is a new
// entity or repeats an earlier mention's, Simon's model); within an article, a person named in full is
// later named by surname, and short names from another document are often read as someone already named.
// Seeded, so a run is repeatable; a generator, so only one article's text exists at a time.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { ArticleFile } from '../src/core/dataset/compiler';
import { parseConll } from '../tests/eval/conll';
import type { GoldType } from '../tests/eval/gold';
import { rng } from './corpus';

const WIKIGOLD = fileURLToPath(new URL('../tests/fixtures/wikigold/wikigold.conll.txt', import.meta.url));
/** The compiler's gazetteer, read as data for the names put into the text. */
const GAZETTEER = fileURLToPath(new URL('../src/core/gazetteer/gazetteer.json', import.meta.url));

interface Span {
  start: number;
  end: number;
  text: string;
  type: GoldType;
}

interface Sentence {
  doc: number;
  text: string;
  /** Gold names in the sentence, offsets into `text`, in order. */
  names: Span[];
}

interface SourceDoc {
  sentences: Sentence[];
  /** Each shorter name of the document → the longer one it is a run of ("Sheridan" → "Philip Sheridan"). */
  fullForm: Map<string, string>;
  length: number;
}

// ---------------------------------------------------------------------------------------------------
// The real text, split into sentences.

/** A full stop after these is not a sentence end ("Lt. Gen. Jubal Early", "George F. Hauser", "U.S."). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{L}|ca|Mr|Mrs|Ms|Dr|St|Lt|Gen|Col|Capt|Sgt|Maj|Jr|Sr|No|Nos|Vol|vs|Mt|Ft|Rev|Prof|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|\p{L}+\.\p{L}+)\.$/u;
const BOUNDARY = /[.!?]["')\]]?(?= +["'(]?[\p{Lu}\d])/gu;

function splitSentences(doc: number, paragraph: string, names: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const cut = (to: number) => {
    const raw = paragraph.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) {
      const start = from + lead;
      const inside = names
        .filter((n) => n.start >= start && n.end <= start + text.length)
        .map((n) => ({ ...n, start: n.start - start, end: n.end - start }));
      sentences.push({ doc, text, names: inside });
    }
    from = to;
  };
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (names.some((n) => n.start < end && n.end > match.index)) continue;
    if (match[0].startsWith('.') && ABBREVIATION.test(paragraph.slice(Math.max(0, end - 12), end))) continue;
    cut(end);
  }
  cut(paragraph.length);
  return sentences;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Within one document: a name whose words are a run of a longer name of the same type is its short form. */
function fullForms(names: Span[]): Map<string, string> {
  const out = new Map<string, string>();
  const distinct = [...new Map(names.map((n) => [`${n.type}\t${n.text}`, n])).values()];
  for (const name of distinct) {
    const w = words(name.text);
    let best: string | undefined;
    for (const other of distinct) {
      if (other.type !== name.type || other.text.length <= name.text.length) continue;
      const o = words(other.text);
      const at = o.findIndex((_, i) => w.every((word, k) => o[i + k] === word));
      if (at >= 0 && (best === undefined || other.text.length > best.length)) best = other.text;
    }
    if (best !== undefined) out.set(`${name.type}\t${name.text}`, best);
  }
  return out;
}

let sourceCache: SourceDoc[] | undefined;

/** The wikigold documents as sentences with their gold names (read once per process). */
export function sourceDocs(): SourceDoc[] {
  if (sourceCache) return sourceCache;
  const gold = parseConll(readFileSync(WIKIGOLD, 'utf8'), 'wikigold');
  sourceCache = gold.map((article, doc) => {
    const sentences = article.paragraphs.flatMap((paragraph, p) =>
      splitSentences(
        doc,
        paragraph,
        article.mentions.filter((m) => m.paragraph === p),
      ),
    );
    return {
      sentences,
      fullForm: fullForms(article.mentions),
      length: article.paragraphs.reduce((sum, p) => sum + p.length + 2, 0),
    };
  });
  return sourceCache;
}

/** Articles in the base corpus (1x): as many as wikigold has documents. */
export function baseArticleCount(): number {
  return sourceDocs().length;
}

// ---------------------------------------------------------------------------------------------------
// Name material.

const titleCase = (word: string) =>
  word.replace(/(^|[-' ])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;
const tagged = (tags: string[]): string[] =>
  Object.entries(lexicon)
    .filter(([word, tag]) => /^\p{Ll}[\p{Ll}'-]+$/u.test(word) && [tag].flat().some((t) => tags.includes(t)))
    .map(([word]) =>
      titleCase(word).replace(/^(Mc|Mac|O')(\p{Ll})/u, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .sort();

const FIRST_NAMES = tagged(['MaleName', 'FemaleName', 'FirstName']);
const LAST_NAMES = tagged(['LastName']);
interface Gazetteer {
  countries: string[];
  capitals: string[];
  cities: string[];
  demonyms: string[];
}
const places = JSON.parse(readFileSync(GAZETTEER, 'utf8')) as Gazetteer;
const plain = (names: readonly string[]) => names.filter((name) => /^[A-Za-z][A-Za-z .'-]+$/.test(name));
/** English country names only: the gazetteer also lists native forms a news text would rarely use. */
const COUNTRIES = plain(places.countries);
const CAPITALS = places.capitals;
const CITIES = places.cities;
const DEMONYMS = plain(places.demonyms).filter((d) => !d.includes(' '));
const ALL_DEMONYMS = new Set(places.demonyms);

const ONSETS = 'b br ch d dr f g gr h j k kr l m n p pr r s sh st t tr v w z'.split(' ');
const VOWELS = 'a e i o u a e o ai ei ou ia'.split(' ');
const CODAS = ' n r l s k m nd rt'.split(' ');
const ENDINGS = ' son sen ov ova ski ez ani ero ard ley berg stein enko idis oglu ic ner ton'.split(' ');

const ORG_HEADS =
  'Council Institute University Party FC Inc Group Records Bank Foundation Association Hospital Airlines Orchestra Times Academy Corporation Press Society Museum Agency Union League Studios United Rovers Chamber Trust'.split(
    ' ',
  );
/** Heads of original organisation names that are kept ("Virgin Records" → "Moreno Records"). */
const KEEP_ORG_HEAD = new Set(
  [
    ...ORG_HEADS,
    'College School Corps Division Brigade Regiment Army Navy Department Club Company Corp Ltd Committee',
    'Commission Federation Band Church Network Entertainment Conference Party Assembly Government Police',
    'Service Office Bureau Authority Fund Alliance Front Movement Post News Tribune Journal Television Radio',
  ].flatMap((s) => s.split(' ')),
);
const TOPICS =
  'Health Finance Defence Education Agriculture Transport Energy Justice Culture Labour Trade Fisheries Tourism Water Science'.split(
    ' ',
  );
/** Heads of original place names that are kept ("Doyt Perry Stadium" → "Okafor Stadium"). */
const KEEP_PLACE_HEAD = new Set(
  'Stadium Arena Park River Street Road Avenue Square Mountains Mountain Hills Lake Island Islands Bay Valley County Province District Region Airport Bridge Hall Palace Castle Cathedral Station Forest Desert Coast Peninsula Canyon Falls Sea Field Centre Center State'.split(
    ' ',
  ),
);
const PERSON_TITLE =
  /^(?:Mr|Mrs|Ms|Dr|Lt|Gen|Col|Capt|Sgt|Maj|Sir|Lord|Lady|Rev|Prof|President|King|Queen|Prince|Saint)\.?$/;
const PERSON_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
const ACRONYM = /^[\p{Lu}\d&.-]{2,}$/u;

interface Person {
  kind: 'person';
  first: string;
  middle: string;
  last: string;
}
interface Org {
  kind: 'org';
  name: string;
  acronym: string;
}
interface Place {
  kind: 'place';
  name: string;
}
type Entity = Person | Org | Place;

/** Simon's model: a mention is a new entity with probability `fresh`, else repeats a random earlier mention. */
class Population<T> {
  private readonly items: T[] = [];
  private readonly mentions: number[] = [];
  constructor(private readonly fresh: number) {}
  draw(rand: () => number, make: () => T): T {
    let index: number;
    if (this.mentions.length === 0 || rand() < this.fresh) {
      index = this.items.length;
      this.items.push(make());
    } else index = this.mentions[Math.floor(rand() * this.mentions.length)] as number;
    this.mentions.push(index);
    return this.items[index] as T;
  }
}

// ---------------------------------------------------------------------------------------------------
// The generator.

export interface RealLikeOptions {
  seed?: number;
  /** Prefix of the file names (they are `${prefix}-000001.txt`…). */
  prefix?: string;
  /**
   * Told each name as it is put into the text (a full name, a surname, an acronym), so a benchmark can
   * search for the names the text really holds.
   */
  onName?: (name: string) => void;
}

export function* realLikeArticles(count: number, options: RealLikeOptions = {}): Generator<ArticleFile> {
  const docs = sourceDocs();
  const rand = rng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const chance = (p: number) => rand() < p;

  const syllableSurname = () => {
    let name = '';
    for (let i = chance(0.6) ? 2 : 1; i > 0; i--) name += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
    return titleCase(name + pick(ENDINGS));
  };
  const surname = () => (chance(0.4) ? syllableSurname() : pick(LAST_NAMES));
  const cityOrCapital = () => (chance(0.3) ? pick(CAPITALS) : pick(CITIES));
  const anyPlace = () => (chance(0.25) ? pick(COUNTRIES) : cityOrCapital());
  const acronymOf = (name: string) =>
    words(name)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.charAt(0))
      .join('');

  const newPerson = (): Person => ({
    kind: 'person',
    first: pick(FIRST_NAMES),
    middle: chance(0.3) ? String.fromCharCode(65 + Math.floor(rand() * 26)) : '',
    last: surname(),
  });
  const newOrg = (original: string): Org => {
    const w = words(original);
    const head = w.at(-1) ?? '';
    const base = () => (chance(0.55) ? cityOrCapital() : surname());
    let name: string;
    if (!ACRONYM.test(original) && KEEP_ORG_HEAD.has(head) && !original.includes(' of ')) {
      name = `${base()} ${head}`;
    } else {
      const r = rand();
      if (r < 0.1) name = `University of ${cityOrCapital()}`;
      else if (r < 0.16) name = `${chance(0.5) ? `${pick(DEMONYMS)} ` : ''}Ministry of ${pick(TOPICS)}`;
      else if (r < 0.22)
        name = `${pick(DEMONYMS)} ${pick(TOPICS)} ${pick(['Council', 'Agency', 'Association'])}`;
      else name = `${base()} ${pick(ORG_HEADS)}`;
    }
    return { kind: 'org', name, acronym: acronymOf(name) };
  };
  const newPlace = (original: string): Place => {
    const head = words(original).at(-1) ?? '';
    if (KEEP_PLACE_HEAD.has(head) && words(original).length > 1) {
      return { kind: 'place', name: `${chance(0.5) ? surname() : cityOrCapital()} ${head}` };
    }
    if (original.startsWith('Mount ')) return { kind: 'place', name: `Mount ${surname()}` };
    // A nationality marked as a place ("an Iranian politician") stays a nationality.
    if (ALL_DEMONYMS.has(original)) return { kind: 'place', name: pick(DEMONYMS) };
    return { kind: 'place', name: anyPlace() };
  };

  const people = new Population<Person>(0.75);
  const orgs = new Population<Org>(0.65);
  const placesSeen = new Population<Place>(0.6);

  const width = Math.max(6, String(count).length);
  const prefix = options.prefix ?? 'article';
  const firstDay = Date.UTC(2021, 0, 1);
  const docLengths = docs.map((d) => d.length);

  for (let n = 0; n < count; n++) {
    // Per article: which entity each source name became, and which entities are already introduced.
    const cast = new Map<string, Entity>();
    const castOf: Record<'person' | 'org' | 'place', Entity[]> = { person: [], org: [], place: [] };
    const introduced = new Set<Entity>();

    // Entities given to other source names of the sentence being written: two names of one sentence
    // are two entities ("in Hosmandic Center, Randfontein", not "in Randfontein, Randfontein").
    const inSentence = new Set<Entity>();
    const fullOf = (doc: number, name: Span) =>
      docs[doc]?.fullForm.get(`${name.type}\t${name.text}`) ?? name.text;
    const entityKey = (doc: number, name: Span) => `${doc}\t${name.type}\t${fullOf(doc, name)}`;
    const entityFor = (doc: number, name: Span): Entity => {
      const full = fullOf(doc, name);
      const key = entityKey(doc, name);
      const known = cast.get(key);
      if (known) return known;
      const kind = name.type === 'person' ? 'person' : name.type === 'organisation' ? 'org' : 'place';
      const local = castOf[kind].filter((e) => !inSentence.has(e));
      // A short name from another document ("Hauser"): often someone this article has already named.
      const short = full !== name.text || (kind === 'person' && words(name.text).length === 1);
      const draw = (): Entity =>
        kind === 'person'
          ? people.draw(rand, newPerson)
          : kind === 'org'
            ? orgs.draw(rand, () => newOrg(full))
            : placesSeen.draw(rand, () => newPlace(full));
      let entity: Entity;
      if (local.length > 0 && chance(short ? 0.5 : 0.08)) entity = pick(local);
      else {
        // Otherwise someone new to the article (a name the corpus may well have used before).
        entity = draw();
        for (let tries = 0; tries < 4 && castOf[kind].includes(entity); tries++) entity = draw();
      }
      if (!castOf[kind].includes(entity)) castOf[kind].push(entity);
      cast.set(key, entity);
      return entity;
    };

    const render = (doc: number, name: Span, before: string): string => {
      const rendered = renderName(doc, name, before);
      options.onName?.(rendered);
      return rendered;
    };
    const renderName = (doc: number, name: Span, before: string): string => {
      const entity = entityFor(doc, name);
      inSentence.add(entity);
      const first = !introduced.has(entity);
      introduced.add(entity);
      if (entity.kind === 'place') return entity.name;
      if (entity.kind === 'org') {
        if (!ACRONYM.test(name.text) || entity.acronym.length < 2) return entity.name;
        if (first && chance(0.5) && !/\($/.test(before)) return `${entity.name} (${entity.acronym})`;
        return entity.acronym;
      }
      const w = words(name.text);
      const titles: string[] = [];
      while (w.length > 1 && PERSON_TITLE.test(w[0] ?? '')) titles.push(w.shift() as string);
      const suffix = w.length > 1 && PERSON_SUFFIX.test(w.at(-1) ?? '') ? ` ${w.pop()}` : '';
      const full = docs[doc]?.fullForm.get(`${name.type}\t${name.text}`);
      let core: string;
      if (first || (w.length > 1 && !full)) {
        const middle = entity.middle && w.some((x) => /^\p{Lu}\.$/u.test(x)) ? ` ${entity.middle}.` : '';
        core = `${entity.first}${middle} ${entity.last}`;
      } else if (w.length > 1) core = `${entity.first} ${entity.last}`;
      else core = full && words(full)[0] === w[0] ? entity.first : entity.last;
      return [...titles, core].join(' ') + suffix;
    };

    const renderSentence = (sentence: Sentence): string => {
      inSentence.clear();
      let out = '';
      let at = 0;
      let previous: Span | undefined;
      for (const name of sentence.names) {
        const between = sentence.text.slice(at, name.start);
        // "… Party (UP)": the acronym in brackets after a name is that name's.
        if (previous && between === ' (' && ACRONYM.test(name.text) && previous.type === name.type) {
          const entity = cast.get(entityKey(sentence.doc, previous));
          if (entity && entity.kind === 'org') cast.set(entityKey(sentence.doc, name), entity);
        }
        out += between;
        if (name.type === 'other') out += name.text;
        else {
          const replaced = render(sentence.doc, name, out);
          // "an Ontario politician" → "a Gangneung politician".
          out = out.replace(/\b([Aa])n? $/, (_, a: string) =>
            /^[AEIOU]/.test(replaced) ? `${a}n ` : `${a} `,
          );
          out += replaced;
        }
        at = name.end;
        previous = name;
      }
      return out + sentence.text.slice(at);
    };

    // As long as a wikigold document, at least a few sentences; each paragraph is a run of one to three
    // sentences of another document, the first often a document's opening (a lede).
    const target = Math.max(300, pick(docLengths)) * 0.75;
    const usedDocs = new Set<number>();
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      let doc = Math.floor(rand() * docs.length);
      for (let tries = 0; usedDocs.has(doc) && tries < 5; tries++) doc = Math.floor(rand() * docs.length);
      usedDocs.add(doc);
      const sentences = docs[doc]?.sentences ?? [];
      if (sentences.length === 0) continue;
      const take = 1 + Math.floor(rand() * 3);
      const from =
        paragraphs.length === 0 && chance(0.5)
          ? 0
          : Math.floor(rand() * Math.max(1, sentences.length - take + 1));
      const paragraph = sentences
        .slice(from, from + take)
        .map(renderSentence)
        .join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }

    // The headline: the lede's first words, within its first sentence.
    const lede = words(paragraphs[0]?.replace(/[()"[\]]/g, '') ?? '');
    const end = lede.findIndex((word, i) => i >= 2 && /[.!?]$/.test(word) && !/^\p{Lu}\.$/u.test(word));
    const titleWords = lede.slice(0, Math.min(6 + Math.floor(rand() * 5), end < 0 ? lede.length : end + 1));
    while (titleWords.length > 3 && /^(?:\p{Ll}{1,4}|\P{L}*)$/u.test(titleWords.at(-1) ?? ''))
      titleWords.pop();
    const headline = titleWords.join(' ').replace(/[^\p{L}\p{N}]+$/u, '') || 'Report';
    const title = headline.charAt(0).toUpperCase() + headline.slice(1);
    const date = new Date(firstDay + Math.floor(rand() * 4 * 365) * 86_400_000).toISOString().slice(0, 10);
    yield {
      name: `${prefix}-${String(n + 1).padStart(width, '0')}.txt`,
      text: `date ${date} ${title}\n\n${paragraphs.join('\n\n')}\n`,
    };
  }
}
