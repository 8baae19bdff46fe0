// What readers type into the popup, drawn from the dataset being searched (seeded, so repeatable):
// names whole, names typed keystroke by keystroke (every prefix, as the popup searches on each key),
// and the ordinary words of facts, alone and in pairs.
import type { Dataset } from '../src/core/dataset/types';
import { rng } from './corpus';

export type QueryKind = 'name' | 'keystroke' | 'fact word';

export interface BenchQuery {
  kind: QueryKind;
  text: string;
}

const WORD = /\p{Ll}{5,}/gu;

export function benchQueries(dataset: Dataset, seed = 11): BenchQuery[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const factCount = new Map<string, number>();
  for (const f of dataset.facts) factCount.set(f.entityId, (factCount.get(f.entityId) ?? 0) + 1);
  const byMentions = [...dataset.entities].sort(
    (a, b) => (factCount.get(b.id) ?? 0) - (factCount.get(a.id) ?? 0),
  );
  // The names read about most, and names from anywhere in the long tail.
  const names = [...byMentions.slice(0, 15), ...Array.from({ length: 15 }, () => pick(dataset.entities))].map(
    (e) => e.name,
  );
  const queries: BenchQuery[] = names.map((text) => ({ kind: 'name', text }));
  for (const name of [...names.slice(0, 5), ...names.slice(15, 20)]) {
    for (let end = 1; end <= name.length; end++) {
      const text = name.slice(0, end);
      if (text.trim() && !text.endsWith(' ')) queries.push({ kind: 'keystroke', text });
    }
  }
  for (let i = 0; i < 40; i++) {
    const words = pick(dataset.facts).text.match(WORD) ?? [];
    if (words.length === 0) continue;
    const first = pick(words);
    const text = i % 4 === 3 && words.length > 1 ? `${first} ${pick(words)}` : first;
    queries.push({ kind: 'fact word', text });
  }
  // Kinds interleaved, so a row that measures only part of the list still has each kind.
  return queries
    .map((q, i) => ({ q, key: (i * 7919) % queries.length }))
    .sort((a, b) => a.key - b.key)
    .map(({ q }) => q);
}
