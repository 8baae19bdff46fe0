// Reads a CoNLL-style IOB1 file (wikigold's format: one "TOKEN TAG" per line, blank line between
// sentences, "-DOCSTART- O" between documents) into readable paragraphs with the gold names' offsets.
// The text has to read like prose, because the compiler under test reads prose: tokens are joined back
// ("Ukraine 's" → "Ukraine's", "( SCO )" → "(SCO)") and each gold name keeps its exact span.
import type { GoldArticle, GoldMention, GoldType } from './gold';

const TYPES: Record<string, GoldType> = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };
/** Sentences per paragraph: wikigold keeps no paragraph breaks, and a fact is quoted from its paragraph. */
const SENTENCES_PER_PARAGRAPH = 4;

interface Token {
  text: string;
  tag: string;
}

export function parseConll(text: string, corpus: string): GoldArticle[] {
  const docs: Token[][][] = [[]];
  let sentence: Token[] = [];
  const endSentence = () => {
    if (sentence.length > 0) docs[docs.length - 1]?.push(sentence);
    sentence = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    const token = { text: trimmed.slice(0, space), tag: trimmed.slice(space + 1) };
    if (token.text === '-DOCSTART-') {
      endSentence();
      if ((docs[docs.length - 1] ?? []).length > 0) docs.push([]);
      continue;
    }
    sentence.push(token);
  }
  endSentence();
  return docs
    .filter((doc) => doc.length > 0)
    .map((doc, i) => toArticle(doc, `${corpus}-${String(i + 1).padStart(3, '0')}`));
}

function toArticle(sentences: Token[][], id: string): GoldArticle {
  const paragraphs: string[] = [];
  const mentions: GoldMention[] = [];
  for (let s = 0; s < sentences.length; s += SENTENCES_PER_PARAGRAPH) {
    const p = paragraphs.length;
    let text = '';
    for (const tokens of sentences.slice(s, s + SENTENCES_PER_PARAGRAPH)) {
      if (text) text += ' ';
      const joined = joinTokens(tokens, text.length);
      text += joined.text;
      for (const mention of joined.mentions) mentions.push({ ...mention, paragraph: p });
    }
    paragraphs.push(text);
  }
  return {
    id,
    title: `${id} ${sentences[0]
      ?.slice(0, 6)
      .map((t) => t.text)
      .join(' ')}`,
    paragraphs,
    mentions,
  };
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|'|n't|'re|'ve|'ll|'d|'m|\.\.\.)$/;
const NO_SPACE_AFTER = /^[([{$#]$/;

/** Joins a sentence's tokens with prose spacing; `offset` is where the sentence starts in its paragraph. */
function joinTokens(
  tokens: Token[],
  offset: number,
): { text: string; mentions: Omit<GoldMention, 'paragraph'>[] } {
  let text = '';
  let quoteOpen = false;
  let glueNext = false;
  const mentions: Omit<GoldMention, 'paragraph'>[] = [];
  let current: { start: number; end: number; type: GoldType } | undefined;
  const close = () => {
    if (current)
      mentions.push({
        start: offset + current.start,
        end: offset + current.end,
        text: text.slice(current.start, current.end),
        type: current.type,
      });
    current = undefined;
  };
  for (const token of tokens) {
    const isQuote = token.text === '"';
    const glue = text === '' || glueNext || NO_SPACE_BEFORE.test(token.text) || (isQuote && quoteOpen);
    if (!glue) text += ' ';
    const start = text.length;
    text += token.text;
    glueNext = NO_SPACE_AFTER.test(token.text) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
    const [bio, kind] = token.tag.split('-') as [string, string | undefined];
    const type = kind ? TYPES[kind] : undefined;
    if (!type) {
      close();
      continue;
    }
    if (current && current.type === type && bio === 'I') current.end = text.length;
    else {
      close();
      current = { start, end: text.length, type };
    }
  }
  close();
  return { text, mentions };
}
