// Turning parsed articles into stored records and back into compiler input.
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

export function toStored(article: ArticleContent, file: string, importedAt: number): StoredArticle {
  const { title, date, section, source, paragraphs, url } = article;
  return {
    key: articleKey(article),
    file,
    importedAt,
    title,
    date,
    section,
    source,
    paragraphs,
    ...(url ? { url } : {}),
  };
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
