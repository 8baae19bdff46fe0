import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMatcher,
  compileMatcher,
  createMatcher,
  type Match,
  packMatcher,
  unpackMatcher,
} from '../../src/core/match';
import { toBase64 } from '../../src/core/match/base64';
import type { MatchAlias } from '../../src/core/protocol';

const ALIASES: MatchAlias[] = [
  { alias: 'Putin', entityId: 'vladimir-putin' },
  { alias: 'Vladimir Putin', entityId: 'vladimir-putin' },
  { alias: 'SCO', entityId: 'sco' },
  { alias: 'ISW', entityId: 'isw' },
  { alias: 'NATO', entityId: 'nato' },
  { alias: 'US', entityId: 'united-states' },
  { alias: 'United States', entityId: 'united-states' },
  { alias: 'Путин', entityId: 'vladimir-putin' },
  { alias: 'Zelenskyy', entityId: 'volodymyr-zelenskyy' },
  { alias: 'Łódź', entityId: 'lodz' },
  { alias: 'New York', entityId: 'new-york' },
  { alias: 'York University', entityId: 'york-university' },
  { alias: 'Rolls-Royce', entityId: 'rolls-royce' },
  { alias: "Côte d'Ivoire", entityId: 'ivory-coast' },
];

const matcher = buildMatcher(ALIASES);

function found(text: string): Array<[string, string]> {
  return matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.entityId]);
}

describe('matcher: whole words', () => {
  it('finds a name between spaces and punctuation', () => {
    expect(found('Yesterday Putin said.')).toEqual([['Putin', 'vladimir-putin']]);
    expect(found('(Putin)')).toEqual([['Putin', 'vladimir-putin']]);
  });
  it('does not match inside longer words (false positives)', () => {
    expect(found('Putinism and Putins and XPutin')).toEqual([]);
    expect(found('disco, SCOPE, ASCO')).toEqual([]);
    expect(found('NATO2 and 2NATO')).toEqual([]);
  });
  it('treats digits and letters of any script as word characters', () => {
    expect(found('ЖПутин Путинa')).toEqual([]);
    expect(found('Путин сказал')).toEqual([['Путин', 'vladimir-putin']]);
  });
  it('treats combining marks as word characters', () => {
    expect(found('Putin\u0301')).toEqual([]);
    expect(found('NATO\u0308 NATO')).toEqual([['NATO', 'nato']]);
  });
  it('works with an empty alias list and empty text', () => {
    expect(buildMatcher([]).scan('Putin')).toEqual([]);
    expect(matcher.scan('')).toEqual([]);
  });
});

describe('matcher: case rules', () => {
  it('matches acronyms only in their own case', () => {
    expect(found('SCO met ISW and NATO')).toEqual([
      ['SCO', 'sco'],
      ['ISW', 'isw'],
      ['NATO', 'nato'],
    ]);
    expect(found('Sco sco Nato nato Isw us Us')).toEqual([]);
    expect(found('the US said')).toEqual([['US', 'united-states']]);
  });
  it('matches names exactly or in ALL CAPS but not lower case or mixed case', () => {
    expect(found('PUTIN WINS')).toEqual([['PUTIN', 'vladimir-putin']]);
    expect(found('putin pUTIN PuTiN')).toEqual([]);
    expect(found('VLADIMIR PUTIN')).toEqual([['VLADIMIR PUTIN', 'vladimir-putin']]);
    expect(found('ПУТИН путин')).toEqual([['ПУТИН', 'vladimir-putin']]);
  });
  it('prefers the alias spelled exactly when two differ only in case', () => {
    const m = buildMatcher([
      { alias: 'Us', entityId: 'band' },
      { alias: 'US', entityId: 'united-states' },
    ]);
    expect(m.scan('US').map((x) => x.entityId)).toEqual(['united-states']);
    expect(m.scan('Us').map((x) => x.entityId)).toEqual(['band']);
    expect(m.scan('us')).toEqual([]);
  });
});

