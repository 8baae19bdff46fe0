import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleFileError, parseArticleFile } from '../../src/core/article/parse-article';

const SEED = '000_a044969bcc17613b.txt';
const seedText = readFileSync(`assets/articles/${SEED}`, 'utf8');

const TEXT = [
  'date 2024-03-01 Talks Stall',
  '',
  'World » EUROPE | March 1, 2024',
  'Talks Stall',
  '',
  'First paragraph.',
  '',
  'Second',
  'paragraph wrapped.',
].join('\n');

function errorOf(run: () => unknown): ArticleFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArticleFileError) return error;
    throw error;
  }
  throw new Error('expected an ArticleFileError');
}

describe('parseArticleFile: text format', () => {
  it('reads the seed article', () => {
    const [article, ...rest] = parseArticleFile(SEED, seedText);
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      title: 'Putin Refuses Ceasefire Talks with Ukraine, Demands Surrender!',
      date: '2024-07-05',
      section: 'World » UKRAINE | July 5, 2024, Friday // 10:01',
      source: 'Bulgaria',
      file: SEED,
    });
    expect(article?.paragraphs).toHaveLength(6);
    expect(article?.paragraphs[0]).toMatch(/^Russian President Vladimir Putin, speaking/);
    expect(article?.id).toMatch(/^a[0-9a-f]{12}$/);
  });

  it('gives the same id for the same file name and position, different ids otherwise', () => {
    const a = parseArticleFile(SEED, seedText)[0]?.id;
    expect(parseArticleFile(SEED, seedText)[0]?.id).toBe(a);
    expect(parseArticleFile('other.txt', seedText)[0]?.id).not.toBe(a);
  });

  it('joins wrapped lines, accepts CRLF and a headline without label', () => {
    const [article] = parseArticleFile('t.txt', TEXT.replace(/\n/g, '\r\n'));
    expect(article).toMatchObject({ source: '', section: 'World » EUROPE | March 1, 2024' });
    expect(article?.paragraphs).toEqual(['First paragraph.', 'Second paragraph wrapped.']);
  });

  it('reads several articles from one text file', () => {
    const articles = parseArticleFile('two.txt', `${TEXT}\n\n date 2024-03-02 Next\n\nBody two.`);
    expect(articles.map((a) => a.title)).toEqual(['Talks Stall', 'Next']);
    expect(articles[1]?.paragraphs).toEqual(['Body two.']);
    expect(new Set(articles.map((a) => a.id)).size).toBe(2);
  });
});

describe('parseArticleFile: JSON formats', () => {
  const item = {
    title: 'T',
    date: '2024-01-31',
    body: 'One.\n\nTwo.',
    source: 'Wire',
    url: 'https://example.com/a',
  };

  it('reads an object, an array and JSON Lines', () => {
    expect(parseArticleFile('a.json', JSON.stringify(item))[0]).toMatchObject({
      title: 'T',
      source: 'Wire',
      section: '',
      url: 'https://example.com/a',
      paragraphs: ['One.', 'Two.'],
    });
    expect(parseArticleFile('b.json', JSON.stringify([item, item]))).toHaveLength(2);
    const lines = `${JSON.stringify(item)}\n\n${JSON.stringify({ ...item, title: 'U' })}\n`;
    expect(parseArticleFile('c.jsonl', lines).map((a) => a.title)).toEqual(['T', 'U']);
    expect(parseArticleFile('d.ndjson', lines)).toHaveLength(2);
  });
});

describe('parseArticleFile: malformed input', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['impossible date', 'bad-date.txt', 'date 2024-02-30 Title\n\nBody.', /invalid date "2024-02-30"/],
    ['empty body', 'empty.txt', 'date 2024-02-01 Title\n\nWorld » X | Feb 1\n', /body is empty/],
    ['missing date line', 'nodate.txt', 'Title only\n\nBody.', /missing date line/],
    ['empty title', 'notitle.txt', 'date 2024-02-01\n\nBody.', /title is empty/],
    ['broken JSON', 'broken.json', '{"title": "T",', /invalid JSON/],
    [
      'JSON with __proto__',
      'proto.json',
      '{"title":"T","date":"2024-01-01","body":"B","__proto__":{"x":1}}',
      /forbidden key "__proto__"/,
    ],
    [
      'JSON with constructor',
      'ctor.jsonl',
      '{"title":"T","date":"2024-01-01","body":"B","constructor":1}',
      /forbidden key "constructor"/,
    ],
    ['JSON without body', 'nobody.json', '{"title":"T","date":"2024-01-01"}', /^"body" is missing$/],
    [
      'JSON with a title that is not text',
      'num-title.json',
      '{"title":7,"date":"2024-01-01","body":"B"}',
      /^"title" should be text, but it is a number$/,
    ],
    ['JSON that is not an object', 'num.json', '42', /expected an object/],
    [
      'JSON with a bad url',
      'url.json',
      '{"title":"T","date":"2024-01-01","body":"B","url":"javascript:alert(1)"}',
      /^"url" must be a web address starting with http:\/\/ or https:\/\/, not "javascript:alert\(1\)"$/,
    ],
    [
      'JSON with a data: url',
      'data.jsonl',
      '{"title":"T","date":"2024-01-01","body":"B","url":"data:text/html,<b>x</b>"}',
      /"url" must be a web address starting with http:\/\/ or https:\/\//,
    ],
    [
      'JSON with a url that is no address',
      'rel.json',
      '{"title":"T","date":"2024-01-01","body":"B","url":"/news/1"}',
      /"url" must be a web address/,
    ],
    [
      'JSON array with a bad item',
      'arr.json',
      '[{"title":"T","date":"2024-13-01","body":"B"}]',
      /item 0: invalid date/,
    ],
  ];

  it.each(cases)('%s throws ArticleFileError naming the file', (_label, file, text, reason) => {
    const error = errorOf(() => parseArticleFile(file, text));
    expect(error).toBeInstanceOf(Error);
    expect(error.file).toBe(file);
    expect(error.reason).toMatch(reason);
    expect(error.message).toBe(`${file}: ${error.reason}`);
  });

  it('reports line numbers where one line is to blame', () => {
    expect(errorOf(() => parseArticleFile('x.txt', '\n\nnot a date line')).reason).toMatch(/^line 3: /);
    expect(
      errorOf(() => parseArticleFile('x.jsonl', '{"title":"T","date":"2024-01-01","body":"B"}\n{oops')).line,
    ).toBe(2);
  });

  it('rejects files over 5 MB', () => {
    const big = `date 2024-01-01 Big\n\n${'word '.repeat(1_100_000)}`;
    expect(errorOf(() => parseArticleFile('big.txt', big)).reason).toMatch(/larger than 5 MB/);
    // Multi-byte characters count in bytes, not characters.
    const wide = `date 2024-01-01 Wide\n\n${'é'.repeat(2_700_000)}`;
    expect(errorOf(() => parseArticleFile('wide.txt', wide)).reason).toMatch(/larger than 5 MB/);
  });
});
