// The streaming compiler, the dataset's own metadata, round trips and what cards get from relations.
import { describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/generate-articles';
import { compileDataset } from '../../src/core/dataset/compile';
import { DatasetCompiler } from '../../src/core/dataset/compiler';
import { validateDataset } from '../../src/core/dataset/validate-dataset';
import { entityCard, indexDataset, MAX_CARD_RELATED } from '../../src/core/query/dataset-index';

const files = [...syntheticArticles(60, 7)];

describe('DatasetCompiler', () => {
  it('gives the same bytes as compileDataset, one file at a time', () => {
    const compiler = new DatasetCompiler();
    for (const file of files) expect(compiler.add(file)).toHaveLength(1);
    expect(JSON.stringify(compiler.finish())).toBe(JSON.stringify(compileDataset([...files].reverse())));
  });

  it('requires name order, refuses duplicates and use after finish', () => {
    const compiler = new DatasetCompiler();
    compiler.add(files[1] as (typeof files)[number]);
    expect(() => compiler.add(files[1] as (typeof files)[number])).toThrow(/duplicate file name/);
    expect(() => compiler.add(files[0] as (typeof files)[number])).toThrow(/must be added in name order/);
    compiler.finish();
    expect(() => compiler.add(files[2] as (typeof files)[number])).toThrow(/after finish/);
  });

  it('leaves the compiler usable after a bad file', () => {
    const compiler = new DatasetCompiler();
    expect(() => compiler.add({ name: 'a-bad.txt', text: 'date 2024-13-01 X\n\nBody.' })).toThrow(
      /a-bad\.txt/,
    );
    compiler.add(files[0] as (typeof files)[number]);
    expect(compiler.finish().articles).toHaveLength(1);
  });
});

describe('the compiled dataset', () => {
  const dataset = compileDataset(files);

  it('is valid, survives a JSON round trip unchanged, and is deterministic', () => {
    const json = JSON.stringify(dataset);
    expect(validateDataset(JSON.parse(json))).toEqual(dataset);
    expect(JSON.stringify(compileDataset(files))).toBe(json);
  });

  it('carries the date of its newest article and one relations record per entity', () => {
    const newest = files
      .map((file) => file.text.slice(5, 15))
      .sort()
      .pop();
    expect(dataset.date).toBe(newest);
    expect(dataset.relations.map((r) => r.entityId)).toEqual(dataset.entities.map((e) => e.id));
  });

  it('finds the invented people with their titles and marks pronoun facts', () => {
    const people = dataset.entities.filter((entity) => entity.type === 'person');
    expect(people.length).toBeGreaterThan(10);
    expect(
      dataset.facts.some((fact) => fact.text.startsWith('He said') && fact.resolvedBy === 'reference'),
    ).toBe(true);
  });

  it('refuses relations that do not match its entities', () => {
    const broken = structuredClone(dataset);
    broken.relations.pop();
    expect(() => validateDataset(broken)).toThrow(/dataset\.relations: has/);
    const other = structuredClone(dataset);
    (other.relations[0]?.related[0] ?? { entityId: '' }).entityId = 'nobody';
    expect(() => validateDataset(other)).toThrow(/dataset\.relations\.0\.related\.0\.entityId/);
    expect(() => validateDataset({ ...dataset, date: '2000-01-01' })).toThrow(/dataset\.date/);
  });

  it('gives cards bounded related entities and a timeline, and facts their reference mark', () => {
    const index = indexDataset(dataset);
    const busiest = [...dataset.relations].sort((a, b) => b.related.length - a.related.length)[0];
    const card = entityCard(index, busiest?.entityId ?? '');
    expect(busiest?.related.length).toBeGreaterThan(MAX_CARD_RELATED);
    expect(card?.related).toHaveLength(MAX_CARD_RELATED);
    expect(card?.related?.[0]).toEqual({
      id: busiest?.related[0]?.entityId,
      name: index.entities.get(busiest?.related[0]?.entityId ?? '')?.name,
      type: index.entities.get(busiest?.related[0]?.entityId ?? '')?.type,
      count: busiest?.related[0]?.count,
    });
    expect(card?.timeline?.reduce((sum, day) => sum + day.count, 0)).toBe(
      busiest?.timeline.reduce((sum, day) => sum + day.count, 0),
    );
    const inferred = dataset.facts.find((fact) => fact.resolvedBy === 'reference');
    const view = entityCard(index, inferred?.entityId ?? '')?.facts.find((f) => f.id === inferred?.id);
    expect(view?.resolvedBy).toBe('reference');
  });
});
