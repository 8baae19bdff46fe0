// Scores the real compiler and matcher on a gold corpus: the articles are compiled together, exactly as
// a reader's dropped-in articles would be, then every figure compares the dataset with the gold.

import { acronymMatchesName } from '../../src/core/dataset/acronyms';
import { DatasetCompiler } from '../../src/core/dataset/compiler';
import type { Dataset, Entity, EntityType, Fact } from '../../src/core/dataset/types';
import { buildMatcher, type Match } from '../../src/core/match';
import { splitSentenceSpans } from '../../src/core/text/sentences';
import { clusterMentions, escapeRegExp, type GoldArticle, type GoldCorpus, type GoldMention } from './gold';

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface CorpusScores {
  corpus: string;
  articles: number;
  textKB: number;
  compileSeconds: number;
  entities: { exact: PRF; relaxed: PRF; gold: number; found: number };
  typed: Record<EntityType, PRF> & { overall: PRF };
  /** Of the names found exactly, how many carry the gold type. */
  typeAccuracy: number;
  /** Share of the dataset's entities typed `other`. */
  otherShare: number;
  marks: { exact: PRF; hits: number; predicted: number; gold: number };
  /** Marks when each article is compiled on its own: more articles must not make the marks worse. */
  marksAlone: PRF;
  grouping: { pairs: number; merged: number; wronglyMerged: number; wrongMerges: string[] };
  shortForms: { judged: number; wrong: number; wrongFromUnsafeAlias: number; pronoun: number };
  /** Gold names left out of the scoring, with why. */
  excluded: number;
  /** The worst mistakes, for reading: false names and missed names, most frequent first. */
  examples: { falseNames: string[]; missedNames: string[]; wrongShortForms: string[] };
}

const DATE = '2009-06-01';

/** Nationality adjectives are never entities in Factlens (they go into descriptions); CoNLL tags them MISC. */
export type ExcludeMention = (mention: GoldMention) => boolean;

export function scoreCorpus(corpus: GoldCorpus, exclude: ExcludeMention = () => false): CorpusScores {
  const articles = corpus.articles.map(clusterMentions);
  const started = performance.now();
  const dataset = compile(articles);
  const compileSeconds = (performance.now() - started) / 1000;
  const textBytes = articles.reduce(
    (sum, a) => sum + a.paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0),
    0,
  );
  const kept = articles.map((a) => ({ ...a, mentions: a.mentions.filter((m) => !exclude(m)) }));
  const excludedSpans = new Set(
    articles.flatMap((a) =>
      a.mentions.filter(exclude).map((m) => spanKey(a.id, m.paragraph, m.start, m.end)),
    ),
  );
  const { examples: wrongShortForms, ...shortForms } = scoreShortForms(kept, dataset);
  const names = scoreNames(kept, dataset);
  return {
    corpus: corpus.name,
    articles: articles.length,
    textKB: textBytes / 1024,
    compileSeconds,
    ...names,
    examples: { ...names.examples, wrongShortForms },
    marks: scoreMarks(kept, dataset, excludedSpans),
    marksAlone: scoreMarksAlone(articles, kept, excludedSpans),
    grouping: scoreGrouping(kept, dataset),
    shortForms,
    excluded:
      articles.reduce((n, a) => n + a.mentions.length, 0) - kept.reduce((n, a) => n + a.mentions.length, 0),
  };
}

function compile(articles: GoldArticle[]): Dataset {
  const compiler = new DatasetCompiler();
  for (const article of articles) {
    const [parsed] = compiler.add({
      name: `${article.id}.json`,
      text: JSON.stringify({ title: article.title, date: DATE, body: article.paragraphs }),
    });
    // Offsets are only meaningful if the compiler reads exactly the text the gold was written on.
    if (parsed?.paragraphs.join('\n') !== article.paragraphs.join('\n'))
      throw new Error(`${article.id}: the parsed article differs from the gold text`);
  }
  return compiler.finish();
}

