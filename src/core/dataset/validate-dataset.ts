// The worker's gate for dataset files: anything that is not a well-formed, self-consistent Dataset of the
// current schema is refused with the path of the first problem, before any of it is used.
import * as v from 'valibot';
import { isIsoDate, latestDate } from '../text/dates';
import { isHttpUrl } from '../text/http-url';
import { DATASET_SCHEMA_VERSION, type Dataset } from './types';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const IsoDate = v.pipe(v.string(), v.check(isIsoDate, 'expected a real YYYY-MM-DD date'));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));

const ArticleSchema = v.object({
  id: Id,
  title: v.pipe(v.string(), v.minLength(1)),
  date: IsoDate,
  section: v.string(),
  source: v.string(),
  file: v.string(),
  paragraphs: v.pipe(v.array(v.string()), v.minLength(1)),
  url: v.optional(v.pipe(v.string(), v.check(isHttpUrl, 'expected an http(s) URL'))),
});

const EntitySchema = v.object({
  id: Id,
  name: v.pipe(v.string(), v.minLength(1)),
  type: v.picklist(['person', 'organisation', 'place', 'other']),
  aliases: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1)),
  description: v.string(),
});

const FactSchema = v.object({
  id: Id,
  entityId: Id,
  text: v.pipe(v.string(), v.minLength(1)),
  articleId: Id,
  date: IsoDate,
  paragraph: Index,
  sentence: Index,
  resolvedBy: v.optional(v.literal('reference')),
});

const Count = v.pipe(v.number(), v.integer(), v.minValue(1));

const RelationsSchema = v.object({
  entityId: Id,
  related: v.array(v.object({ entityId: Id, count: Count })),
  timeline: v.array(v.object({ date: IsoDate, count: Count })),
});

const DatasetSchema = v.object({
  schemaVersion: v.literal(DATASET_SCHEMA_VERSION),
  version: v.pipe(v.string(), v.minLength(1)),
  // '' only for a dataset without articles.
  date: v.union([IsoDate, v.literal('')]),
  articles: v.array(ArticleSchema),
  entities: v.array(EntitySchema),
  facts: v.array(FactSchema),
  relations: v.array(RelationsSchema),
});

/** Returns the value typed as a Dataset, or throws an Error naming the first bad path. */
export function validateDataset(value: unknown): Dataset {
  const result = v.safeParse(DatasetSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    throw new Error(
      `Invalid dataset at ${path ? `dataset.${path}` : 'dataset'}: ${issue?.message ?? 'unknown'}`,
    );
  }
  checkReferences(result.output);
  return result.output;
}

/** What the schema cannot express: unique ids, and every fact pointing at a real article sentence. */
function checkReferences(dataset: Dataset): void {
  const articles = uniqueIds(dataset.articles, 'articles');
  const entities = uniqueIds(dataset.entities, 'entities');
  uniqueIds(dataset.facts, 'facts');
  dataset.facts.forEach((fact, i) => {
    const at = `dataset.facts.${i}`;
    if (!entities.has(fact.entityId)) fail(`${at}.entityId`, `unknown entity "${fact.entityId}"`);
    const article = articles.get(fact.articleId);
    if (!article) fail(`${at}.articleId`, `unknown article "${fact.articleId}"`);
    const paragraph = article.paragraphs[fact.paragraph];
    if (paragraph === undefined)
      fail(`${at}.paragraph`, `article "${article.id}" has no paragraph ${fact.paragraph}`);
    if (!paragraph.includes(fact.text))
      fail(`${at}.text`, `not found in article "${article.id}" paragraph ${fact.paragraph}`);
    if (fact.date !== article.date) fail(`${at}.date`, `differs from the date of article "${article.id}"`);
  });
  checkRelations(dataset, entities);
}

/** One relations record per entity, in entity order, pointing only at other known entities. */
function checkRelations(dataset: Dataset, entities: Map<string, unknown>): void {
  if (dataset.relations.length !== dataset.entities.length)
    fail(
      'dataset.relations',
      `has ${dataset.relations.length} records for ${dataset.entities.length} entities`,
    );
  dataset.relations.forEach((relation, i) => {
    const at = `dataset.relations.${i}`;
    if (relation.entityId !== dataset.entities[i]?.id)
      fail(`${at}.entityId`, `expected "${dataset.entities[i]?.id}", found "${relation.entityId}"`);
    relation.related.forEach((related, k) => {
      if (!entities.has(related.entityId) || related.entityId === relation.entityId)
        fail(`${at}.related.${k}.entityId`, `not another known entity: "${related.entityId}"`);
    });
  });
  const newest = latestDate(dataset.articles.map((article) => article.date));
  if (dataset.date !== newest) fail('dataset.date', `expected the newest article date "${newest}"`);
}

function uniqueIds<T extends { id: string }>(items: T[], where: string): Map<string, T> {
  const byId = new Map<string, T>();
  items.forEach((item, i) => {
    if (byId.has(item.id)) fail(`dataset.${where}.${i}.id`, `duplicate id "${item.id}"`);
    byId.set(item.id, item);
  });
  return byId;
}

function fail(path: string, problem: string): never {
  throw new Error(`Invalid dataset at ${path}: ${problem}`);
}
