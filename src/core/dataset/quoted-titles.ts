// Titles of works in quotes: "A Beautiful Lie", "Gloomy Sunday", "The Kill". Written in title case between
// quotation marks, they are names (typed `other`) that the capitalised-run rules cut or miss: they start
// with "A" or "The", and their small words are lower case.
import type { Token } from '../text/tokens';
import { type Mention, plainMention } from './candidates';
import { lexiconTags } from './lexicon';

const QUOTED = /["“]([^"“”]{2,80})["”]/gu;
const SMALL_WORDS = new Set(
  'a an the of in on at to for and or but nor with from by as into over'.split(' '),
);
const MAX_WORDS = 8;

/**
 * The quoted titles of a sentence. Two words at least, every word capitalised but the small ones, and no
 * word the lexicon knows as a person, place or organisation (a quoted headline names things; its names
 * are found by the usual rules).
 */
export function quotedTitles(sentence: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (const match of sentence.matchAll(QUOTED)) {
    const inner = (match[1] ?? '').trim().replace(/[,.!?;:]+$/u, '');
    const start = match.index + 1 + (match[1] ?? '').indexOf(inner);
    const end = start + inner.length;
    const words = tokens.filter((token) => token.start >= start && token.end <= end);
    if (words.length < 2 || words.length > MAX_WORDS || !words[0]?.capitalised) continue;
    if (sentence.slice(start, end).replace(/[\p{L}\p{N}'’\s-]/gu, '') !== '') continue;
    const titleCase = words.every((token) => token.capitalised || SMALL_WORDS.has(token.text));
    if (!titleCase || words.every((token) => SMALL_WORDS.has(token.text.toLowerCase()))) continue;
    const namesSomething = words.some((token) => {
      const tags = lexiconTags(token.text);
      return tags.has('Person') || tags.has('Place') || tags.has('Organization');
    });
    if (namesSomething) continue;
    mentions.push(
      plainMention(
        inner.replace(/\s+/g, ' '),
        words.map((token) => token.text),
        { work: true },
      ),
    );
  }
  return mentions;
}
