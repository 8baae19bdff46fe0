import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentenceSpans, splitSentences } from '../../src/core/text/sentences';

describe('splitSentences', () => {
  it('splits on sentence-final punctuation', () => {
    expect(splitSentences('Putin spoke. Kyiv refused! Will talks resume? Nobody knows.')).toEqual([
      'Putin spoke.',
      'Kyiv refused!',
      'Will talks resume?',
      'Nobody knows.',
    ]);
  });

  it('keeps titles and initials inside the sentence', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones in St. Louis. J. K. Rowling was not there.')).toEqual([
      'Mr. Smith met Dr. Jones in St. Louis.',
      'J. K. Rowling was not there.',
    ]);
  });

  it('does not split after a dotted acronym followed by a name', () => {
    expect(splitSentences('The U.S. Congress voted. It passed.')).toEqual([
      'The U.S. Congress voted.',
      'It passed.',
    ]);
  });

  it('splits after a dotted acronym that ends a sentence', () => {
    expect(splitSentences('He flew to the U.S. The talks began.')).toEqual([
      'He flew to the U.S.',
      'The talks began.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said "we will win." Then he left.')).toEqual([
      'He said "we will win."',
      'Then he left.',
    ]);
    expect(splitSentences('“Stop,” she said. “Now.”')).toEqual(['“Stop,” she said.', '“Now.”']);
  });

  it('does not split before a lower-case continuation or inside numbers', () => {
    expect(splitSentences('Growth was 3.5 percent. "Why?" he asked.')).toEqual([
      'Growth was 3.5 percent.',
      '"Why?" he asked.',
    ]);
  });

  it('returns verbatim substrings with their offsets', () => {
    const paragraph = '  First one.   Second  one.  ';
    for (const span of splitSentenceSpans(paragraph)) {
      expect(paragraph.slice(span.start, span.start + span.text.length)).toBe(span.text);
    }
    expect(splitSentences(paragraph)).toEqual(['First one.', 'Second  one.']);
  });

  it('handles a paragraph without final punctuation and an empty one', () => {
    expect(splitSentences('No full stop here')).toEqual(['No full stop here']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('always returns ordered, verbatim, non-empty pieces of the paragraph', () => {
    const piece = fc.constantFrom(
      'Mr.',
      'U.S.',
      'Putin',
      'said',
      '.',
      '!',
      '?',
      '"',
      ' ',
      '  ',
      'J.',
      'the',
      'Kyiv.',
      '3.5',
      '“Yes.”',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const paragraph = pieces.join(' ');
        let previousEnd = 0;
        for (const span of splitSentenceSpans(paragraph)) {
          expect(span.text).not.toBe('');
          expect(span.text.trim()).toBe(span.text);
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(paragraph.slice(span.start, span.start + span.text.length)).toBe(span.text);
          previousEnd = span.start + span.text.length;
        }
      }),
    );
  });
});
