// The benchmark's own yardsticks: the regex baseline must find what the matcher finds (Cyrillic and
// accented names included), and a goal check must say "not met" with the right gap.
import { describe, expect, it } from 'vitest';
import { aliasRegExp } from '../../bench/alias-regex';
import { newsText } from '../../bench/news-text';
import { percentile, spread } from '../../bench/stats';
import { judge, verdictLine } from '../../bench/targets';

describe('the regex baseline', () => {
  const re = aliasRegExp(['Анна Иванова', 'Łódź', 'Anna', 'Anna Berger']);
  const all = (text: string) => [...text.matchAll(re)].map((m) => m[0]);

  it('matches Cyrillic and accented names as whole words', () => {
    expect(all('Вчера Анна Иванова была в Łódź.')).toEqual(['Анна Иванова', 'Łódź']);
  });

  it('does not match inside a longer word, in any script', () => {
    expect(all('Аннаиванова, Łódźka, Annabel, Joanna')).toEqual([]);
  });

  it('prefers the longest alias', () => {
    expect(all("Anna Berger's and Anna's")).toEqual(['Anna Berger', 'Anna']);
  });
});

describe('goal checks', () => {
  it('gives the gap of a cost over its goal', () => {
    expect(judge({ what: 'x', value: 80, kind: 'max', goal: 50, unit: 'ms' })).toMatchObject({
      met: false,
      gap: 1.6,
    });
    expect(judge({ what: 'x', value: 40, kind: 'max', goal: 50, unit: 'ms' }).met).toBe(true);
  });

  it('gives the gap of a speed-up short of its goal', () => {
    expect(judge({ what: 'x', value: 4, kind: 'min', goal: 20, unit: '×' })).toMatchObject({
      met: false,
      gap: 5,
    });
    expect(judge({ what: 'x', value: null, kind: 'min', goal: 20, unit: '×' }).met).toBeNull();
  });
  it('states the cause of a gap that is not met, and none once it is met', () => {
    const what = 'real pages: page with nothing to mark';
    const missed = judge({ what, value: 12, kind: 'max', goal: 3, unit: 'ms' });
    expect(missed.cause).toMatch(/\w{4,}/);
    expect(verdictLine(missed)).toContain(`cause: ${missed.cause}`);
    const met = judge({ what, value: 2, kind: 'max', goal: 3, unit: 'ms' });
    expect(met.cause).toBeUndefined();
    expect(verdictLine(met)).not.toContain('cause:');
  });
});

describe('spread', () => {
  it('reports the median, not the best run', () => {
    const s = spread([10, 1, 12, 11, 30]);
    expect(s.median).toBe(11);
    expect(s.p10).toBe(1);
    expect(s.p90).toBe(30);
    expect(percentile([5], 90)).toBe(5);
  });
});

describe('news-like benchmark text', () => {
  const news = newsText(200_000);
  const counts = news.names.map((name) => news.text.split(name).length - 1);

  it('names only what the text holds', () => {
    expect(news.names.length).toBeGreaterThan(200);
    // A few rare names may have been cut off with the text's end.
    expect(counts.filter((n) => n === 0).length).toBeLessThan(10);
  });

  it('has names that repeat as news names do: a few often, most rarely', () => {
    const top = counts[0] as number;
    const typical = counts[Math.floor(counts.length / 2)] as number;
    expect(top).toBeGreaterThan(10 * typical);
  });

  it('is mostly not names: most capitalised words are something else', () => {
    const capitals = news.text.match(/\b\p{Lu}\p{Ll}+/gu)?.length ?? 0;
    const inNames = news.names.reduce(
      (sum, name, i) => sum + (counts[i] as number) * name.split(' ').length,
      0,
    );
    expect(inNames).toBeLessThan(capitals * 0.8);
  });
});
