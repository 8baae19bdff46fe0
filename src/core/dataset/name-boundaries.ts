// Where a run of capitalised words stops being one name. Prose glues names together ("Kofi Annan of
// Ghana", "Greece Thursday", "the Oakland Athletics of Major League Baseball") and the run reader
// (candidates.ts) asks these rules at each step.
import type { Token } from '../text/tokens';
import { CALENDAR_WORDS, isRoleWord, LEGISLATURES } from './entity-rules';
import { lexiconTags } from './lexicon';
import { isOrgHead, isPlaceHead } from './word-kinds';

/** Lower-case words that only join a name when what comes before them needs a complement ("Bank of"). */
const COMPLEMENT_CONNECTORS = new Set(['of', 'for', 'the']);

/** Heads that take "of" besides organisation and place heads: "Battle of Hastings", "Duke of York". */
const OF_HEADS = new Set(
  'republic kingdom states isle isles battle war siege treaty duke duchess earl count countess prince princess king queen order house'.split(
    ' ',
  ),
);

/** A word that ends a name and can take "of ...": "University", "Gulf", "Minister", "Rada". */
export function isNameHead(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    isOrgHead(lower) ||
    isPlaceHead(lower) ||
    isRoleWord(lower) ||
    OF_HEADS.has(lower) ||
    LEGISLATURES.has(lower)
  );
}

/**
 * Whether a run may go on over the lower-case connectors `connectors` from the capitalised words
 * tokens[segmentStart..end] to the capitalised tokens[after]. `crossed` says the run already crossed
 * once. Surname particles ("Lopes de Mendonça", "von der Leyen") always join. "of"/"for the" join only
 * after a head that needs them ("Institute for the Study of War"), never after a complete name ("Kofi
 * Annan of Ghana", "the IV Corps of the Army"); "for" never leads to a person or a place ("the League
 * for the St. Louis Eagles").
 */
export function mayCrossConnectors(
  tokens: readonly Token[],
  segmentStart: number,
  end: number,
  connectors: readonly string[],
  after: number,
  crossed: boolean,
): boolean {
  if (!connectors.some((word) => COMPLEMENT_CONNECTORS.has(word))) return true;
  const head = (tokens[end] as Token).text;
  const complete = isNameHead(head);
  if (crossed ? complete : !complete) return false;
  if (end > segmentStart && !crossed && isPersonWord((tokens[end - 1] as Token).text) && !isNameHead(head))
    return false;
  if (connectors[0] === 'for') {
    const next = lexiconTags((tokens[after] as Token).text);
    if (next.has('Person') || next.has('Place')) return false;
  }
  return true;
}

function isPersonWord(word: string): boolean {
  return lexiconTags(word).has('FirstName');
}

const FUNCTION_WORDS = ['Preposition', 'Determiner', 'Conjunction', 'Pronoun'];

/**
 * Whether the capitalised `next` starts a new phrase instead of continuing the name that ends with
 * `last`: a function word, a weekday ("Greece Thursday"), a month unless it follows a given name ("Theresa May").
 */
export function breaksBefore(last: Token, next: Token): boolean {
  // "Perth Glory From the...", "LL Cool J. The...": a capitalised function word starts a new phrase,
  // but a single letter is an initial ("Gerald A. Daniel").
  if (
    next.text.length > 1 &&
    FUNCTION_WORDS.some((tag) => lexiconTags(next.text).has(tag)) &&
    !lexiconTags(next.text).has('Place')
  )
    return true;
  if (!CALENDAR_WORDS.has(next.text)) return false;
  const weekday = /day$/.test(next.text);
  return weekday || !lexiconTags(last.text).has('FirstName');
}

/**
 * Where a person's name starts inside a run that opens with another name: a given name followed by one
 * or two more words, after a place, an organisation or an acronym ("AC Milan George Weah"). -1 if none.
 */
export function personStartIn(tokens: readonly Token[], start: number, end: number): number {
  // A run that ends in a head is one name: "St. Mary's Terrace", "Manchester George Hotel".
  if (isNameHead((tokens[end] as Token).text)) return -1;
  for (let t = Math.max(start + 1, end - 2); t < end; t++) {
    const word = (tokens[t] as Token).text;
    if (!lexiconTags(word).has('FirstName') || lexiconTags(word).has('Place')) continue;
    const before = tokens.slice(start, t);
    const lastBefore = before[before.length - 1] as Token;
    if (lexiconTags(lastBefore.text).has('FirstName') || isRoleWord(lastBefore.text)) return -1;
    const named = before.some((token) => {
      const tags = lexiconTags(token.text);
      return token.acronym || tags.has('Place') || tags.has('Organization');
    });
    return named ? t : -1;
  }
  return -1;
}
