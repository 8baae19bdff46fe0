// One file's import, decided before anything is stored: parse it all (any error rejects the whole
// file), then drop articles that are already known or repeated within the file.
import { parseArticleFile } from '../article/parse-article';
import { cleanFileName, toStored } from './article-record';
import type { StoredArticle } from './types';

export interface ImportPlan {
  file: string;
  records: StoredArticle[];
  duplicates: number;
}

/** Throws ArticleFileError (with the file and, when one line is to blame, the line) for a bad file. */
export function planImport(
  name: string,
  text: string,
  known: ReadonlySet<string>,
  importedAt: number,
  maxBytes?: number,
): ImportPlan {
  const file = cleanFileName(name);
  const records: StoredArticle[] = [];
  const seen = new Set(known);
  let duplicates = 0;
  for (const article of parseArticleFile(file, text, maxBytes)) {
    const record = toStored(article, file, importedAt);
    if (seen.has(record.key)) duplicates++;
    else {
      seen.add(record.key);
      records.push(record);
    }
  }
  return { file, records, duplicates };
}
