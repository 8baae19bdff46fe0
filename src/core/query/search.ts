import MiniSearch from 'minisearch';
import type { Fact } from '../dataset/types';
import type { EntityCard } from '../protocol';
import { type DatasetIndex, entityCard } from './dataset-index';

interface SearchDoc {
  id: string;
  kind: 'entity' | 'fact';
  entityId: string;
  name: string;
  aliases: string;
  description: string;
  text: string;
}

export interface DatasetSearch {
  search(query: string, limit?: number): EntityCard[];
}

/**
 * Full-text search over entities and facts. MiniSearch gives prefix and typo-tolerant matching
 * ("shang" finds the Shanghai Cooperation Organization) without a hand-written index.
 */
export function createDatasetSearch(index: DatasetIndex): DatasetSearch {
  const mini = new MiniSearch<SearchDoc>({
    fields: ['name', 'aliases', 'description', 'text'],
    storeFields: ['kind', 'entityId'],
    searchOptions: {
      boost: { name: 4, aliases: 4, description: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  const docs: SearchDoc[] = index.dataset.entities.map((e) => ({
    id: `e:${e.id}`,
    kind: 'entity',
    entityId: e.id,
    name: e.name,
    aliases: e.aliases.join(' '),
    description: e.description,
    text: '',
  }));
  for (const f of index.dataset.facts) {
    docs.push({
      id: `f:${f.id}`,
      kind: 'fact',
      entityId: f.entityId,
      name: '',
      aliases: '',
      description: '',
      text: f.text,
    });
  }
  mini.addAll(docs);

  return {
    search(query, limit = 20) {
      const q = query.trim();
      if (!q) return [];
      // Group hits by entity, keeping the best score first; matching facts lead that entity's card.
      const order: string[] = [];
      const matchedFacts = new Map<string, Fact[]>();
      for (const hit of mini.search(q)) {
        const entityId = hit.entityId as string;
        if (!matchedFacts.has(entityId)) {
          order.push(entityId);
          matchedFacts.set(entityId, []);
        }
        if (hit.kind === 'fact') {
          const fact = index.facts.get(String(hit.id).slice(2));
          if (fact) matchedFacts.get(entityId)?.push(fact);
        }
      }
      return order
        .slice(0, limit)
        .map((id) => entityCard(index, id, matchedFacts.get(id)))
        .filter((card): card is EntityCard => card !== null);
    },
  };
}
