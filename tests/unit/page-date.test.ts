import { describe, expect, it } from 'vitest';
import { isoDay, pageDate } from '../../src/core/page-date';

const none = { meta: [], articleTimes: [], jsonLd: [] };

describe('page date', () => {
  it('reads ISO dates and date-times, refusing impossible or vague ones', () => {
    expect(isoDay('2024-07-05T10:01:00+03:00')).toBe('2024-07-05');
    expect(isoDay('2024-07-05')).toBe('2024-07-05');
    expect(isoDay('2024-02-31')).toBeNull();
    expect(isoDay('July 5, 2024')).toBeNull();
    expect(isoDay('2024-07')).toBeNull();
  });

  it('prefers the meta tags, then <time> in the article, then JSON-LD', () => {
    expect(pageDate({ meta: ['junk', '2024-07-05T10:00Z'], articleTimes: ['2020-01-01'], jsonLd: [] })).toBe(
      '2024-07-05',
    );
    expect(pageDate({ ...none, articleTimes: ['', '2023-03-04'] })).toBe('2023-03-04');
    expect(
      pageDate({ ...none, jsonLd: ['{"@type":"NewsArticle","datePublished":"2022-11-30T08:00:00Z"}'] }),
    ).toBe('2022-11-30');
  });

  it('finds datePublished in arrays and @graph, and survives broken or hostile JSON-LD', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { datePublished: '2021-06-01' }] });
    expect(pageDate({ ...none, jsonLd: ['{ not json', graph] })).toBe('2021-06-01');
    expect(
      pageDate({
        ...none,
        jsonLd: [JSON.stringify([{ datePublished: 5 }, { datePublished: '2020-02-29' }])],
      }),
    ).toBe('2020-02-29');
    let deep: unknown = { datePublished: '2020-01-01' };
    for (let i = 0; i < 50; i++) deep = [deep];
    expect(
      pageDate({ ...none, jsonLd: [JSON.stringify(deep), '{"__proto__":{"datePublished":"2020-01-01"}}'] }),
    ).toBeNull();
    expect(pageDate(none)).toBeNull();
  });
});
