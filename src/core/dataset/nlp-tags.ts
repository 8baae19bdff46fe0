// The only place that talks to compromise. Its lexicon types common names (Country, City, FirstName,
// Organization, Demonym, Verb...); the entity rules use those tags as hints, never as the sole source.
import nlp from 'compromise';

export interface TaggedTerm {
  start: number;
  end: number;
  tags: Set<string>;
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

const sentenceCache = new Map<string, TaggedTerm[]>();
const phraseCache = new Map<string, Set<string>[]>();
const CACHE_LIMIT = 20000;

/** Terms of a sentence with their tags in context (offsets relative to the sentence). */
export function tagSentence(sentence: string): TaggedTerm[] {
  const cached = sentenceCache.get(sentence);
  if (cached) return cached;
  const terms: TaggedTerm[] = [];
  for (const part of nlp(sentence).json({ offset: true }) as Array<{ terms: JsonTerm[] }>) {
    for (const term of part.terms) {
      terms.push({
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        tags: new Set(term.tags),
      });
    }
  }
  remember(sentenceCache, sentence, terms);
  return terms;
}

/** Tags of each word of a phrase read on its own, e.g. "Ukrainian" alone is a Demonym. */
export function tagPhrase(phrase: string): Set<string>[] {
  const cached = phraseCache.get(phrase);
  if (cached) return cached;
  const tags: Set<string>[] = [];
  for (const part of nlp(phrase).json() as Array<{ terms: JsonTerm[] }>) {
    for (const term of part.terms) tags.push(new Set(term.tags));
  }
  remember(phraseCache, phrase, tags);
  return tags;
}

/** Context tags of the term that covers `offset`, or an empty set. */
export function tagsAt(sentence: string, offset: number): Set<string> {
  for (const term of tagSentence(sentence)) {
    if (offset >= term.start && offset < term.end) return term.tags;
  }
  return new Set();
}

/**
 * Offset of the first verb in the sentence outside the given spans (names are never the verb, even when
 * compromise reads "Trump" as one), or the sentence length when there is none.
 */
export function firstVerbOffset(sentence: string, skip: Array<{ start: number; end: number }> = []): number {
  const verb = tagSentence(sentence).find(
    (term) => term.tags.has('Verb') && !skip.some((span) => term.start < span.end && term.end > span.start),
  );
  return verb ? verb.start : sentence.length;
}

// Bounded so a long-lived service worker does not grow without limit.
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
