// Turning parsed articles into stored records and back into compiler input.
import { ArticleFileError, MAX_ARTICLE_FILE_BYTES, parseArticleFile } from '../article/parse-article';
import type { ArticleFile } from '../dataset/compile';
import { hash64 } from '../text/hash';
import type { ArticleContent, ImportedSummary, StoredArticle } from './types';

/** Enough for a large personal library while keeping a full recompile within tens of seconds. */
export const MAX_IMPORTED_ARTICLES = 20_000;
export const MAX_FILE_NAME_LENGTH = 200;

/** Same date, title and text → same key, whatever file or format it came in. */
export function articleKey(article: Pick<ArticleContent, 'date' | 'title' | 'paragraphs'>): string {
  return hash64([article.date, article.title.toLowerCase(), ...article.paragraphs].join('\n'));
}

// Control characters other than line breaks and tabs: no article means them, and the compiler, the
// search index and every card would carry them on. Each becomes a space, before the key is computed, so
// the same article with and without them is one article.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const clean = (text: string) => text.replace(CONTROL, ' ');

/**
 * The record stored for one parsed article. Throws ArticleFileError, naming the article, for one the
 * compiler would refuse (an article of more than 5 MB): an accepted import must compile.
 */
export function toStored(article: ArticleContent, file: string, importedAt: number): StoredArticle {
  const content: ArticleContent = {
    title: clean(article.title),
    date: article.date,
    section: clean(article.section),
    source: clean(article.source),
    paragraphs: article.paragraphs.map(clean),
    ...(article.url ? { url: article.url } : {}),
  };
  const record: StoredArticle = { key: articleKey(content), file, importedAt, ...content };
  checkCompilable(record);
  return record;
}

/** The compiler reads each stored article as one JSON file (compileFileOf): it must pass that parse. */
function checkCompilable(record: StoredArticle): void {
  const input = compileFileOf(record);
  try {
    parseArticleFile(input.name, input.text);
  } catch (error) {
    if (!(error instanceof ArticleFileError)) throw error;
    const reason = /larger than/.test(error.reason)
      ? `is larger than ${MAX_ARTICLE_FILE_BYTES / (1024 * 1024)} MB of text; an article can hold at most that much`
      : `cannot be compiled: ${error.reason}`;
    const title = record.title.length > 60 ? `${record.title.slice(0, 60)}…` : record.title;
    throw new ArticleFileError(record.file, `the article "${title}" (${record.date}) ${reason}`);
  }
}

export function summaryOf({ key, title, date, file, importedAt }: StoredArticle): ImportedSummary {
  return { key, title, date, file, importedAt };
}

/** The JSON article format the compiler reads; also the article shape of an export file. */
export function jsonArticleOf(a: ArticleContent): Record<string, unknown> {
  return {
    title: a.title,
    date: a.date,
    section: a.section,
    source: a.source,
    body: a.paragraphs,
    ...(a.url ? { url: a.url } : {}),
  };
}

/**
 * One compiler input per stored article, named by its key: article ids come from the file name, so they
 * stay the same however many other articles are added or deleted.
 */
export function compileFileOf(stored: StoredArticle): ArticleFile {
  return { name: `i:${stored.key}.json`, text: JSON.stringify(jsonArticleOf(stored)) };
}

/** A file name as the reader should see it: no folders, no control characters, bounded. */
export function cleanFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || 'unnamed').slice(0, MAX_FILE_NAME_LENGTH);
}
