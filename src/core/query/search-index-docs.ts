// The documents of the popup's search index, one per entity, fact and article, in the order MiniSearch
// was given them (entities, facts, articles): ties and running averages depend on that order.
import type { Dataset } from '../dataset/types';
import { type DocRecord, KIND_ARTICLE, KIND_ENTITY, KIND_FACT } from './search-index-format';

export interface IndexDoc {
  /** e:, f: or a: and the dataset id. */
  id: string;
  kind: typeof KIND_ENTITY | typeof KIND_FACT | typeof KIND_ARTICLE;
  /** Field texts in FIELDS order; undefined: the document has no such field. */
  fields: Array<string | undefined>;
  /** The entity a fact or entity document belongs to. */
  entityId: string;
  /** Article, paragraph and sentence of a fact: one popup line per sentence. */
  sentenceKey: string;
  record: DocRecord;
}

/** FNV-1a, 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Tells a changed document from the same one under the same id: all it indexes and shows. */
export const fingerprintOf = (doc: IndexDoc): number =>
  hash32(JSON.stringify([doc.kind, doc.entityId, doc.fields, doc.record]));

/** Every document's id, in indexDocs order. */
export function* indexDocIds(dataset: Dataset): Generator<string> {
  for (const e of dataset.entities) yield `e:${e.id}`;
  for (const f of dataset.facts) yield `f:${f.id}`;
  for (const a of dataset.articles) yield `a:${a.id}`;
}

/** One at a time: at 10,000 articles there are 300,000 documents, and only their index is kept. */
export function* indexDocs(dataset: Dataset): Generator<IndexDoc> {
  const names = new Map(dataset.entities.map((e) => [e.id, e.name]));
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  for (const e of dataset.entities)
    yield {
      id: `e:${e.id}`,
      kind: KIND_ENTITY,
      fields: [e.name, e.aliases.join(' '), e.description, '', undefined],
      entityId: e.id,
      sentenceKey: '',
      record: ['e', e.id, e.name],
    };
  for (const f of dataset.facts) {
    const article = articles.get(f.articleId);
    yield {
      id: `f:${f.id}`,
      kind: KIND_FACT,
      fields: ['', '', '', f.text, undefined],
      entityId: f.entityId,
      sentenceKey: `${f.articleId}:${f.paragraph}:${f.sentence}`,
      record: [
        'f',
        f.id,
        f.entityId,
        names.get(f.entityId) ?? '',
        f.articleId,
        f.date,
        f.paragraph,
        f.sentence,
        f.text,
        article?.title ?? '',
        article?.source ?? '',
        article?.url ?? '',
        f.resolvedBy === 'reference' ? 1 : 0,
      ],
    };
  }
  for (const a of dataset.articles) {
    yield {
      id: `a:${a.id}`,
      kind: KIND_ARTICLE,
      fields: ['', '', '', '', [a.title, a.section, a.source].join(' ')],
      entityId: '',
      sentenceKey: '',
      record: ['a', a.id, a.title, a.date, a.source],
    };
  }
}

// MiniSearch's default tokenizer and term processing, which the index was built with before.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
export const tokenize = (text: string): string[] => text.split(SPACE_OR_PUNCTUATION);
export const processTerm = (token: string): string => token.toLowerCase();

/** A field's length as MiniSearch counts it (unique raw tokens) and its terms with their counts. */
export function fieldTerms(text: string): { length: number; terms: Map<string, number> } {
  const tokens = tokenize(text);
  const terms = new Map<string, number>();
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) terms.set(term, (terms.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, terms };
}
