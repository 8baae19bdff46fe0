import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketTimeline, MAX_BARS } from '../../src/ui/timeline-buckets';

function days(n: number, start = Date.UTC(2024, 0, 1), step = 1): { date: string; count: number }[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(start + i * step * 86_400_000).toISOString().slice(0, 10),
    count: 1,
  }));
}

describe('bucketTimeline', () => {
  it('is null without usable points', () => {
    expect(bucketTimeline(undefined)).toBeNull();
    expect(
      bucketTimeline([
        { date: 'soon', count: 3 },
        { date: '2024-01-01', count: 0 },
      ]),
    ).toBeNull();
  });

  it('keeps days when they fit, with totals and the date span', () => {
    const view = bucketTimeline(days(5));
    expect(view?.unit).toBe('day');
    expect(view?.buckets).toHaveLength(5);
    expect(view?.total).toBe(5);
    expect([view?.first, view?.last]).toEqual(['2024-01-01', '2024-01-05']);
  });

  it('folds many days into months, then years, never more than MAX_BARS bars', () => {
    const months = bucketTimeline(days(300));
    expect(months?.unit).toBe('month');
    expect(months?.buckets[0]).toEqual({ label: '2024-01', count: 31 });
    const years = bucketTimeline(days(366, Date.UTC(1990, 0, 1), 30));
    expect(years?.unit).toBe('year');
    expect(years?.buckets.length).toBeLessThanOrEqual(MAX_BARS);
    expect(years?.buckets.at(-1)?.label).toBe(years?.last.slice(0, 4));
  });

  it('words a bar by its unit', () => {
    expect(bucketLabel({ label: '2024-07-05', count: 3 }, 'day')).toBe('3 mentions on 2024-07-05');
    expect(bucketLabel({ label: '2024-07', count: 1 }, 'month')).toBe('1 mention in 2024-07');
  });
});
