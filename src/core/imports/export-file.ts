// The export file: settings and imported articles in one JSON document, and its validation on the way
// back in. An export file is user-supplied input like any other import: every article goes through
// the same parser as an imported JSON file, and settings through the same migration and repair.
import { ArticleFileError, parseArticleFile } from '../article/parse-article';
import { jsonErrorLine } from '../article/parse-article-json';
import { readSettings, type Settings } from '../settings';
import { isRecord } from '../settings-fields';
import { kindOf } from '../text/json-kind';
import { cleanFileName, jsonArticleOf, MAX_IMPORTED_ARTICLES, toStored } from './article-record';
import type { StoredArticle } from './types';

export const EXPORT_FORMAT = 'factlens-export';
/** Runtime messages stay well below the browsers' 64 MiB limit. */
export const MAX_EXPORT_CHARS = 32 * 1024 * 1024;
/**
 * An export file sent in slices (options/import-files.ts): the store's 20,000 articles of news-length
 * text make an export of about 50 MB, so the bound is the one of a streamed import file.
 */
export const MAX_RESTORE_CHARS = 128 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: 1;
  exportedAt: string;
  settings: Settings;
  articles: Array<Record<string, unknown>>;
}

export function buildExport(settings: Settings, articles: readonly StoredArticle[], now: Date): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: 1,
    exportedAt: now.toISOString(),
    settings,
    articles: articles.map((a) => ({ file: a.file, importedAt: a.importedAt, ...jsonArticleOf(a) })),
  };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class ExportFileError extends Error {
  override name = 'ExportFileError';
}

const NOT_AN_EXPORT = 'it is not a Factlens export file. Choose a file made with “Export…”';

/**
 * The settings and articles of an export file; throws ExportFileError saying, in words a reader
 * understands, which part of the file is wrong and what was expected there.
 */
export function parseExport(
  text: string,
  now: number,
  maxChars = MAX_EXPORT_CHARS,
): { settings: Settings; articles: StoredArticle[] } {
  if (text.length > maxChars)
    throw new ExportFileError(`the file is larger than ${maxChars / (1024 * 1024)} MB`);
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new ExportFileError(`the file contains a field named "${key}", which is not allowed`);
      return item;
    });
  } catch (error) {
    if (error instanceof ExportFileError) throw error;
    const line = jsonErrorLine(text, error instanceof Error ? error.message : String(error));
    const where = line === undefined ? 'it breaks off or has a typo' : `the problem is on line ${line}`;
    throw new ExportFileError(`${NOT_AN_EXPORT} (its text is not valid JSON: ${where})`);
  }
  if (!isRecord(value) || value.format !== EXPORT_FORMAT) throw new ExportFileError(NOT_AN_EXPORT);
  const { formatVersion, settings, articles } = value;
  if (typeof formatVersion === 'number' && formatVersion > 1)
    throw new ExportFileError('the file was made by a newer Factlens; update the extension first');
  if (formatVersion !== 1)
    throw new ExportFileError(
      `"formatVersion" should be the number 1, but it is ${describeValue(formatVersion)}`,
    );
  if (!Array.isArray(articles))
    throw new ExportFileError(
      `"articles" should be a list of articles (an empty list, [], when there are none), but it is ${kindOf(articles)}`,
    );
  if (articles.length > MAX_IMPORTED_ARTICLES)
    throw new ExportFileError(
      `the file holds ${articles.length} articles; at most ${MAX_IMPORTED_ARTICLES} can be restored`,
    );
  const stored = articles.map((item: unknown, i) => {
    const where = `article ${i + 1} of ${articles.length}`;
    if (!isRecord(item))
      throw new ExportFileError(
        `${where} should be an object with "title", "date" and "body", but it is ${kindOf(item)}`,
      );
    const { file, importedAt, ...fields } = item;
    if (file !== undefined && typeof file !== 'string')
      throw new ExportFileError(`${where}: "file" should be a file name (text), but it is ${kindOf(file)}`);
    try {
      const [article] = parseArticleFile('article.json', JSON.stringify(fields));
      if (!article) throw new ArticleFileError('article.json', 'no article');
      const when = typeof importedAt === 'number' && Number.isFinite(importedAt) ? importedAt : now;
      return toStored(article, cleanFileName(file ?? 'imported'), when);
    } catch (error) {
      const reason = error instanceof ArticleFileError ? error.reason : String(error);
      throw new ExportFileError(`${where}: ${reason}`);
    }
  });
  return { settings: readSettings(settings), articles: stored };
}

function describeValue(value: unknown): string {
  const kind = kindOf(value);
  return typeof value === 'number' || typeof value === 'string'
    ? `${kind} ${JSON.stringify(value).slice(0, 40)}`
    : kind;
}
