import { describe, expect, it } from 'vitest';
import { startsOf } from '../../src/background/match-starts';
import {
  compileMatcher,
  createMatcher,
  packMatcher,
  startPattern,
  unpackMatcher,
} from '../../src/core/match';
import { toBase64 } from '../../src/core/match/base64';

const aliases = [
  { alias: 'Vladimir Putin', entityId: 'putin' },
  { alias: 'Путин', entityId: 'putin' },
  { alias: 'NATO', entityId: 'nato' },
  { alias: 'Élysée', entityId: 'elysee' },
];
const wire = toBase64(packMatcher(compileMatcher(aliases)));
const TEXT = 'Путин and Vladimir Putin spoke at NATO; the Élysée said nothing. vladimir putin, nato.';

describe('the start pattern the worker sends with the matcher', () => {
  it('finds what the page would find working it out itself', () => {
    const own = createMatcher(unpackMatcher(wire)).scan(TEXT);
    const sent = createMatcher(unpackMatcher(wire), startsOf(wire)).scan(TEXT);
    expect(sent).toEqual(own);
    expect(sent.map((m) => m.entityId)).toEqual(['putin', 'putin', 'nato', 'elysee']);
  });

  it('is the pattern of the class table it was sent with, worked out once per matcher', () => {
    const other = toBase64(packMatcher(compileMatcher([{ alias: 'Kyiv', entityId: 'kyiv' }])));
    expect(startsOf(wire)).toBe(startPattern(unpackMatcher(wire).cls));
    expect(startsOf(other)).toBe(startPattern(unpackMatcher(other).cls));
    expect(startsOf(other)).not.toBe(startsOf(wire));
  });

  it('never matches when no alias can start anywhere', () => {
    const none = toBase64(packMatcher(compileMatcher([])));
    expect(createMatcher(unpackMatcher(none), startsOf(none)).scan(TEXT)).toEqual([]);
  });

  it('refuses tables that are not a packed matcher, with a clear error', () => {
    expect(() => startsOf('AAAA')).toThrow(/matcher tables/);
  });
});
