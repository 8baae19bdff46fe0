// A JSON Lines file over the old 5 MB limit, written for the large-import tests: real-like news articles
// (bench/real-like-articles.ts: real sentences, names that keep growing and repeat as news names do),
// one per line, in the format a reader's own export from another tool would have.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realLikeArticles } from '../../../bench/real-like-articles';
import { parseArticleFile } from '../../../src/core/article/parse-article';
import { jsonArticleOf } from '../../../src/core/imports/article-record';

export interface LargeImportFile {
  path: string;
  bytes: number;
  articles: number;
  /** Title and one paragraph of the last article, to find it after the import. */
  last: { title: string; paragraph: string };
}

/** Writes articles until the file passes `minBytes`; `dir` is a temporary folder. */
export function writeLargeJsonLines(
  dir: string,
  name: string,
  minBytes: number,
  seed: number,
): LargeImportFile {
  const lines: string[] = [];
  let bytes = 0;
  let last = { title: '', paragraph: '' };
  // More than enough articles: the generator stops being read once the file is big enough.
  for (const file of realLikeArticles(100_000, { seed, prefix: name })) {
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
