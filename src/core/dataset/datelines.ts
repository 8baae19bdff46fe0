// News datelines: "ODESA, Ukraine, March 14 (Reuters) -", "SAN FRANCISCO (AP) —". The place is written in
// capitals, so the name rules would read it as an acronym, and the agency in parentheses is a single
// word nothing else types. Both are recognised here, from the paragraph's opening.
import { isAcronymText } from '../text/tokens';
import { type Mention, plainMention } from './candidates';

// A paragraph that opens with capitals (letters, spaces, dots, hyphens, apostrophes), then up to two
// ", Region" parts, then a date or a parenthesised source or a dash: "ODESA, Ukraine, March 14 (Reuters) -",
// "SAN FRANCISCO (AP) —", "BRUSSELS, May 20 -". Capitals and a comma alone ("NATO, which ...") are no dateline.
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d';
const DATELINE = new RegExp(
  `^([\\p{Lu}][\\p{Lu}.'’ -]*[\\p{Lu}.])(?:,\\s*\\p{Lu}[\\p{L}.'’ -]*?){0,2}(?:,\\s*${MONTH}|\\s*\\(|\\s+[-–—]\\s)`,
  'u',
);
// "(Reuters) -", "(AP) —": a parenthesised source before a dash.
const AGENCY = /\(([\p{Lu}][\p{L}&.]*(?: [\p{Lu}][\p{L}&.]*){0,2})\)\s*[-–—]/u;

export interface Dateline {
  /** Offset just past the place in capitals: name rules start scanning there. */
  end: number;
  mentions: Mention[];
}

const titleCase = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/** The dateline of a paragraph's first sentence, if it has one. */
export function datelineOf(sentence: string): Dateline | undefined {
  const place = DATELINE.exec(sentence);
  if (!place?.[1] || place[1].replace(/[^\p{Lu}]/gu, '').length < 3) return undefined;
  const head = sentence.slice(0, 120);
  const agency = AGENCY.exec(head);
  // Without a source or a date after the place, capitals and a comma are just an acronym ("NATO, ...").
  if (
    !agency &&
    !/^[^.]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d/u.test(
      head,
    )
  )
    return undefined;
  const name = place[1].trim();
  const words = name.split(/\s+/).map(titleCase);
  const mentions = [plainMention(name, words, { dateline: true })];
  if (agency?.[1])
    mentions.push(
      plainMention(agency[1], agency[1].split(' '), { agency: true, acronym: isAcronymText(agency[1]) }),
    );
  return { end: name.length, mentions };
}
