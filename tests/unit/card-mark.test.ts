import { describe, expect, it } from 'vitest';
import { CARD_MARK_SYMBOLS, cardMarkWords, drawCardMark, readCardMark } from '../../src/core/card-mark';

describe('card mark of authenticity', () => {
  it('draws a symbol, two digits and a colour from random words', () => {
    const mark = drawCardMark(new Uint32Array([3, 95, 7]));
    expect(mark).toEqual({ symbol: CARD_MARK_SYMBOLS[3], digits: '15', colour: 'purple' });
    expect(cardMarkWords(mark)).toBe('■ 15 in purple');
    expect(readCardMark(mark)).toEqual(mark);
  });

  it('reads garbage as no mark, so a new one is drawn instead of showing a broken one', () => {
    for (const bad of [undefined, null, 'x', 42, {}, { symbol: '◆', digits: '5', colour: 'teal' }])
      expect(readCardMark(bad)).toBeNull();
    expect(readCardMark({ symbol: '?', digits: '12', colour: 'teal' })).toBeNull();
    expect(readCardMark({ symbol: '◆', digits: '12', colour: 'mauve' })).toBeNull();
  });
});
