// Facts: each sentence that mentions an entity, quoted verbatim. Ranked so a card can show the best first:
// sentences about the entity (it is the subject) before sentences that merely mention it, then newest.
import { buildMatcher } from '../match';
import { hash64 } from '../text/hash';
import { splitSentenceSpans } from '../text/sentences';
import type { CorpusWords } from './alias-safety';
import { firstVerbOffset } from './lexicon';
import { LocalShortForms } from './local-short-forms';
import { pronounReferent } from './references';
import { RelationCounter } from './relations';
import type { Article, Entity, EntityRelations, Fact } from './types';

/** What the shared matcher reports per mention (its public scan() result). */
interface Match {
  start: number;
  end: number;
  entityId: string;
  alias: string;
}

interface RankedFact {
  fact: Fact;
  subject: boolean;
  articleIndex: number;
}

/** How one sentence refers to one entity. */
interface Reference {
  /** Named before the sentence's first verb (or by an opening pronoun). */
  subject: boolean;
  /** Only through a pronoun or a short form its article does not define, never by a name it gives. */
  inferred: boolean;
}

export interface FactsResult {
  /** Grouped by entity in the order of `entities`, best first within each entity. */
  facts: Fact[];
  relations: EntityRelations[];
}

/**
 * `references` holds, per entity id, the aliases that are short forms the compiler linked to it
 * ("Putin" for Vladimir Putin): a sentence that uses only those is marked as resolved by reference.
 */
export function buildFacts(
  articles: Article[],
  entities: Entity[],
  references: ReadonlyMap<string, ReadonlySet<string>>,
  corpus: CorpusWords = { seenLowerCase: () => false },
): FactsResult {
  // The same matcher that marks pages, so a card quotes what its marks find; short forms are then kept
  // to the articles that name their entity, and shared surnames resolved inside an article.
  const matcher = buildMatcher(
    entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id }))),
  );
  const people = new Set(entities.filter((e) => e.type === 'person').map((e) => e.id));
  // An untyped name may be a person too: it makes a following pronoun ambiguous.
  const maybePeople = new Set(
    entities.filter((e) => e.type === 'person' || e.type === 'other').map((e) => e.id),
  );
  const byEntity = new Map<string, RankedFact[]>(entities.map((entity) => [entity.id, []]));
  const relations = new RelationCounter();
  const isShort = (match: Match) => references.get(match.entityId)?.has(match.alias) ?? false;
  const established = establishedShortForms(articles, matcher, isShort);
  const localShortForms = new LocalShortForms(entities, corpus);
  articles.forEach((article, articleIndex) => {
    let previousPeople = new Set<string>();
    // A sentence an article repeats word for word (a template, a pasted block) says nothing new the
    // second time: one fact per entity and distinct sentence of the article. Another article repeating
    // it is another source, and gives its own fact.
    const quoted = new Set<string>();
    const sentences = scanArticle(article, matcher);
    const named = namedInFull(sentences, isShort);
    const owners = localShortForms.ownersIn(named);
    sentences.forEach((paragraph, p) => {
      paragraph.forEach((span, s) => {
        // A short form ("Takagi", "the Rada") stands for an entity where the article names it in full,
        // or where some article uses it next to the full name ("Putin"); otherwise the word that only
        // resembles another article's name is as likely to be someone else.
        const matches = span.matches.filter(
          (match) => !isShort(match) || named.has(match.entityId) || established.has(shortKey(match)),
        );
        // Surnames and heads resolved in this article stand for a name the article gives in full, as a
        // linked short form does where the article names its entity: the reader sees who is meant, so
        // neither is an inference. A short form only other articles tie to its entity still is one.
        const local = localShortForms.scan(span.text, owners, span.matches);
        const isInferred = (match: Match) => isShort(match) && !named.has(match.entityId);
        const found = referencesIn(span.text, [...matches, ...local], isInferred, previousPeople, people);
        previousPeople = new Set([...found.keys()].filter((id) => maybePeople.has(id)));
        const fresh = [...found].filter(([entityId]) => !quoted.has(`${entityId}\n${span.text}`));
        if (fresh.length === 0) return;
        relations.addSentence(
          fresh.map(([entityId]) => entityId),
          article.date,
        );
        for (const [entityId, reference] of fresh) {
          quoted.add(`${entityId}\n${span.text}`);
          const fact: Fact = {
            id: `f${hash64(`${article.id}\n${p}\n${s}\n${entityId}`)}`,
            entityId,
            text: span.text,
            articleId: article.id,
            date: article.date,
            paragraph: p,
            sentence: s,
            ...(reference.inferred ? { resolvedBy: 'reference' as const } : {}),
          };
          byEntity.get(entityId)?.push({ fact, subject: reference.subject, articleIndex });
        }
      });
    });
  });
  return {
    facts: entities.flatMap((entity) =>
      (byEntity.get(entity.id) ?? []).sort(compareRanked).map((r) => r.fact),
    ),
    relations: relations.build(entities.map((entity) => entity.id)),
  };
}

type ScannedArticle = Array<Array<{ text: string; matches: Match[] }>>;

function scanArticle(article: Article, matcher: { scan(text: string): Match[] }): ScannedArticle {
  return article.paragraphs.map((paragraph) =>
    splitSentenceSpans(paragraph).map((span) => ({ text: span.text, matches: matcher.scan(span.text) })),
  );
}

const shortKey = (match: Match) => `${match.entityId}\t${match.alias}`;

/** Entities the article names by a name that is not a short form. */
function namedInFull(article: ScannedArticle, isShort: (match: Match) => boolean): Set<string> {
  const named = new Set<string>();
  for (const paragraph of article)
    for (const { matches } of paragraph)
      for (const match of matches) if (!isShort(match)) named.add(match.entityId);
  return named;
}

/** Short forms some article uses alongside the entity's full name: the text itself links them. */
function establishedShortForms(
  articles: Article[],
  matcher: { scan(text: string): Match[] },
  isShort: (match: Match) => boolean,
): Set<string> {
  const established = new Set<string>();
  for (const article of articles) {
    const scanned = scanArticle(article, matcher);
    const named = namedInFull(scanned, isShort);
    for (const paragraph of scanned)
      for (const { matches } of paragraph)
        for (const match of matches)
          if (isShort(match) && named.has(match.entityId)) established.add(shortKey(match));
  }
  return established;
}

function referencesIn(
  sentence: string,
  matches: Match[],
  isInferred: (match: Match) => boolean,
  previousPeople: ReadonlySet<string>,
  people: ReadonlySet<string>,
): Map<string, Reference> {
  const found = new Map<string, Reference>();
  const verb = matches.length > 0 ? firstVerbOffset(sentence, matches) : sentence.length;
  for (const match of matches) {
    const short = isInferred(match);
    const current = found.get(match.entityId);
    found.set(match.entityId, {
      subject: (current?.subject ?? false) || match.start < verb,
      inferred: (current?.inferred ?? true) && short,
    });
  }
  const referent = pronounReferent(sentence, previousPeople);
  if (referent && people.has(referent) && !found.has(referent))
    found.set(referent, { subject: true, inferred: true });
  return found;
}

function compareRanked(a: RankedFact, b: RankedFact): number {
  if (a.subject !== b.subject) return a.subject ? -1 : 1;
  if (a.fact.date !== b.fact.date) return a.fact.date > b.fact.date ? -1 : 1;
  return (
    a.articleIndex - b.articleIndex ||
    a.fact.paragraph - b.fact.paragraph ||
    a.fact.sentence - b.fact.sentence
  );
}
