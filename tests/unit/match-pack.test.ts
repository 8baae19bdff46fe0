import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateAliases } from '../../bench/aliases';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { matchTables } from '../../src/background/match-tables';
import { compileDataset } from '../../src/core/dataset/compile';
import { compileMatcher, createMatcher, packedTag, packMatcher, unpackMatcher } from '../../src/core/match';
import { fromBase64, fromBase64Loop, toBase64, toBase64Loop } from '../../src/core/match/base64';
import { compactCodeTables, expandCodeTables } from '../../src/core/match/code-tables';
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

describe('packed matcher size', () => {
  const bytesFor = (count: number) => packMatcher(compileMatcher(generateAliases(count))).length;

  it('is a few KB for a handful of aliases, and grows with the aliases, not with Unicode', () => {
    // The per-code-unit tables were 192 KB whatever the aliases; now a small set packs in a few KB.
    expect(packMatcher(compileMatcher(ALIASES)).length).toBeLessThan(5_000);
    const sizes = [10, 100, 1_000].map(bytesFor);
    expect(sizes[0]).toBeLessThan(8_000);
    expect(sizes[1]).toBeGreaterThan(sizes[0] as number);
    expect(sizes[2]).toBeGreaterThan(sizes[1] as number);
    // What is added per alias is the trie, the form and the id: tens of bytes, not kilobytes.
    expect(((sizes[2] as number) - (sizes[1] as number)) / 900).toBeLessThan(300);
  });

  it('unpacks to the very tables it was packed from, the dense per-code-unit ones included', () => {
    const aliases = [...ALIASES, { alias: 'Łódź', entityId: 'lodz' }, { alias: '習近平', entityId: 'xi' }];
    const compiled = compileMatcher([...aliases, ...generateAliases(50)]);
    expect(unpackMatcher(packMatcher(compiled, 'v1'))).toEqual(compiled);
  });

  it('refuses compact class tables that are not whole, naming what is wrong', () => {
    const { cls, sym } = compileMatcher(ALIASES);
    const good = compactCodeTables(cls, sym);
    expect(expandCodeTables(good)).toEqual({ cls, sym });
    const runStart = good.runStart.slice();
    runStart[0] = 5;
    expect(() => expandCodeTables({ ...good, runStart })).toThrow(/bad class runs/);
    const unsorted = good.runStart.slice();
    unsorted[2] = unsorted[1] as number;
    expect(() => expandCodeTables({ ...good, runStart: unsorted })).toThrow(/bad class runs/);
    expect(() => expandCodeTables({ ...good, keySym: good.keySym.subarray(1) })).toThrow(/bad symbol list/);
    const keyCode = good.keyCode.slice().reverse();
    expect(() => expandCodeTables({ ...good, keyCode })).toThrow(/bad symbol list/);
  });

  it('refuses a packed matcher of the previous format (dense 192 KB tables)', () => {
    const packed = packMatcher(compileMatcher(ALIASES), 'v1');
    new Uint32Array(packed.buffer, 4, 1)[0] = 4;
    expect(() => unpackMatcher(packed)).toThrow(/unknown format/);
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

  it('compiles its own when the packaged file is of an older format, even with the right tag', async () => {
    const source = { ...dataset, version: 'old-format-1' };
    const old = packDatasetMatcher(source);
    new Uint32Array(old.buffer, 4, 1)[0] = 4;
    const tables = await matchTables(source, async () => old);
    expect(fromBase64(tables)).not.toEqual(old);
    expect(createMatcher(unpackMatcher(tables)).scan('NATO').length).toBe(1);
  });
});
