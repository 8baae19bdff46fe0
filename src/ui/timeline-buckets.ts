// Mentions per date, folded into few enough bars to read in a 360px card: by day when the entity
// was mentioned on few dates, else by month, else by year. The dataset keeps up to 366 dates per
// entity; one bar each would be a pixel wide.

export interface TimelinePoint {
  date: string;
  count: number;
}

export type TimelineUnit = 'day' | 'month' | 'year';

export interface TimelineBucket {
  /** YYYY-MM-DD, YYYY-MM or YYYY, depending on the unit. */
  label: string;
  count: number;
}

export interface TimelineView {
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  total: number;
  /** The first and last dates with mentions, YYYY-MM-DD. */
  first: string;
  last: string;
}

export const MAX_BARS = 24;

const KEY_LENGTH: Record<TimelineUnit, number> = { day: 10, month: 7, year: 4 };

function group(points: readonly TimelinePoint[], unit: TimelineUnit): TimelineBucket[] {
  const byKey = new Map<string, number>();
  for (const p of points) {
    const key = p.date.slice(0, KEY_LENGTH[unit]);
    byKey.set(key, (byKey.get(key) ?? 0) + p.count);
  }
  return [...byKey]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([label, count]) => ({ label, count }));
}

/** Null when there is nothing to draw (no dates, or only zero counts). */
export function bucketTimeline(points: readonly TimelinePoint[] | undefined): TimelineView | null {
  const valid = (points ?? []).filter(
    (p) => /^\d{4}-\d{2}-\d{2}/.test(p.date) && Number.isFinite(p.count) && p.count > 0,
  );
  if (valid.length === 0) return null;
  const dates = valid.map((p) => p.date.slice(0, 10)).sort();
  const total = valid.reduce((sum, p) => sum + p.count, 0);
  let unit: TimelineUnit = 'year';
  let buckets: TimelineBucket[] = [];
  for (const candidate of ['day', 'month', 'year'] as const) {
    unit = candidate;
    buckets = group(valid, candidate);
    if (buckets.length <= MAX_BARS) break;
  }
  // Even by year there may be too many bars; the most recent ones matter most on a news card.
  return {
    unit,
    buckets: buckets.slice(-MAX_BARS),
    total,
    first: dates[0] ?? '',
    last: dates[dates.length - 1] ?? '',
  };
}

/** "3 mentions on 2024-07-05", "12 mentions in 2024-07": one bar in words. */
export function bucketLabel(bucket: TimelineBucket, unit: TimelineUnit): string {
  const noun = bucket.count === 1 ? 'mention' : 'mentions';
  return `${bucket.count} ${noun} ${unit === 'day' ? 'on' : 'in'} ${bucket.label}`;
}
