// Sentence splitting for news paragraphs. Facts quote sentences verbatim, so every sentence returned is an
// exact substring of the paragraph: we only decide where to cut, never normalise the text.

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence's first character in the paragraph. */
  start: number;
}

// Abbreviations that (practically) never end a sentence: a title is always followed by a name.
const NEVER_FINAL = new Set(
  (
    'mr mrs ms mx dr prof sr jr st gen col lt sgt capt cmdr adm maj rep sen gov pres rev hon fr ' +
    'vs jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx dept mt ft e.g i.e cf'
  ).split(' '),
);

// Abbreviations that may end a sentence ("... sued Acme Inc. The judge ..."): cut only when the next word
// is one that typically starts a sentence.
const MAYBE_FINAL = new Set('inc ltd co corp plc llc etc al a.m p.m'.split(' '));

const SENTENCE_STARTERS = new Set(
  (
    'The A An He She It They We I You This That These Those There Their His Her Its Our My But And Yet So ' +
    'However Meanwhile Instead Still Also In On At As After Before When While Although Though If Since ' +
    'Despite For From Last Earlier Later Then Now Some Many Most Officials Analysts'
  ).split(' '),
);

// A terminator run, optional closing quotes/brackets, then the whitespace that follows.
const BOUNDARY = /([.!?]+|…)(["'”’)\]]*)(\s+)/g;
// What may open the next sentence: optional opening quotes/brackets, then a capital letter or a digit.
const NEXT_OPENS = /^["'“‘([]*[\p{Lu}\p{N}]/u;

/** Splits a paragraph into sentences, each a verbatim (trimmed) substring of it. */
export function splitSentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(paragraph, 0);
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const terminator = match[1] ?? '';
    const end = match.index + terminator.length + (match[2] ?? '').length;
    const next = end + (match[3] ?? '').length;
    if (next >= paragraph.length || end <= start) continue;
    const rest = paragraph.slice(next);
    if (!NEXT_OPENS.test(rest)) continue;
    if (terminator === '.' && !match[2] && !periodEndsSentence(paragraph.slice(start, match.index + 1), rest))
      continue;
    spans.push({ text: paragraph.slice(start, end), start });
    start = next;
  }
  const tail = paragraph.slice(start).trimEnd();
  if (tail) spans.push({ text: tail, start });
  return spans;
}

export function splitSentences(paragraph: string): string[] {
  return splitSentenceSpans(paragraph).map((span) => span.text);
}

/** Decides a lone "." by the word it closes and the word that follows. `before` ends with the period. */
function periodEndsSentence(before: string, rest: string): boolean {
  const word = /[\p{L}.]*$/u.exec(before)?.[0] ?? '';
  const bare = word.replace(/^\.+/, '').slice(0, -1);
  const lower = bare.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // An initial ("J. K. Rowling"): a single capital letter.
  if (/^\p{Lu}$/u.test(bare)) return false;
  const nextWord = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(rest)?.[1] ?? '';
  // Dotted acronyms ("U.S.", "U.K.") end sentences only before a typical sentence opener.
  if (MAYBE_FINAL.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(bare)) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return i;
}
