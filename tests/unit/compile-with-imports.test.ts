import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { compileDataset } from '../../src/core/dataset/compile';
import { parseOverrides } from '../../src/core/dataset/overrides';
import { toStored } from '../../src/core/imports/article-record';
import { compileWithImports } from '../../src/core/imports/compile-with-imports';
import { planImport } from '../../src/core/imports/plan-import';

const bundled = compileDataset(readArticleFiles());

describe('compileWithImports', () => {
  it('rebuilds the bundled dataset from its own articles, with the same entities', () => {
    const rebuilt = compileWithImports(bundled, []);
    expect(rebuilt.entities.map((e) => e.id).sort()).toEqual(bundled.entities.map((e) => e.id).sort());
    expect(rebuilt.articles.map((a) => a.file)).toEqual(bundled.articles.map((a) => a.file));
  });

  it('adds imported articles under the file name the reader knows, with stable ids', () => {
    const text = JSON.stringify({
      title: 'Halvorsen in Tromsø',
      date: '2024-08-01',
      body: 'Norwegian Fisheries Minister Ingrid Halvorsen opened the forum in Tromsø. Vladimir Putin was not invited.',
    });
    const { records } = planImport('notes/my file.json', text, new Set(), 1);
    expect(records[0]?.file).toBe('my file.json');
    const once = compileWithImports(bundled, records);
    expect(once.articles).toHaveLength(bundled.articles.length + 1);
    const imported = once.articles.find((a) => a.title === 'Halvorsen in Tromsø');
    expect(imported?.file).toBe('my file.json');
    const other = planImport(
      'b.json',
      JSON.stringify({ title: 'B', date: '2024-08-02', body: 'Text.' }),
      new Set(),
      2,
    );
    const twice = compileWithImports(bundled, [...other.records, ...records]);
    expect(twice.articles.find((a) => a.title === 'Halvorsen in Tromsø')?.id).toBe(imported?.id);
  });

  it('applies the build overrides again when imports are compiled in', () => {
    const overrides = parseOverrides(
      'overrides.json',
      JSON.stringify({ overrides: [{ op: 'suppress', name: 'Astana', reason: 'test: the reader asked' }] }),
    );
    const text = JSON.stringify({ title: 'Note', date: '2024-08-01', body: 'Vladimir Putin spoke again.' });
    const { records } = planImport('note.json', text, new Set(), 1);
    const without = compileWithImports(bundled, records);
    const withOverrides = compileWithImports(bundled, records, overrides);
    expect(without.entities.some((e) => e.name === 'Astana')).toBe(true);
    expect(withOverrides.entities.some((e) => e.name === 'Astana')).toBe(false);
  });

  it('gives the same key to the same article from different formats', () => {
    const [seed] = bundled.articles;
    if (!seed) throw new Error('no seed');
    const fromJson = planImport(
      'x.json',
      JSON.stringify({ title: seed.title, date: seed.date, body: seed.paragraphs }),
      new Set(),
      0,
    );
    expect(fromJson.records[0]?.key).toBe(toStored(seed, 'a', 0).key);
  });
});
