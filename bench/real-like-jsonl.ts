// Real-like articles (real-like-articles.ts) as a JSON Lines file of a given size: the kind of file a
// reader exports from a news archive and imports, for the import benchmark and the large-import tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../src/core/article/parse-article';
import type { Article } from '../src/core/dataset/types';
import { jsonArticleOf } from '../src/core/imports/article-record';
import { realLikeArticles } from './real-like-articles';

export interface RealLikeJsonLines {
  path: string;
  bytes: number;
  articles: number;
  /** Title and first paragraph of the last article, to find it after an import. */
  last: { title: string; paragraph: string };
}

export interface JsonLinesSize {
  /** Stop once the file passes this many bytes… */
  minBytes?: number;
  /** …or holds this many articles. */
  articles?: number;
  /**
   * Above 1, long articles (a feature's length rather than a news item's): this many generated
   * articles' paragraphs under the first one's title.
   */
  joined?: number;
}

/** Writes real-like articles to `dir/name`, one per line, until the size is reached. */
export function writeRealLikeJsonLines(
  dir: string,
  name: string,
  seed: number,
  size: JsonLinesSize,
): RealLikeJsonLines {
  const { minBytes = Number.POSITIVE_INFINITY, articles = Number.POSITIVE_INFINITY, joined = 1 } = size;
  const lines: string[] = [];
  let bytes = 0;
  let last = { title: '', paragraph: '' };
  let pending: Article[] = [];
  // Far more than any file needs: the generator is read only until the file is big enough.
  for (const file of realLikeArticles(10_000_000, { seed, prefix: name })) {
    for (const parsed of parseArticleFile(file.name, file.text)) {
      pending.push(parsed);
      const [first] = pending;
      if (pending.length < joined || !first) continue;
      const article = { ...first, paragraphs: pending.flatMap((a) => a.paragraphs) };
      pending = [];
      const line = JSON.stringify(jsonArticleOf(article));
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
      last = { title: article.title, paragraph: article.paragraphs[0] ?? '' };
    }
    if (bytes > minBytes || lines.length >= articles) break;
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, bytes, articles: lines.length, last };
}
