// The build path: a directory of article files and an overrides file in, dataset.json out, written only
// when everything compiled. Each bad input names its file and its problem.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileArticleDir, writeDatasetFile } from '../../scripts/dataset-plugin';
import { validateDataset } from '../../src/core/dataset/validate-dataset';

const SEED = readFileSync('assets/articles/000_a044969bcc17613b.txt', 'utf8');
let root = '';
let articles = '';
let out = '';
const noOverrides = () => join(root, 'none.json');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'factlens-plugin-'));
  articles = join(root, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, '000_seed.txt'), SEED);
  out = join(root, 'dataset.json');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeDatasetFile', () => {
  it('writes a valid dataset equal to the bundled compile', () => {
    const dataset = writeDatasetFile(out, articles, noOverrides());
    expect(validateDataset(JSON.parse(readFileSync(out, 'utf8')))).toEqual(dataset);
    expect(dataset.entities.map((e) => e.id)).toEqual(compileArticleDir().entities.map((e) => e.id));
  });

  const bad: Array<[string, string, string | (() => string), RegExp]> = [
    [
      'a bad date',
      '010_bad-date.txt',
      'date 2024-02-30 Title\n\nBody text.',
      /010_bad-date\.txt: line 1: invalid date "2024-02-30"/,
    ],
    ['an empty body', '011_empty.txt', 'date 2024-02-03 Title\n\n', /011_empty\.txt: line 1: body is empty/],
    [
      'wrong JSON',
      '012_wrong.json',
      '{"title": "T", "date": "2024-01-01", "body": ',
      /012_wrong\.json: line 1: invalid JSON/,
    ],
    [
      'a __proto__ key',
      '013_proto.jsonl',
      '{"title":"T","date":"2024-01-01","body":"B.","__proto__":{"admin":true}}\n',
      /013_proto\.jsonl: line 1: forbidden key "__proto__"/,
    ],
    [
      'a 50 MB file',
      '014_huge.txt',
      () => `date 2024-01-01 Huge\n\n${'word '.repeat(10 * 2 ** 20)}`,
      /014_huge\.txt: file is \d+ bytes, larger than 5 MB/,
    ],
  ];
  it.each(bad)(
    'refuses %s, naming the file and the problem, and writes nothing',
    (_, name, text, message) => {
      writeFileSync(join(articles, name), typeof text === 'string' ? text : text());
      expect(() => writeDatasetFile(out, articles, noOverrides())).toThrow(message);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.tmp`)).toBe(false);
    },
  );

  it('keeps the previous dataset when a later build fails', () => {
    writeDatasetFile(out, articles, noOverrides());
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(articles, '020_bad.txt'), 'no date line here');
    expect(() => writeDatasetFile(out, articles, noOverrides())).toThrow(
      /020_bad\.txt: line 1: missing date line/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('fails on a bad overrides file or an override that matches nothing, naming it', () => {
    const overrides = join(root, 'overrides.json');
    writeFileSync(overrides, '{"overrides":[{"op":"suppress","name":"Atlantis"}]}');
    expect(() => writeDatasetFile(out, articles, overrides)).toThrow(/overrides\.json: overrides\.0\.reason/);
    writeFileSync(overrides, '{"overrides":[{"op":"suppress","name":"Atlantis","reason":"test"}]}');
    expect(() => writeDatasetFile(out, articles, overrides)).toThrow(
      /no entity has the name or alias "Atlantis"/,
    );
    expect(existsSync(out)).toBe(false);
  });
});
