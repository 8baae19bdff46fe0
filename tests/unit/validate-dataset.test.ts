import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/core/dataset/compile';
import type { Dataset } from '../../src/core/dataset/types';
import { validateDataset } from '../../src/core/dataset/validate-dataset';

const seed = compileDataset([
  { name: 'seed.txt', text: readFileSync('assets/articles/000_a044969bcc17613b.txt', 'utf8') },
]);

/** A deep copy of the seed dataset with one change applied. */
function broken(change: (dataset: Dataset & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(seed) as Dataset & Record<string, unknown>;
  change(copy);
  return copy;
}

describe('validateDataset', () => {
  it('accepts a compiled dataset and an empty one', () => {
    expect(validateDataset(JSON.parse(JSON.stringify(seed)))).toEqual(seed);
    const empty = {
      schemaVersion: seed.schemaVersion,
      version: 'x',
      date: '',
      articles: [],
      entities: [],
      facts: [],
      relations: [],
    };
    expect(validateDataset(empty)).toEqual(empty);
  });

  it('keeps an optional article url', () => {
    const withUrl = broken((d) => {
      (d.articles[0] as { url?: string }).url = 'https://example.com/a';
    });
    expect(validateDataset(withUrl).articles[0]?.url).toBe('https://example.com/a');
  });

  const cases: Array<[string, unknown, RegExp]> = [
    ['not an object', 'dataset', /^Invalid dataset at dataset:/],
    ['a missing version', broken((d) => Reflect.deleteProperty(d, 'version')), /at dataset\.version:/],
    [
      'another schema version',
      broken((d) => Object.assign(d, { schemaVersion: 99 })),
      /at dataset\.schemaVersion:/,
    ],
    [
      'a bad entity type',
      broken((d) => Object.assign(d.entities[1] ?? {}, { type: 'animal' })),
      /at dataset\.entities\.1\.type:/,
    ],
    [
      'an impossible fact date',
      broken((d) => Object.assign(d.facts[2] ?? {}, { date: '2024-02-30' })),
      /at dataset\.facts\.2\.date:/,
    ],
    [
      'a negative paragraph index',
      broken((d) => Object.assign(d.facts[0] ?? {}, { paragraph: -1 })),
      /at dataset\.facts\.0\.paragraph:/,
    ],
    [
      'a fact for an unknown entity',
      broken((d) => Object.assign(d.facts[3] ?? {}, { entityId: 'nobody' })),
      /at dataset\.facts\.3\.entityId: unknown entity "nobody"/,
    ],
    [
      'a fact for an unknown article',
      broken((d) => Object.assign(d.facts[0] ?? {}, { articleId: 'a000' })),
      /at dataset\.facts\.0\.articleId: unknown article/,
    ],
    [
      'a fact whose text is not in the article',
      broken((d) => Object.assign(d.facts[0] ?? {}, { text: 'Invented.' })),
      /at dataset\.facts\.0\.text: not found/,
    ],
    [
      'a fact pointing past the last paragraph',
      broken((d) => Object.assign(d.facts[0] ?? {}, { paragraph: 99 })),
      /at dataset\.facts\.0\.paragraph:/,
    ],
    [
      'a duplicate entity id',
      broken((d) => Object.assign(d.entities[1] ?? {}, { id: d.entities[0]?.id })),
      /at dataset\.entities\.1\.id: duplicate id/,
    ],
    [
      'a duplicate fact id',
      broken((d) => Object.assign(d.facts[1] ?? {}, { id: d.facts[0]?.id })),
      /at dataset\.facts\.1\.id: duplicate id/,
    ],
  ];

  it.each(cases)('refuses %s, naming the path', (_label, value, message) => {
    expect(() => validateDataset(value)).toThrow(message);
  });
});