describe('matcher: punctuation', () => {
  it('marks the name of a possessive, not the suffix', () => {
    expect(found("Putin's plan")).toEqual([['Putin', 'vladimir-putin']]);
    expect(found('Putin’s plan')).toEqual([['Putin', 'vladimir-putin']]);
    expect(found('NATO’s summit')).toEqual([['NATO', 'nato']]);
  });
  it('treats hyphens as punctuation', () => {
    expect(found('the Putin-era elite')).toEqual([['Putin', 'vladimir-putin']]);
    expect(found('anti-Putin‑era')).toEqual([['Putin', 'vladimir-putin']]);
  });
  it('matches aliases containing apostrophes and hyphens in any typography', () => {
    expect(found('Côte d’Ivoire and Rolls‐Royce')).toEqual([
      ['Côte d’Ivoire', 'ivory-coast'],
      ['Rolls‐Royce', 'rolls-royce'],
    ]);
    expect(found('Rolls Royce')).toEqual([]);
  });
  it('ignores aliases that cannot start at a word start', () => {
    expect(
      buildMatcher([
        { alias: '  ', entityId: 'x' },
        { alias: '#tag', entityId: 'y' },
      ]).size,
    ).toBe(0);
  });
});

describe('matcher: longest and leftmost', () => {
  it('prefers the longest alias at a position', () => {
    const text = 'Vladimir Putin spoke';
    expect(matcher.scan(text)).toEqual<Match[]>([
      { start: 0, end: 14, entityId: 'vladimir-putin', alias: 'Vladimir Putin' },
    ]);
  });
  it('takes the leftmost of overlapping aliases', () => {
    expect(found('New York University')).toEqual([['New York', 'new-york']]);
    expect(found('at York University')).toEqual([['York University', 'york-university']]);
  });
  it('falls back to a shorter alias when the longer one does not complete', () => {
    expect(found('United Statesman')).toEqual([]);
    expect(found('Vladimir Putinism, Vladimir Putin')).toEqual([['Vladimir Putin', 'vladimir-putin']]);
  });
  it('reads the unshared end of a key (its tail) in any case, whitespace and spelling rule', () => {
    // After "Anna" only one key goes on ("ANNABEL … ROSE", spelled two ways): the rest is one tail.
    const m = buildMatcher([
      { alias: 'Anna', entityId: 'anna' },
      { alias: 'Annabel Rose', entityId: 'annabel' },
      { alias: 'ANNABEL ROSE', entityId: 'band' },
    ]);
    const spans = (text: string) => m.scan(text).map((x) => [text.slice(x.start, x.end), x.entityId]);
    expect(spans('Annabel\u00a0 Rose and ANNABEL ROSE')).toEqual([
      ['Annabel\u00a0 Rose', 'annabel'],
      ['ANNABEL ROSE', 'band'],
    ]);
    // A tail that stops short, runs on into a word or changes case gives the shorter alias or nothing.
    expect(spans('Annabel Ros, Annabel Roses, Annabel rose, Anna.')).toEqual([['Anna', 'anna']]);
    expect(spans('ANNABEL ROSE’s ANNA')).toEqual([
      ['ANNABEL ROSE', 'band'],
      ['ANNA', 'anna'],
    ]);
  });
  it('reports several mentions with correct offsets', () => {
    const text = 'NATO, US and NATO again';
    expect(matcher.scan(text).map((m) => [m.start, m.end])).toEqual([
      [0, 4],
      [6, 8],
      [13, 17],
    ]);
  });
});

describe('matcher: whitespace and scripts', () => {
  it('lets a space in an alias match any whitespace run', () => {
    expect(found('Vladimir\nPutin')).toEqual([['Vladimir\nPutin', 'vladimir-putin']]);
    expect(found('Vladimir\u00a0Putin')).toEqual([['Vladimir\u00a0Putin', 'vladimir-putin']]);
    expect(found('Vladimir \n\t Putin')).toEqual([['Vladimir \n\t Putin', 'vladimir-putin']]);
  });
  it('does not let an alias match without its space', () => {
    expect(found('VladimirPutin')).toEqual([]);
  });
  it('normalises whitespace inside the aliases themselves', () => {
    const m = buildMatcher([{ alias: ' New\u00a0 York ', entityId: 'new-york' }]);
    expect(m.scan('New York').length).toBe(1);
  });
  it('matches names with diacritics', () => {
    expect(found('Zelenskyy in Łódź')).toEqual([
      ['Zelenskyy', 'volodymyr-zelenskyy'],
      ['Łódź', 'lodz'],
    ]);
    expect(found('ŁÓDŹ')).toEqual([['ŁÓDŹ', 'lodz']]);
    expect(found('Lodz łódź')).toEqual([]);
  });
  it('keeps astral letters whole when deciding word starts', () => {
    const m = buildMatcher([{ alias: 'A', entityId: 'a' }]);
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP.
    expect(m.scan('\u{1D400}A A')).toEqual([{ start: 4, end: 5, entityId: 'a', alias: 'A' }]);
  });
});

