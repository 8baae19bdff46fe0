// JSON (.json: one object or an array of objects) and JSON Lines (.jsonl/.ndjson: one object per line).
// Files may come from users, so keys that could reach Object.prototype are refused outright.

import { kindOf } from '../text/json-kind';
import { ArticleFileError } from './article-error';
import { type ArticleFields, articleFields, splitParagraphs } from './article-fields';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonArticles(file: string, text: string): ArticleFields[] {
  if (/\.json$/i.test(file)) {
    const value = parseJson(file, text);
    const items = Array.isArray(value) ? value : [value];
    return items.map((item, i) => toFields(file, item, Array.isArray(value) ? `item ${i}: ` : ''));
  }
  const items: ArticleFields[] = [];
  text.split('\n').forEach((line, i) => {
    const item = parseJsonLine(file, line, i + 1);
    if (item) items.push(item);
  });
  return items;
}

/** One JSON Lines record (`line` is its 1-based line number); undefined for a blank line. */
export function parseJsonLine(file: string, text: string, line: number): ArticleFields | undefined {
  if (text.trim() === '') return undefined;
  return toFields(file, parseJson(file, text, line), '', line);
}

/** `line` is the 1-based line of a JSON Lines record; undefined for a whole .json file. */
function parseJson(file: string, text: string, line?: number): unknown {
  try {
    return JSON.parse(text, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      throw new ArticleFileError(file, `forbidden key "${error.key}"`, line);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new ArticleFileError(
      file,
      `invalid JSON: ${message}`,
      (line ?? 1) - 1 + (jsonErrorLine(text, message) ?? 1),
    );
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Engines report the failing offset as "position N"; turn it into a 1-based line (undefined when unknown). */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}

function toFields(file: string, item: unknown, where: string, line?: number): ArticleFields {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw new ArticleFileError(file, `${where}expected an object with title, date and body`, line);
  }
  const record = item as Record<string, unknown>;
  const text = (key: string, required: boolean): string => {
    const value = record[key];
    if (value === undefined && !required) return '';
    if (value === undefined) throw new ArticleFileError(file, `${where}"${key}" is missing`, line);
    if (typeof value !== 'string')
      throw new ArticleFileError(file, `${where}"${key}" should be text, but it is ${kindOf(value)}`, line);
    return value.replace(/\s+/g, ' ').trim();
  };
  const body = record.body;
  const paragraphs = Array.isArray(body)
    ? body.flatMap((part) => {
        if (typeof part !== 'string')
          throw new ArticleFileError(
            file,
            `${where}"body" should be text or a list of paragraphs, but a part of it is ${kindOf(part)}`,
            line,
          );
        return splitParagraphs(part.replace(/\r\n?/g, '\n'));
      })
    : splitParagraphs(typeof body === 'string' ? body.replace(/\r\n?/g, '\n') : text('body', true));
  const url = text('url', false);
  try {
    return articleFields(
      file,
      {
        title: text('title', true),
        date: text('date', true),
        section: text('section', false),
        source: text('source', false),
        paragraphs,
        ...(url ? { url } : {}),
      },
      line,
    );
  } catch (error) {
    // Prefix the array position so a bad item in a long array can be found.
    if (error instanceof ArticleFileError && where)
      throw new ArticleFileError(file, where + error.reason, line);
    throw error;
  }
}