function prf(hits: number, predicted: number, gold: number, goldHits = hits): PRF {
  const p = predicted ? hits / predicted : 1;
  const r = gold ? goldHits / gold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The gold type of each gold name: the type it is given most often. */
function goldNames(articles: GoldArticle[]): Map<string, EntityType> {
  const counts = new Map<string, Map<EntityType, number>>();
  for (const m of articles.flatMap((a) => a.mentions)) {
    const byType = counts.get(m.text) ?? new Map<EntityType, number>();
    byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
    counts.set(m.text, byType);
  }
  return new Map(
    [...counts].map(([name, byType]) => [name, [...byType].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other']),
  );
}

/**
 * The names the dataset claims in this text: every name and alias the matcher marks somewhere in the
 * corpus (an implied surname the text never uses alone, or the usual spelling of a dateline's capitals
 * that the text never writes, is neither right nor wrong here).
 */
function datasetNames(dataset: Dataset, articles: GoldArticle[]): Map<string, EntityType> {
  const matcher = matcherOf(dataset);
  const used = new Set<string>();
  for (const article of articles)
    for (const paragraph of article.paragraphs)
      for (const match of matcher.scan(paragraph)) used.add(match.alias);
  const names = new Map<string, EntityType>();
  for (const entity of dataset.entities)
    for (const alias of entity.aliases)
      if (!names.has(alias) && used.has(alias)) names.set(alias, entity.type);
  return names;
}

const words = (name: string) => name.split(/\s+/);
function overlaps(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [words(a), words(b)] : [words(b), words(a)];
  for (let i = 0; i + short.length <= long.length; i++)
    if (short.every((w, k) => long[i + k] === w)) return true;
  return false;
}

function scoreNames(articles: GoldArticle[], dataset: Dataset) {
  const gold = goldNames(articles);
  const found = datasetNames(dataset, articles);
  const hits = [...found.keys()].filter((name) => gold.has(name));
  const goldList = [...gold.keys()];
  const foundList = [...found.keys()];
  const relaxedHits = foundList.filter((name) => gold.has(name) || goldList.some((g) => overlaps(name, g)));
  const relaxedGold = goldList.filter((g) => found.has(g) || foundList.some((name) => overlaps(name, g)));
  const typed = {} as Record<EntityType, PRF>;
  for (const type of ['person', 'organisation', 'place', 'other'] as const) {
    const predicted = foundList.filter((name) => found.get(name) === type);
    const expected = goldList.filter((name) => gold.get(name) === type);
    typed[type] = prf(
      predicted.filter((name) => gold.get(name) === type).length,
      predicted.length,
      expected.length,
    );
  }
  const typedHits = hits.filter((name) => gold.get(name) === found.get(name) && found.get(name) !== 'other');
  const typedPredicted = foundList.filter((name) => found.get(name) !== 'other').length;
  const typedGold = goldList.filter((name) => gold.get(name) !== 'other').length;
  const mentionCount = new Map<string, number>();
  for (const m of articles.flatMap((a) => a.mentions))
    mentionCount.set(m.text, (mentionCount.get(m.text) ?? 0) + 1);
  const falseNames = foundList.filter((name) => !gold.has(name));
  const missedNames = goldList.filter((name) => !found.has(name));
  return {
    entities: {
      exact: prf(hits.length, found.size, gold.size),
      relaxed: prf(relaxedHits.length, found.size, gold.size, relaxedGold.length),
      gold: gold.size,
      found: found.size,
    },
    typed: { ...typed, overall: prf(typedHits.length, typedPredicted, typedGold) },
    typeAccuracy: hits.length
      ? hits.filter((name) => gold.get(name) === found.get(name)).length / hits.length
      : 1,
    otherShare: dataset.entities.length
      ? dataset.entities.filter((e) => e.type === 'other').length / dataset.entities.length
      : 0,
    examples: {
      falseNames: falseNames.slice(0, 200),
      missedNames: missedNames
        .sort((a, b) => (mentionCount.get(b) ?? 0) - (mentionCount.get(a) ?? 0))
        .slice(0, 40),
    },
  };
}

/**
 * Where a fact names its entity by one word of the entity's name standing alone ("Campbell", "Commission"),
 * not inside one of its aliases: the spans a short form resolved inside the article can be at. Judged
 * against the gold like any other short form; the compiler's own rules are not repeated here.
 */
function nameWordsAlone(sentence: string, entity: Entity) {
  if (!entity.name.includes(' ')) return [];
  const taken: Array<[number, number]> = [];
  for (const alias of entity.aliases)
    for (const m of sentence.matchAll(new RegExp(escapeRegExp(alias), 'gu')))
      taken.push([m.index, m.index + alias.length]);
  const spans: Array<{ start: number; end: number; alias: string }> = [];
  for (const word of new Set(entity.name.split(' ').filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)))) {
    if (entity.aliases.includes(word)) continue;
    for (const m of sentence.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu'),
    )) {
      const end = m.index + word.length;
      // Alone: not the end of another capitalised name ("Howie Payne").
      const before = /(\p{Lu}[\p{L}'’-]*)\.?\s+$/u.exec(
        sentence.slice(Math.max(0, m.index - 40), m.index),
      )?.[1];
      const alone = before === undefined || OPENING_WORDS.has(before);
      if (alone && !taken.some(([a, b]) => m.index < b && end > a))
        spans.push({ start: m.index, end, alias: word });
    }
  }
  return spans;
}

const OPENING_WORDS = new Set(
  'The A An His Her Its Their But And Or So Then When While After Before Mr Mrs Ms Dr'.split(' '),
);

function spanKey(article: string, paragraph: number, start: number, end: number): string {
  return `${article}|${paragraph}|${start}|${end}`;
}

function matcherOf(dataset: Dataset) {
  return buildMatcher(dataset.entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id }))));
}

