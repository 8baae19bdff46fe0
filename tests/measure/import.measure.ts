// Measures import throughput: parsing and storing one JSON Lines file of 1,000 articles (what the
// worker does per file), and the recompile of bundled plus imported articles that follows.
import { expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { compileDataset } from '../../src/core/dataset/compile';
import { compileWithImports } from '../../src/core/imports/compile-with-imports';
import { planImport } from '../../src/core/imports/plan-import';

const NAMES = ['Anna Berg', 'Carl Dorn', 'Erik Falk', 'Greta Holm', 'Acme Holdings', 'Nordic Council'];

it('imports 1,000 articles', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => {
    const a = NAMES[i % NAMES.length];
    const b = NAMES[(i * 5 + 1) % NAMES.length];
    const body = `${a} met ${b} in Oslo on Monday. The talks lasted ${i} hours.\n\nLater, ${a} said the council would meet again.`;
    return JSON.stringify({ title: `Report ${i} on ${a}`, date: '2024-01-01', body });
  });
  const text = lines.join('\n');
  let t = performance.now();
  const plan = planImport('batch.jsonl', text, new Set(), 0);
  const parseMs = performance.now() - t;
  const bundled = compileDataset(readArticleFiles());
  t = performance.now();
  const dataset = compileWithImports(bundled, plan.records);
  const compileMs = performance.now() - t;
  expect(plan.records).toHaveLength(1000);
  console.log(
    `1,000 articles (${(text.length / 1024).toFixed(0)} KB): parsed and checked in ${parseMs.toFixed(0)} ms ` +
      `(${Math.round(1000 / (parseMs / 1000)).toLocaleString('en')} articles/s); recompiled with the bundle in ` +
      `${compileMs.toFixed(0)} ms (${dataset.entities.length} entities, ${dataset.facts.length} facts)`,
  );
}, 120_000);
