// Precision and recall of the compiler against the hand-written gold file for the seed article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileArticleDir } from '../../scripts/dataset-plugin';
import type { Dataset, EntityType } from '../../src/core/dataset/types';

interface GoldEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  description: string;
  facts: string[];
  reference?: string[];
}

const gold = JSON.parse(readFileSync('tests/fixtures/seed-gold.json', 'utf8')) as { entities: GoldEntity[] };
// The bundled articles with the bundled overrides: exactly what the extension ships.
const dataset: Dataset = compileArticleDir();

function precisionRecall(found: Set<string>, expected: Set<string>) {
  const hits = [...found].filter((item) => expected.has(item)).length;
  return {
    precision: found.size ? hits / found.size : 1,
    recall: expected.size ? hits / expected.size : 1,
    extra: [...found].filter((item) => !expected.has(item)),
    missing: [...expected].filter((item) => !found.has(item)),
  };
}

describe('the seed article against its gold file', () => {
  const byName = new Map(dataset.entities.map((entity) => [entity.name, entity]));

  it('finds exactly the gold entities (precision and recall 1.0)', () => {
    const score = precisionRecall(new Set(byName.keys()), new Set(gold.entities.map((e) => e.name)));
    console.log(`entities: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}`);
    expect(score).toMatchObject({ precision: 1, recall: 1, extra: [], missing: [] });
  });

  it('finds exactly the gold aliases (precision and recall 1.0)', () => {
    const pairs = (list: Array<{ name: string; aliases: string[] }>) =>
      new Set(list.flatMap((entity) => entity.aliases.map((alias) => `${entity.name} → ${alias}`)));
    const score = precisionRecall(pairs(dataset.entities), pairs(gold.entities));
    console.log(`aliases: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)}`);
    expect(score).toMatchObject({ precision: 1, recall: 1, extra: [], missing: [] });
  });

  it.each(gold.entities)('gives $name its type, description and facts', (expected) => {
    const entity = byName.get(expected.name);
    expect(entity).toMatchObject({ type: expected.type, description: expected.description });
    expect(entity?.aliases[0]).toBe(expected.name);
    const facts = dataset.facts.filter((fact) => fact.entityId === entity?.id);
    for (const text of expected.facts) expect(facts.map((fact) => fact.text)).toContain(text);
    for (const text of expected.reference ?? [])
      expect(facts.find((fact) => fact.text === text)).toMatchObject({ resolvedBy: 'reference' });
  });
});
