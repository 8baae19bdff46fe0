// A small bar chart of the entity's mentions by date. Built from a list, not a drawing: each bar
// carries its count and date as text, so screen readers read it and nothing depends on colour.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { countOf } from './entity-labels';
import { bucketLabel, bucketTimeline, type TimelinePoint } from './timeline-buckets';

const UNIT_WORDS = { day: 'by day', month: 'by month', year: 'by year' } as const;

export function MentionTimeline({
  points,
}: {
  points: readonly TimelinePoint[] | undefined;
}): JSX.Element | null {
  const captionId = useId();
  const view = bucketTimeline(points);
  if (!view) return null;
  const max = Math.max(...view.buckets.map((b) => b.count));
  const span = view.first === view.last ? view.first : `${view.first} to ${view.last}`;
  return (
    <figure class="fl-timeline" aria-labelledby={captionId}>
      <figcaption class="fl-caption" id={captionId}>
        Mentions {UNIT_WORDS[view.unit]}: {countOf(view.total, 'mention', 'mentions')}, {span}
      </figcaption>
      <ol class="fl-bars">
        {view.buckets.map((bucket) => {
          const label = bucketLabel(bucket, view.unit);
          // At least a sliver, so a date with one mention next to one with hundreds still shows.
          const height = Math.max(8, Math.round((bucket.count / max) * 100));
          return (
            <li key={bucket.label} class="fl-bar-item" title={label}>
              <span class="fl-bar" style={{ height: `${height}%` }} aria-hidden="true" />
              <span class="fl-vh">{label}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}
