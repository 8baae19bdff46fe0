import { describe, expect, it } from 'vitest';
import { ArticleFileError } from '../../src/core/article/article-error';
import type { ArticleFields } from '../../src/core/article/article-fields';
import { JsonLinesStream } from '../../src/core/article/json-lines-stream';
import { parseArticleFile } from '../../src/core/article/parse-article';

const line = (title: string, body = 'Ingrid Halvorsen opened the forum in Tromsø.') =>
  JSON.stringify({ title, date: '2024-08-01', section: 'World', body });

/** Feeds the pieces one by one, as slices arrive, and collects everything parsed. */
function readPieces(file: string, pieces: readonly string[]): ArticleFields[] {
  const stream = new JsonLinesStream(file);
  return [...pieces.flatMap((piece) => stream.push(piece)), ...stream.end()];
}

const fieldsOf = (file: string, text: string) =>
  parseArticleFile(file, text).map(({ title, date, section, source, paragraphs }) => ({
    title,
    date,
    section,
    source,
    paragraphs,
  }));

describe('JsonLinesStream', () => {
  const file = ['\uFEFF', line('One'), '\r\n', '\n', line('Two «Тромсø»'), '\n', line('Three')].join('');

  it('reads a file cut at every position into two pieces like the whole file', () => {
    const whole = fieldsOf('a.jsonl', file);
    expect(whole.map((a) => a.title)).toEqual(['One', 'Two «Тромсø»', 'Three']);
    for (let cut = 0; cut <= file.length; cut++) {
      const pieces = [file.slice(0, cut), file.slice(cut)];
      expect(readPieces('a.jsonl', pieces), `cut at ${cut}`).toEqual(whole);
    }
  });

  it('reads a file cut into one-character pieces, a CRLF cut between its two characters', () => {
    expect(readPieces('a.jsonl', [...file]).map((a) => a.title)).toEqual(['One', 'Two «Тромсø»', 'Three']);
  });

  it('hands over each record as soon as its line is complete', () => {
    const stream = new JsonLinesStream('a.jsonl');
    const text = `${line('One')}\n${line('Two')}\n`;
    const cut = text.indexOf('Two');
    expect(stream.push(text.slice(0, cut)).map((a) => a.title)).toEqual(['One']);
    expect(stream.push(text.slice(cut)).map((a) => a.title)).toEqual(['Two']);
    expect(stream.end()).toEqual([]);
  });

  it('reports a bad line with its line number in the file, the line split across pieces', () => {
    const text = `${line('One')}\n\n${line('Two')}\n{"title": "Bad", "date": "2024-13-45", "body": "x"}\n${line('Four')}`;
    const start = text.indexOf('{"title": "Bad"');
    const pieces = [text.slice(0, start + 5), text.slice(start + 5, start + 20), text.slice(start + 20)];
    const error = (() => {
      try {
        readPieces('b.jsonl', pieces);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ArticleFileError);
    expect(error).toMatchObject({ file: 'b.jsonl', line: 4 });
    expect((error as ArticleFileError).reason).toMatch(/^line 4: invalid date/);
  });

  it('reports invalid JSON and forbidden keys with their lines', () => {
    expect(() => readPieces('c.jsonl', [`${line('One')}\n{"title": `, '"x",\n'])).toThrow(
      /c\.jsonl: line 2: invalid JSON/,
    );
    expect(() => readPieces('d.jsonl', [`${line('One')}\n${line('Two')}\n{"__pro`, 'to__": {}}'])).toThrow(
      /d\.jsonl: line 3: forbidden key "__proto__"/,
    );
  });
});
