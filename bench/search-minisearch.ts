// The popup's former search engine, one MiniSearch index over every document built or loaded whole:
// the baseline that bench:search measures the sharded index against, and that the unit tests hold its
// results to.
import MiniSearch, { type Options } from 'minisearch';
import type { Dataset, Fact } from '../src/core/dataset/types';
import type { ArticleHit, EntityCard, FactHit, SearchResults } from '../src/core/protocol';
import { type DatasetIndex, entityCard, factView } from '../src/core/query/dataset-index';

export interface SearchDoc {
  id: string;
  kind: 'entity' | 'fact' | 'article';
  entityId: string;
  name: string;
  aliases: string;
  description: string;
  text: string;
  /** Article title, section and source; article bodies are searched through their facts. */
  title?: string;
}

export interface DatasetSearch {
  /** At most `limit` results in each group. */
  search(query: string, limit?: number): SearchResults;
}

const NO_RESULTS: SearchResults = { entities: [], facts: [], articles: [] };

/**
 * Full-text search over entities, facts and articles. MiniSearch gives prefix and typo-tolerant matching
 * ("shang" finds the Shanghai Cooperation Organization) without a hand-written index.
 */
/** How the index is built; a persisted index is loaded with the same options it was built with. */
export const SEARCH_INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['name', 'aliases', 'description', 'text', 'title'],
  storeFields: ['kind', 'entityId'],
  searchOptions: {
    boost: { name: 4, aliases: 4, description: 2, title: 2 },
    // A one-letter prefix matches nearly every document of a large dataset (over a second at 10,000
    // articles) and helps nobody; prefix matching starts at the second letter.
    prefix: (term) => term.length > 1,
    fuzzy: (term) => (term.length > 4 ? 0.2 : false),
    combineWith: 'AND',
  },
};

/** The documents of the search index: one per entity, fact and article. */
export function searchDocs(dataset: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = dataset.entities.map((e) => ({
    id: `e:${e.id}`,
    kind: 'entity',
    entityId: e.id,
    name: e.name,
    aliases: e.aliases.join(' '),
    description: e.description,
    text: '',
  }));
  for (const f of dataset.facts) {
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
  for (const a of dataset.articles) {
    docs.push({
      id: `a:${a.id}`,
      kind: 'article',
      entityId: '',
      name: '',
      aliases: '',
      description: '',
      text: '',
      title: [a.title, a.section, a.source].join(' '),
    });
  }
  return docs;
}

/** A new index over the dataset's documents. */
export function buildSearchIndex(dataset: Dataset): MiniSearch<SearchDoc> {
  const mini = new MiniSearch<SearchDoc>(SEARCH_INDEX_OPTIONS);
  mini.addAll(searchDocs(dataset));
  return mini;
}

/**
 * Full-text search over entities, facts and articles. MiniSearch gives prefix and typo-tolerant matching
 * ("shang" finds the Shanghai Cooperation Organization) without a hand-written index. `mini` is an index
 * over `index.dataset` (built here unless given, e.g. loaded from a persisted one).
 */
export function createDatasetSearch(
  index: DatasetIndex,
  mini: MiniSearch<SearchDoc> = buildSearchIndex(index.dataset),
): DatasetSearch {
  return {
    search(query, limit = 20) {
      const q = query.trim();
      if (!q) return NO_RESULTS;
      const entityOrder: string[] = [];
      const matchedFacts = new Map<string, Fact[]>();
      const facts: FactHit[] = [];
      const factBySentence = new Map<string, FactHit>();
      const articles: ArticleHit[] = [];
      for (const hit of mini.search(q)) {
        const key = String(hit.id).slice(2);
        if (hit.kind === 'entity') entityOrder.push(key);
        else if (hit.kind === 'article') {
          const a = index.articles.get(key);
          if (a && articles.length < limit)
            articles.push({ id: a.id, title: a.title, date: a.date, source: a.source });
        } else {
          const fact = index.facts.get(key);
          if (!fact) continue;
          // Matching facts lead their entity's card, should the entity be shown too.
          const list = matchedFacts.get(fact.entityId) ?? [];
          list.push(fact);
          matchedFacts.set(fact.entityId, list);
          const name = index.entities.get(fact.entityId)?.name;
          if (!name) continue;
          // One sentence is a fact of every entity it names; list it once, naming them all.
          const sentence = `${fact.articleId}:${fact.paragraph}:${fact.sentence}`;
          const listed = factBySentence.get(sentence);
          if (listed) listed.entityName = `${listed.entityName}, ${name}`;
          else if (facts.length < limit) {
            const hit = { ...factView(index, fact), entityId: fact.entityId, entityName: name };
            factBySentence.set(sentence, hit);
            facts.push(hit);
          }
        }
      }
      const entities = entityOrder
        .slice(0, limit)
        .map((id) => entityCard(index, id, matchedFacts.get(id)))
        .filter((card): card is EntityCard => card !== null);
      return { entities, facts, articles };
    },
  };
}
