import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/core/dataset/compile';
import { type Override, OverrideError, parseOverrides } from '../../src/core/dataset/overrides';
import type { Dataset } from '../../src/core/dataset/types';
import { validateDataset } from '../../src/core/dataset/validate-dataset';

const FILE = {
  name: 'o.txt',
  text: [
    'date 2024-06-01 Overrides',
    '',
    'Chairman Rolf Brandt of the Nordic Salmon Council spoke in Tromso. The NOSAC is a fishing lobby.',
    '',
    'Brandt also met Ms. Ida Holm, a local fisher, and Pedersen Group executives in Tromso.',
  ].join('\n'),
};

function compile(overrides: Override[], strict = true): Dataset {
  return compileDataset([FILE], { overrides, overridesFile: 'test-overrides.json', strictOverrides: strict });
}
const entity = (dataset: Dataset, name: string) => dataset.entities.find((e) => e.name === name);

describe('parseOverrides', () => {
  it('accepts the bundled file', () => {
    expect(parseOverrides('assets/overrides.json', readFileSync('assets/overrides.json', 'utf8'))).toEqual(
      expect.any(Array),
    );
  });

  const bad: Array<[string, string, RegExp]> = [
    ['broken JSON', '{"overrides": [', /^x\.json: invalid JSON/],
    ['no reason', '{"overrides":[{"op":"suppress","name":"A"}]}', /^x\.json: overrides\.0\.reason: /],
    [
      'a two-line reason',
      '{"overrides":[{"op":"suppress","name":"A","reason":"one\\ntwo"}]}',
      /overrides\.0\.reason: reason must be one line/,
    ],
    ['an unknown op', '{"overrides":[{"op":"rename","name":"A","reason":"r"}]}', /overrides\.0\.op: /],
    [
      'an unknown key',
      '{"overrides":[{"op":"suppress","name":"A","reason":"r","x":1}]}',
      /overrides\.0\.x: /,
    ],
    [
      'set without a change',
      '{"overrides":[{"op":"set","entity":"A","reason":"r"}]}',
      /set needs a type or a description/,
    ],
    [
      'a bad type',
      '{"overrides":[{"op":"set","entity":"A","type":"animal","reason":"r"}]}',
      /overrides\.0\.type: /,
    ],
    ['a __proto__ key', '{"overrides":[],"__proto__":{"x":1}}', /^x\.json: forbidden key "__proto__"/],
  ];
  it.each(bad)('refuses %s with the file and the problem', (_, text, message) => {
    expect(() => parseOverrides('x.json', text)).toThrow(OverrideError);
    expect(() => parseOverrides('x.json', text)).toThrow(message);
  });
});

describe('applying overrides', () => {
  it('changes nothing when there are none', () => {
    expect(JSON.stringify(compile([]))).toBe(JSON.stringify(compileDataset([FILE])));
  });

  it('merges an entity into another, with its aliases and facts', () => {
    const before = compile([]);
    // NOSAC is not made of the council's initials, so the compiler cannot know it is the same body.
    expect(entity(before, 'Nordic Salmon Council')?.aliases).toEqual(['Nordic Salmon Council']);
    expect(entity(before, 'NOSAC')).toBeDefined();
    const after = compile([
      {
        op: 'merge',
        into: 'Nordic Salmon Council',
        names: ['NOSAC'],
        reason: 'the council calls itself NOSAC',
      },
    ]);
    expect(entity(after, 'Nordic Salmon Council')?.aliases).toEqual(['Nordic Salmon Council', 'NOSAC']);
    expect(entity(after, 'NOSAC')).toBeUndefined();
    const id = entity(after, 'Nordic Salmon Council')?.id;
    expect(after.facts.filter((f) => f.entityId === id)).toHaveLength(2);
  });

  it('adds an alias, sets type and a quoted description, suppresses an entity and an alias', () => {
    const dataset = compile([
      {
        op: 'alias',
        entity: 'Nordic Salmon Council',
        add: ['Salmon Council'],
        reason: 'short name in reports',
      },
      { op: 'set', entity: 'Pedersen Group', type: 'other', reason: 'test: a type change' },
      {
        op: 'set',
        entity: 'Nordic Salmon Council',
        description: 'fishing lobby',
        reason: 'what the article calls it',
      },
      { op: 'suppress', name: 'Tromso', reason: 'test: remove an entity' },
      { op: 'suppress', name: 'Brandt', reason: 'test: remove an alias' },
    ]);
    expect(entity(dataset, 'Nordic Salmon Council')).toMatchObject({
      aliases: ['Nordic Salmon Council', 'Salmon Council'],
      description: 'fishing lobby',
    });
    expect(entity(dataset, 'Pedersen Group')?.type).toBe('other');
    expect(entity(dataset, 'Rolf Brandt')).toMatchObject({
      description: 'Chairman',
      aliases: ['Rolf Brandt'],
    });
    expect(entity(dataset, 'Tromso')).toBeUndefined();
    expect(validateDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
  });

  const wrong: Array<[string, Override, RegExp]> = [
    [
      'an entity that does not exist',
      { op: 'suppress', name: 'Atlantis', reason: 'r' },
      /overrides\.0 \(suppress "Atlantis"\): no entity has the name or alias "Atlantis"/,
    ],
    [
      'a description no article says',
      { op: 'set', entity: 'Rolf Brandt', description: 'Fishing magnate', reason: 'r' },
      /description "Fishing magnate" is not in any article/,
    ],
    [
      'an alias of another entity',
      { op: 'alias', entity: 'Ida Holm', add: ['Tromso'], reason: 'r' },
      /"Tromso" already names another entity/,
    ],
    [
      'merging an entity into itself',
      { op: 'merge', into: 'Tromso', names: ['Tromso'], reason: 'r' },
      /is not another entity/,
    ],
  ];
  it.each(wrong)('fails the compile on %s, naming file and entry', (_, override, message) => {
    expect(() => compile([override])).toThrow(OverrideError);
    expect(() => compile([override])).toThrow(/^test-overrides\.json: /);
    expect(() => compile([override])).toThrow(message);
  });

  it('skips entries that match nothing when not strict (articles imported later)', () => {
    const dataset = compileDataset([FILE], {
      overrides: [{ op: 'suppress', name: 'Atlantis', reason: 'r' }],
      strictOverrides: false,
    });
    expect(dataset.entities.length).toBeGreaterThan(0);
  });
});
