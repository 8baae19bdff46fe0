import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { matchTables } from '../../src/background/match-tables';
import { compileDataset } from '../../src/core/dataset/compile';
import { compileMatcher, createMatcher, packedTag, packMatcher, unpackMatcher } from '../../src/core/match';
import { fromBase64, fromBase64Loop, toBase64, toBase64Loop } from '../../src/core/match/base64';
import { packDatasetMatcher } from '../../src/core/match/dataset-matcher';

const ALIASES = [
  { alias: 'Putin', entityId: 'vladimir-putin' },
  { alias: 'Путин', entityId: 'vladimir-putin' },
];

describe('packed matcher', () => {
  it('round-trips through bytes and base64 with its tag', () => {
    const packed = packMatcher(compileMatcher(ALIASES), 'v42');
    expect(packedTag(packed)).toBe('v42');
    const wire = toBase64(packed);
    expect(fromBase64(wire)).toEqual(packed);
    const found = createMatcher(unpackMatcher(wire)).scan('Путин, Putin.');
    expect(found.map((m) => m.entityId)).toEqual(['vladimir-putin', 'vladimir-putin']);
  });

  it('encodes base64 as the platform does, in the loop used where the engine has no native one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const wire = toBase64Loop(bytes);
        expect(wire).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64Loop(wire)).toEqual(bytes);
      }),
    );
    for (const bad of ['abc', 'ab$d', 'abc$', 'a===', 'ab$=', 'QUJD$Q=='])
      expect(() => fromBase64Loop(bad)).toThrow(/base64/);
  });

  it('keeps names and ids in any script through the UTF-8 string tables', () => {
    const aliases = [
      { alias: 'Łódź', entityId: 'łódź-city' },
      { alias: 'Владимир Путин', entityId: 'владимир-путин' },
      { alias: '習近平', entityId: 'xi-jinping' },
    ];
    const matcher = createMatcher(unpackMatcher(toBase64(packMatcher(compileMatcher(aliases)))));
    const found = matcher.scan('In Łódź, Владимир Путин met 習近平.');
    expect(found.map((m) => [m.alias, m.entityId])).toEqual([
      ['Łódź', 'łódź-city'],
      ['Владимир Путин', 'владимир-путин'],
      ['習近平', 'xi-jinping'],
    ]);
  });

  it('rejects what is not a whole packed matcher', () => {
    const packed = packMatcher(compileMatcher(ALIASES));
    expect(() => unpackMatcher(packed.slice(0, packed.length - 100))).toThrow(/truncated/);
    expect(() => unpackMatcher(new Uint8Array(64))).toThrow(/format/);
    expect(() => unpackMatcher('not base64!')).toThrow(/base64/);
  });
});

describe('worker matcher tables', () => {
  const dataset = compileDataset(readArticleFiles());

  it('uses the packaged file when it belongs to the dataset, and compiles otherwise', async () => {
    const packaged = packDatasetMatcher(dataset);
    expect(fromBase64(await matchTables(dataset, async () => packaged))).toEqual(packaged);
    // A stale file (another dataset, or garbage) is ignored: the worker compiles its own.
    const other = { ...dataset, version: 'imported-1' };
    const stale = await matchTables(other, async () => new Uint8Array([1, 2, 3]));
    expect(createMatcher(unpackMatcher(stale)).scan('NATO').length).toBe(1);
  });
});