// ---- Property test against a naive reference -------------------------------------------------

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
const APOSTROPHES = "'\u2019\u2018\u02bc";
const HYPHENS = '-\u2010\u2011';

function isWord(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Word test by code point: a surrogate pair is one character, a lone half is none. */
function wordAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  if (cp === undefined || (cp >= 0xdc00 && cp <= 0xdfff)) return false;
  return isWord(String.fromCodePoint(cp));
}

function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && /[\ud800-\udbff]/.test(text[i - 2] ?? '');
  return wordAt(text, pair ? i - 2 : i - 1);
}

function upperEachChar(s: string): string {
  return [...s].map((ch) => (ch.toUpperCase().length === 1 ? ch.toUpperCase() : ch)).join('');
}

/** End of `spelling` matched at text[start], or -1; spaces take whitespace runs, quotes and dashes any variant. */
function matchSpelling(text: string, start: number, spelling: string): number {
  let t = start;
  for (const ch of spelling) {
    const got = text.slice(t, t + ch.length);
    if (got.length < ch.length) return -1;
    if (ch === ' ') {
      if (!SPACE_CHAR.test(got)) return -1;
      while (text[t] !== undefined && SPACE_CHAR.test(text[t] as string)) t++;
    } else if (ch === "'" ? APOSTROPHES.includes(got) : ch === '-' ? HYPHENS.includes(got) : got === ch) {
      t += ch.length;
    } else {
      return -1;
    }
  }
  return t;
}

/** Tries every alias spelling at every position; greedy leftmost, then longest, exact before ALL CAPS. */
function naiveScan(aliases: MatchAlias[], text: string): Match[] {
  const out: Match[] = [];
  let start = 0;
  while (start < text.length) {
    let best: { end: number; exact: boolean; a: MatchAlias; form: string } | undefined;
    if (!wordBefore(text, start) && wordAt(text, start)) {
      for (const a of aliases) {
        const form = a.alias.trim().replace(/\s+/g, ' ');
        if (!wordAt(form, 0)) continue;
        for (const [spelling, exact] of [
          [form, true],
          [upperEachChar(form), false],
        ] as const) {
          const end = matchSpelling(text, start, spelling);
          if (end < 0) continue;
          if (wordBefore(form, form.length) && wordAt(text, end)) continue;
          if (!best || end > best.end || (end === best.end && exact && !best.exact))
            best = { end, exact, a, form };
        }
      }
    }
    if (best) {
      out.push({ start, end: best.end, entityId: best.a.entityId, alias: best.form });
      start = best.end;
    } else {
      start++;
    }
  }
  return out;
}

describe('matcher: property test against a naive reference', () => {
  // 𝐀 (U+1D400) is an astral letter: surrogate pairs must stay whole on every path.
  const letters = ['a', 'A', 'b', 'B', 'é', 'É', 'ж', 'Ж', '1', 'ß', '𝐀'];
  const textChars = [...letters, ' ', ' ', '\u00a0', '\n', "'", '’', '-', '‐', '.', '\u0301'];
  const letter = fc.constantFrom(...letters);
  const aliasArb = fc
    .tuple(
      letter,
      fc.array(fc.constantFrom(...letters, ' ', "'", '-'), { maxLength: 4 }),
      fc.option(letter, { nil: undefined }),
    )
    .map(([head, mid, last]) => head + mid.join('') + (last ?? ''));
  const aliasesArb = fc.array(fc.record({ alias: aliasArb, entityId: fc.constantFrom('e1', 'e2', 'e3') }), {
    minLength: 1,
    maxLength: 8,
  });
  const textArb = fc.array(fc.constantFrom(...textChars), { maxLength: 24 }).map((cs) => cs.join(''));

  it('agrees with the reference on random aliases and texts', () => {
    fc.assert(
      fc.property(aliasesArb, fc.array(textArb, { minLength: 1, maxLength: 4 }), (aliases, texts) => {
        // Through the wire form a tab receives: compiled, packed, base64, unpacked.
        const m = createMatcher(unpackMatcher(toBase64(packMatcher(compileMatcher(aliases)))));
        for (const text of texts) {
          // Build texts that contain the aliases too, or matches would be rare.
          const seeded = `${text} ${aliases.map((a) => a.alias).join(text)} ${upperEachChar(text)}`;
          expect(m.scan(seeded)).toEqual(naiveScan(aliases, seeded));
        }
      }),
      { numRuns: 1000 },
    );
    // A thousand compiles: seconds on a loaded machine, well past the default timeout.
  }, 60_000);
});
