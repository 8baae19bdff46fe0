// Facts: each sentence that mentions an entity, quoted verbatim. Ranked so a card can show the best first:
// sentences about the entity (it is the subject) before sentences that merely mention it, then newest.
import { buildMatcher } from '../match';
import { hash64 } from '../text/hash';
import { splitSentenceSpans } from '../text/sentences';
import { firstVerbOffset } from './nlp-tags';
import type { Article, Entity, Fact } from './types';

interface RankedFact {
  fact: Fact;
  subject: boolean;
  articleIndex: number;
}

/** Facts grouped by entity in the order of `entities`, best first within each entity. */
export function buildFacts(articles: Article[], entities: Entity[]): Fact[] {
  // The same matcher that marks pages: a card's facts are exactly the sentences it would mark.
  const matcher = buildMatcher(
    entities.flatMap((e) => e.aliases.map((alias) => ({ alias, entityId: e.id }))),
  );
  const byEntity = new Map<string, RankedFact[]>(entities.map((entity) => [entity.id, []]));
  articles.forEach((article, articleIndex) => {
    article.paragraphs.forEach((paragraph, p) => {
      splitSentenceSpans(paragraph).forEach((span, s) => {
        const matches = matcher.scan(span.text);
        if (matches.length === 0) return;
        const verb = firstVerbOffset(span.text, matches);
        const subjects = new Set<string>();
        for (const match of matches) if (match.start < verb) subjects.add(match.entityId);
        for (const entityId of new Set(matches.map((match) => match.entityId))) {
          const fact: Fact = {
            id: `f${hash64(`${article.id}\n${p}\n${s}\n${entityId}`)}`,
            entityId,
            text: span.text,
            articleId: article.id,
            date: article.date,
            paragraph: p,
            sentence: s,
          };
          byEntity.get(entityId)?.push({ fact, subject: subjects.has(entityId), articleIndex });
        }
      });
    });
  });
  return entities.flatMap((entity) => (byEntity.get(entity.id) ?? []).sort(compareRanked).map((r) => r.fact));
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
