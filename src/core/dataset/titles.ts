// Descriptions quoted from the text: a title in front of a name ("Russian President Vladimir Putin",
// "US presidential candidate Donald Trump") or an appositive after it ("Astana, a city in ..., ").
// Both return an exact slice of the sentence, so nothing is ever paraphrased.
import type { Token } from '../text/tokens';
import { isRoleWord, isTitleModifier, LEGISLATURES, NON_NAME_CAPITALS } from './entity-rules';
import { isKnownNamePhrase, lexiconTags } from './lexicon';
import { isOrgHead, isPlaceHead, isTitleWord } from './word-kinds';

const NAME_TAGS = ['Person', 'Place', 'Organization', 'ProperNoun'];
const isVocabulary = (word: string) => {
  const tags = lexiconTags(word);
  return tags.size > 0 && !NAME_TAGS.some((tag) => tags.has(tag));
};

const MAX_TITLE_WORDS = 6;
const MAX_NAME_WORDS = 4;
const MAX_APPOSITIVE_WORDS = 8;

const isTitleToken = (token: Token) => isRoleWord(token.text) || isTitleModifier(token.text);

/**
 * Number of leading tokens of a capitalised run that form a title: "European Commission President" in
 * "European Commission President Ursula von der Leyen". 0 when the run has no title or what follows it
 * does not look like a person's name ("General Motors").
 */
export function titlePrefixLength(run: Token[]): number {
  let nameStart = run.length;
  while (nameStart > 0 && !isTitleToken(run[nameStart - 1] as Token)) nameStart--;
  // nameStart is now just after the last title word. When that leaves no name, the modifiers after the
  // last role word are the name's own words ("Texas Coach Darrell Royal": a surname, not "royal").
  if (nameStart === run.length)
    while (nameStart > 0 && !isRoleWord((run[nameStart - 1] as Token).text)) nameStart--;
  if (nameStart === 0 || nameStart === run.length || run.length - nameStart > MAX_NAME_WORDS) return 0;
  if (!run.slice(0, nameStart).some((token) => isRoleWord(token.text))) return 0;
  const name = run.slice(nameStart);
  const head = (name[name.length - 1] as Token).text.toLowerCase();
  if (isOrgHead(head) || isPlaceHead(head)) return 0;
  // "General Administration of Customs": an organisation's head word anywhere means no person follows.
  if (name.some((token) => isOrgHead(token.text.toLowerCase()))) return 0;
  // "General Motors", "Captain Marvel": one word after one title is a name only if it is not a word.
  if (name.length === 1 && nameStart === 1 && isVocabulary((name[0] as Token).text)) return 0;
  return nameStart;
}

/**
 * The capitalised words of a title that name something themselves: "European Commission" in "European
 * Commission President", "NATO" in "NATO Secretary General". Returned as a token count from the start.
 */
export function titleOwnerLength(prefix: Token[]): number {
  const first = prefix.findIndex(isTitleToken);
  return Math.max(first, 0);
}

/**
 * The title right before tokens[nameStart], as it stands in the sentence; '' when there is none.
 * Tokens from runStart are the run's own title prefix; before that only title words are taken.
 */
export function titleBefore(sentence: string, tokens: Token[], nameStart: number, runStart: number): string {
  let first = runStart;
  while (first < nameStart && isNoise(tokens[first] as Token, first) && !opensKnownName(tokens, first))
    first++;
  for (let i = runStart - 1; i >= 0 && nameStart - i <= MAX_TITLE_WORDS; i--) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1] as Token;
    if (first !== i + 1 || !/^[ \t\u00a0]+$/.test(sentence.slice(token.rawEnd, next.start))) break;
    // "Russia's President X": a possessive may open the title but nothing goes further back.
    if (token.possessive) {
      if (token.capitalised) first = i;
      break;
    }
    if (isTitleWord(token.text, token.acronym) && !isNoise(token, i)) {
      first = i;
      continue;
    }
    // "Kremlin spokesman": any capitalised name may open a lower-case title, and only a title word such
    // as "Former" goes further back ("Former Wallaby captain").
    if (token.capitalised && !NON_NAME_CAPITALS.has(token.text) && !next.capitalised) {
      first = i;
      const before = tokens[i - 1];
      if (
        before &&
        /^[ \t\u00a0]+$/.test(sentence.slice(before.rawEnd, token.start)) &&
        isTitleModifier(before.text)
      )
        first = i - 1;
    }
    break;
  }
  if (first === nameStart) return '';
  const title = tokens.slice(first, nameStart);
  const last = title[title.length - 1] as Token;
  // "Russian Vladimir Putin" has no title; "Secretary of State Antony Blinken" does.
  if (!title.some((token) => isRoleWord(token.text)) || !isTitleToken(last)) return '';
  return sentence.slice((title[0] as Token).start, last.end);
}

/** "New Zealand Prime Minister": a sentence opener that begins a known name is part of the title. */
function opensKnownName(tokens: Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && isKnownNamePhrase((tokens[index] as Token).text, next.text);
}

/** Capitalised words that cannot open a title: "The", or an ordinary word capitalised as a sentence opener. */
function isNoise(token: Token, index: number): boolean {
  if (NON_NAME_CAPITALS.has(token.text)) return true;
  // "Senate Majority Leader": a legislature opening the sentence is the title's owner, not a plain opener.
  return (
    index === 0 && !isTitleWord(token.text, token.acronym) && !LEGISLATURES.has(token.text.toLowerCase())
  );
}

/**
 * An appositive after a name: ", a US think tank," → "US think tank". Introduced by "a"/"an", or by "the"
 * when it ends in a role noun (", the Kremlin spokesman,"), and closed by a comma.
 */
export function appositiveAfter(sentence: string, endOffset: number): string {
  const match = /^,\s+(a|an|the)\s+([^,;:()"“”]+?),/u.exec(sentence.slice(endOffset));
  if (!match) return '';
  const phrase = match[2] ?? '';
  const words = phrase.split(/\s+/);
  if (words.length > MAX_APPOSITIVE_WORDS) return '';
  // A verb inside means a clause ("the Kremlin said"), not a noun phrase.
  if (/\b(said|says|told|added|is|was|has|had|will|would|did|does)\b/.test(phrase)) return '';
  if (match[1] === 'the' && !isRoleWord(words[words.length - 1] ?? '')) return '';
  return phrase;
}
