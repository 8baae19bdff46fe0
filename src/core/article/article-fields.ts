// The checks every article passes, whichever file format it came from.
import { isIsoDate } from '../text/dates';
import { isHttpUrl } from '../text/http-url';
import { ArticleFileError } from './article-error';

export interface ArticleFields {
  title: string;
  date: string;
  section: string;
  source: string;
  paragraphs: string[];
  url?: string;
}

/** Validates one article's fields; `line` (1-based) points errors at the article's first line. */
export function articleFields(file: string, fields: ArticleFields, line?: number): ArticleFields {
  if (!isIsoDate(fields.date)) {
    throw new ArticleFileError(file, `invalid date "${fields.date}" (expected a real YYYY-MM-DD date)`, line);
  }
  if (!fields.title) throw new ArticleFileError(file, 'title is empty', line);
  if (fields.paragraphs.length === 0) throw new ArticleFileError(file, 'body is empty', line);
  if (fields.url !== undefined && !isHttpUrl(fields.url)) {
    throw new ArticleFileError(
      file,
      `"url" must be a web address starting with http:// or https://, not "${fields.url.slice(0, 80)}"`,
      line,
    );
  }
  return fields;
}

/** Paragraphs are separated by blank lines; a paragraph wrapped over several lines is joined with spaces. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => collapse(block))
    .filter((block) => block !== '');
}

/** Runs of whitespace become one space, so wrapped lines read as one paragraph. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
