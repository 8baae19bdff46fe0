// Article files → Article records. Plain-text files follow the seed's layout (date line, section line,
// repeated headline, paragraphs); .json/.jsonl/.ndjson files carry the same fields explicitly.
import type { Article } from '../dataset/types';
import { hash64 } from '../text/hash';
import { ArticleFileError } from './article-error';
import { type ArticleFields, articleFields, collapse, splitParagraphs } from './article-fields';
import { parseJsonArticles } from './parse-article-json';

export { ArticleFileError } from './article-error';

export const MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024;

const DATE_LINE = /^\s*date\s+(\S+)(?:[ \t]+(.*))?$/;
const DATE_LINE_START = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/;
// Section/dateline lines look like "World » UKRAINE | July 5, 2024, Friday // 10:01".
const SECTION_MARKS = /[»|]|\/\//;

/** `maxBytes`: a larger limit for files that arrived in slices (see core/imports/upload-limits.ts). */
export function parseArticleFile(
  name: string,
  text: string,
  maxBytes: number = MAX_ARTICLE_FILE_BYTES,
): Article[] {
  if (utf8Length(text, maxBytes) > maxBytes) {
    throw new ArticleFileError(name, `file is larger than ${maxBytes / (1024 * 1024)} MB`);
  }
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const fields = /\.(jsonl|ndjson|json)$/i.test(name)
    ? parseJsonArticles(name, clean)
    : parseTextArticles(name, clean);
  if (fields.length === 0) throw new ArticleFileError(name, 'no article found');
  return fields.map((item, index) => ({
    // Same file name and position in the file → same id, whatever else is in the build.
    id: `a${hash64(`${name}\n${index}`).slice(0, 12)}`,
    title: item.title,
    date: item.date,
    section: item.section,
    source: item.source,
    file: name,
    paragraphs: item.paragraphs,
    ...(item.url ? { url: item.url } : {}),
  }));
}

/** A text file holds one or more articles, each starting at its own date line. */
function parseTextArticles(name: string, text: string): ArticleFields[] {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) throw new ArticleFileError(name, 'file is empty');
  if (!DATE_LINE.test(lines[first] ?? '')) {
    throw new ArticleFileError(name, 'missing date line (expected "date YYYY-MM-DD Title")', first + 1);
  }
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const afterBlank = i === first || (lines[i - 1] ?? '').trim() === '';
    if (afterBlank && DATE_LINE_START.test(line)) starts.push(i);
  });
  return starts.map((start, k) => parseTextArticle(name, lines, start, starts[k + 1] ?? lines.length));
}

function parseTextArticle(name: string, lines: string[], from: number, to: number): ArticleFields {
  const header = DATE_LINE.exec(lines[from] ?? '');
  const lineNo = from + 1;
  if (!header) throw new ArticleFileError(name, 'missing date line', lineNo);
  const title = collapse(header[2] ?? '');
  let i = from + 1;
  const nextContent = (): number => {
    while (i < to && (lines[i] ?? '').trim() === '') i++;
    return i;
  };
  let section = '';
  if (nextContent() < to && isSectionLine(lines[i] ?? '')) section = collapse(lines[i++] ?? '');
  let source = '';
  if (nextContent() < to) {
    const label = headlineLabel(collapse(lines[i] ?? ''), title);
    if (label !== undefined) {
      source = label;
      i++;
    }
  }
  const paragraphs = splitParagraphs(lines.slice(i, to).join('\n'));
  return articleFields(name, { title, date: header[1] ?? '', section, source, paragraphs }, lineNo);
}

function isSectionLine(line: string): boolean {
  return line.length <= 200 && SECTION_MARKS.test(line);
}

/**
 * If `line` repeats the headline, returns the publisher label in front of it ("Bulgaria: Title" → "Bulgaria")
 * or '' when there is none; undefined when the line is not the headline (then it is body text).
 */
function headlineLabel(line: string, title: string): string | undefined {
  if (!title) return undefined;
  if (line.toLowerCase() === title.toLowerCase()) return '';
  if (!line.toLowerCase().endsWith(title.toLowerCase())) return undefined;
  const label = /^(.+?):\s*$/.exec(line.slice(0, line.length - title.length));
  return label ? (label[1] ?? '').trim() : undefined;
}

/** UTF-8 size without Buffer or TextEncoder allocation, so huge inputs are measured cheaply. */
function utf8Length(text: string, maxBytes: number): number {
  if (text.length > maxBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