type Mention = Pick<Match, 'start' | 'end' | 'alias'>;

/** An alias that is a run of the words of a longer one of its entity ("Putin", "Rada"). */
function isShortAlias(alias: string, entity: Entity): boolean {
  return entity.aliases.some((other) => other.length > alias.length && overlaps(other, alias));
}

/**
 * Facts whose sentence names their entity only by a pronoun or a short form, judged here from the text,
 * not from the compiler's own flag (which leaves out short forms the article defines): each with the
 * short-form mentions found in it (none for a pronoun).
 */
function shortFormFacts(dataset: Dataset) {
  const matcher = matcherOf(dataset);
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const found: Array<{
    fact: Fact;
    entity: Entity;
    span: { start: number; text: string };
    matches: Mention[];
  }> = [];
  for (const fact of dataset.facts) {
    const entity = entities.get(fact.entityId);
    const paragraph = articles.get(fact.articleId)?.paragraphs[fact.paragraph];
    if (!entity || paragraph === undefined) continue;
    const span = splitSentenceSpans(paragraph)[fact.sentence];
    if (!span) continue;
    const matches: Mention[] = [
      ...matcher.scan(span.text).filter((m) => m.entityId === entity.id),
      ...nameWordsAlone(span.text, entity),
    ];
    const short = matches.every((m) => isShortAlias(m.alias, entity));
    if (fact.resolvedBy === 'reference' || (matches.length > 0 && short))
      found.push({ fact, entity, span, matches });
  }
  return found;
}

function scoreMarks(articles: GoldArticle[], dataset: Dataset, ignored: Set<string>) {
  const matcher = matcherOf(dataset);
  const gold = new Set(
    articles.flatMap((a) => a.mentions.map((m) => spanKey(a.id, m.paragraph, m.start, m.end))),
  );
  let predicted = 0;
  let hits = 0;
  for (const article of articles) {
    article.paragraphs.forEach((paragraph, p) => {
      for (const match of matcher.scan(paragraph)) {
        const key = spanKey(article.id, p, match.start, match.end);
        if (ignored.has(key)) continue;
        predicted++;
        if (gold.has(key)) hits++;
      }
    });
  }
  return { exact: prf(hits, predicted, gold.size), hits, predicted, gold: gold.size };
}

function scoreMarksAlone(articles: GoldArticle[], kept: GoldArticle[], ignored: Set<string>): PRF {
  let hits = 0;
  let predicted = 0;
  let gold = 0;
  articles.forEach((article, i) => {
    const marks = scoreMarks([kept[i] as GoldArticle], compile([article]), ignored);
    hits += marks.hits;
    predicted += marks.predicted;
    gold += marks.gold;
  });
  return prf(hits, predicted, gold);
}

/** One name however written: "BRUSSELS" and "Brussels", "U.S." and "US", "UK" for "United Kingdom". */
function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.replace(/\./g, '').toUpperCase();
  if (plain(a) === plain(b)) return true;
  return acronymMatchesName(plain(b), a.split(' ')) || acronymMatchesName(plain(a), b.split(' '));
}

