// The dataset compiler: article files in, one Dataset out. Runs at build time (Node) and in the service
// worker (user imports), so it uses no Node APIs. Same files in → byte-identical JSON out.
import { ArticleFileError, parseArticleFile } from '../article/parse-article';
import { hash64 } from '../text/hash';
import { compareStrings, extractEntities } from './extract-entities';
import { buildFacts } from './facts';
import { type Article, DATASET_SCHEMA_VERSION, type Dataset } from './types';

export interface ArticleFile {
  name: string;
  text: string;
}

/** Throws ArticleFileError for the first bad file (in name order); never returns a partial dataset. */
export function compileDataset(files: ArticleFile[]): Dataset {
  // Name order, not input order, so the result does not depend on how the caller listed the files.
  const sorted = [...files].sort((a, b) => compareStrings(a.name, b.name));
  sorted.forEach((file, i) => {
    if (i > 0 && sorted[i - 1]?.name === file.name)
      throw new ArticleFileError(file.name, 'duplicate file name');
  });
  const articles: Article[] = sorted.flatMap((file) => parseArticleFile(file.name, file.text));
  const found = extractEntities(articles);
  const facts = buildFacts(articles, found);
  // An entity no sentence can be matched to (its aliases were all taken) would show an empty card.
  const withFacts = new Set(facts.map((fact) => fact.entityId));
  const entities = found.filter((entity) => withFacts.has(entity.id));
  const content = { schemaVersion: DATASET_SCHEMA_VERSION, articles, entities, facts };
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    version: hash64(JSON.stringify(content)),
    articles,
    entities,
    facts,
  };
}
