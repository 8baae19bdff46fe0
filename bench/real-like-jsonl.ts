// Real-like articles (real-like-articles.ts) as a JSON Lines file of a given size: the kind of file a
// reader exports from a news archive and imports, for the import benchmark and the large-import tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../src/core/article/parse-article';
import { jsonArticleOf } from '../src/core/imports/article-record';
import { realLikeArticles } from './real-like-articles';

export interface RealLikeJsonLines {
  path: string;
  bytes: number;
  articles: number;
  /** Title and first paragraph of the last article, to find it after an import. */
  last: { title: string; paragraph: string };
}

/** Writes articles to `dir/name` until the file passes `minBytes`. */
export function writeRealLikeJsonLines(
  dir: string,
  name: string,
  minBytes: number,
  seed: number,
): RealLikeJsonLines {
  const lines: string[] = [];
  let bytes = 0;
  let last = { title: '', paragraph: '' };
  // Far more than any file needs: the generator is read only until the file is big enough.
  for (const file of realLikeArticles(1_000_000, { seed, prefix: name })) {
    for (const article of parseArticleFile(file.name, file.text)) {
      const line = JSON.stringify(jsonArticleOf(article));
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
      last = { title: article.title, paragraph: article.paragraphs[0] ?? '' };
    }
    if (bytes > minBytes) break;
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, bytes, articles: lines.length, last };
}