/** Gold people named by their surname too: is the surname an alias of the person named in full? */
function scoreGrouping(articles: GoldArticle[], dataset: Dataset) {
  const pairs = new Set<string>();
  // Names an article uses for one entity: a name and a shorter run of its words of the same type
  // ("Friedrich Schlegel", "Schlegel"), or a name and an acronym of its initials ("ACLU").
  const together = new Set<string>();
  for (const article of articles) {
    const names = [...new Map(article.mentions.map((m) => [m.text, m.type])).entries()];
    for (const [a, typeA] of names)
      for (const [b, typeB] of names) {
        if (a === b) continue;
        if ((typeA === typeB && overlaps(a, b)) || acronymMatchesName(b.replace(/\./g, ''), a.split(' ')))
          together.add(`${a}\t${b}`);
      }
    for (const m of article.mentions) {
      // The surname ("Sheridan" for "Philip Sheridan"); a given name alone is not linked, by design.
      if (m.entity && m.type === 'person' && m.entity.endsWith(` ${m.text}`))
        pairs.add(`${article.id}.json\t${m.entity}\t${m.text}`);
    }
  }
  const owners = new Map<string, Entity>();
  for (const entity of dataset.entities) for (const alias of entity.aliases) owners.set(alias, entity);
  // Merged when the surname is an alias of the person, or when the card quotes the person's sentences of
  // that article that use only the surname (a surname resolved inside an article that names the person).
  const files = new Map(dataset.articles.map((a) => [a.id, a.file]));
  const surnameFacts = new Set<string>();
  for (const { fact } of shortFormFacts(dataset)) {
    for (const word of fact.text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
      surnameFacts.add(`${files.get(fact.articleId)}\t${fact.entityId}\t${word}`);
  }
  let merged = 0;
  for (const pair of pairs) {
    const [file, full, short] = pair.split('\t') as [string, string, string];
    const entity = owners.get(full);
    if (entity && (owners.get(short) === entity || surnameFacts.has(`${file}\t${entity.id}\t${short}`)))
      merged++;
  }
  // Two gold names on one entity that no article uses for one entity.
  const gold = goldNames(articles);
  let wronglyMerged = 0;
  const wrongMerges: string[] = [];
  for (const entity of dataset.entities) {
    const named = entity.aliases.filter((alias) => gold.has(alias));
    for (let i = 0; i < named.length; i++)
      for (let k = i + 1; k < named.length; k++) {
        const [a, b] = [named[i] as string, named[k] as string];
        if (!together.has(`${a}\t${b}`) && !together.has(`${b}\t${a}`) && !sameName(a, b)) {
          wronglyMerged++;
          wrongMerges.push(`${a} + ${b}`);
        }
      }
  }
  return { pairs: pairs.size, merged, wronglyMerged, wrongMerges };
}

/**
 * Facts a card shows through a short form or a pronoun (see shortFormFacts): right when the gold puts a name of
 * that entity at the spot. A pronoun fact has no span to judge and is counted apart.
 */
function scoreShortForms(articles: GoldArticle[], dataset: Dataset) {
  const byId = new Map(articles.map((a, i) => [`${a.id}.json`, i]));
  const articleOf = new Map(dataset.articles.map((a) => [a.id, articles[byId.get(a.file) ?? -1]]));
  const result = { judged: 0, wrong: 0, wrongFromUnsafeAlias: 0, pronoun: 0, examples: [] as string[] };
  const goldPlaces = new Set(
    articles.flatMap((a) => a.mentions.filter((m) => m.type === 'place').map((m) => m.text)),
  );
  for (const { fact, entity, span, matches } of shortFormFacts(dataset)) {
    const article = articleOf.get(fact.articleId);
    if (!article) continue;
    if (matches.length === 0) {
      result.pronoun++;
      continue;
    }
    result.judged++;
    // Right when the gold has a name at the spot and the entity has another name, of the same gold type
    // in this article, that contains the short form ("Budjana" → "Dewa Budjana", "Rada" → "Verkhovna Rada").
    const right = matches.some((match) => {
      const gold = article.mentions.find(
        (m) =>
          m.paragraph === fact.paragraph &&
          m.start === span.start + match.start &&
          m.end === span.start + match.end,
      );
      if (!gold) return false;
      return entity.aliases.some(
        (alias) =>
          alias !== match.alias &&
          overlaps(alias, match.alias) &&
          article.mentions.some((m) => m.text === alias && m.type === gold.type),
      );
    });
    if (right) continue;
    result.wrong++;
    const alias = matches[0]?.alias ?? '';
    result.examples.push(`${alias} → ${entity.name}: ${span.text.slice(0, 90)}`);
    if (alias.length <= 1 || /^\p{Ll}/u.test(alias) || (goldPlaces.has(alias) && entity.type !== 'place'))
      result.wrongFromUnsafeAlias++;
  }
  return result;
}
