// The export file: settings and imported articles in one JSON document, and its validation on the way
// back in. An export file is user-supplied input like any other import: every article goes through
// the same parser as an imported JSON file, and settings through the same migration and repair.
import * as v from 'valibot';
import { ArticleFileError, parseArticleFile } from '../article/parse-article';
import { readSettings, type Settings } from '../settings';
import { cleanFileName, jsonArticleOf, MAX_IMPORTED_ARTICLES, toStored } from './article-record';
import type { StoredArticle } from './types';

export const EXPORT_FORMAT = 'factlens-export';
/** Runtime messages stay well below the browsers' 64 MiB limit. */
export const MAX_EXPORT_CHARS = 32 * 1024 * 1024;

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

const ExportSchema = v.object({
  format: v.literal(EXPORT_FORMAT, 'not a Factlens export file'),
  formatVersion: v.literal(1, 'made by a newer Factlens; update the extension first'),
  settings: v.unknown(),
  articles: v.pipe(
    v.array(v.looseObject({ file: v.optional(v.string()), importedAt: v.optional(v.number()) })),
    v.maxLength(MAX_IMPORTED_ARTICLES, `more than ${MAX_IMPORTED_ARTICLES} articles`),
  ),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export class ExportFileError extends Error {
  override name = 'ExportFileError';
}

/** The settings and articles of an export file; throws ExportFileError saying what is wrong. */
export function parseExport(text: string, now: number): { settings: Settings; articles: StoredArticle[] } {
  if (text.length > MAX_EXPORT_CHARS) throw new ExportFileError('the file is larger than 32 MB');
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ExportFileError(`forbidden key "${key}"`);
      return item;
    });
  } catch (error) {
    if (error instanceof ExportFileError) throw error;
    throw new ExportFileError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = v.safeParse(ExportSchema, value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    throw new ExportFileError(`${path ? `${path}: ` : ''}${issue?.message ?? 'not a Factlens export file'}`);
  }
  const articles = parsed.output.articles.map((item, i) => {
    const { file, importedAt, ...fields } = item;
    try {
      const [article] = parseArticleFile('article.json', JSON.stringify(fields));
      if (!article) throw new ArticleFileError('article.json', 'no article');
      const when = typeof importedAt === 'number' && Number.isFinite(importedAt) ? importedAt : now;
      return toStored(article, cleanFileName(file ?? 'imported'), when);
    } catch (error) {
      const reason = error instanceof ArticleFileError ? error.reason : String(error);
      throw new ExportFileError(`article ${i + 1}: ${reason}`);
    }
  });
  return { settings: readSettings(parsed.output.settings), articles };
}
