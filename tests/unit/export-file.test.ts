// Restoring a wrong file: the reader is told which part of the file is wrong and what belongs there,
// in words, never in a validator's terms.
import { describe, expect, it } from 'vitest';
import { ExportFileError, parseExport } from '../../src/core/imports/export-file';

const NOW = Date.UTC(2024, 7, 1);
const exportOf = (over: Record<string, unknown>) =>
  JSON.stringify({ format: 'factlens-export', formatVersion: 1, settings: {}, articles: [], ...over });

function problem(text: string): string {
  try {
    parseExport(text, NOW);
  } catch (error) {
    if (error instanceof ExportFileError) return error.message;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('parseExport on a wrong file', () => {
  it('says a file that is not an export is not one, and what to choose instead', () => {
    const notExport = 'it is not a Factlens export file. Choose a file made with “Export…”';
    expect(problem('{"title": "An article", "date": "2024-01-01", "body": "Text."}')).toBe(notExport);
    expect(problem('[1, 2]')).toBe(notExport);
    expect(problem(exportOf({ format: 'other-tool' }))).toBe(notExport);
    expect(problem('{\n "format": "factlens-export",\n "articles": [\n')).toBe(
      `${notExport} (its text is not valid JSON: it breaks off or has a typo)`,
    );
    expect(problem('{"format": "factlens-export"}\n\nx')).toBe(
      `${notExport} (its text is not valid JSON: the problem is on line 3)`,
    );
  });

  it('names the field and what was expected there', () => {
    expect(problem(exportOf({ formatVersion: 9 }))).toBe(
      'the file was made by a newer Factlens; update the extension first',
    );
    expect(problem(exportOf({ formatVersion: '1' }))).toBe(
      '"formatVersion" should be the number 1, but it is text "1"',
    );
    expect(problem(exportOf({ articles: 'none' }))).toBe(
      '"articles" should be a list of articles (an empty list, [], when there are none), but it is text',
    );
    expect(problem(exportOf({ articles: [42] }))).toBe(
      'article 1 of 1 should be an object with "title", "date" and "body", but it is a number',
    );
    const good = { title: 'T', date: '2024-01-01', body: 'B' };
    expect(problem(exportOf({ articles: [good, { title: 'x' }] }))).toBe('article 2 of 2: "body" is missing');
    expect(problem(exportOf({ articles: [{ ...good, date: 20240101 }] }))).toBe(
      'article 1 of 1: "date" should be text, but it is a number',
    );
    expect(problem(exportOf({ articles: [{ ...good, file: 3 }] }))).toBe(
      'article 1 of 1: "file" should be a file name (text), but it is a number',
    );
  });

  it('never speaks the validator’s language', () => {
    const texts = [
      exportOf({ articles: {} }),
      exportOf({ formatVersion: null }),
      exportOf({ articles: [[]] }),
    ];
    for (const text of texts) expect(problem(text)).not.toMatch(/Invalid|Expected|received|type|\.0\b/);
  });

  it('near-miss: a right file is restored', () => {
    const parsed = parseExport(exportOf({ articles: [{ title: 'T', date: '2024-01-01', body: 'B' }] }), NOW);
    expect(parsed.articles).toHaveLength(1);
  });
});
