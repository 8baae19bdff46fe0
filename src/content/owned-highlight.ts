// A highlight in the registry the page shares (CSS.highlights), kept as Factlens set it. The page can
// delete or replace the entry, add its own ranges to it ("Jane Nobody" painted as a mark), take ours
// out, or change its priority or type; the browser tells no one. So Factlens keeps its own list of
// what it registered, and repair() puts the registry back to exactly that: entry, ranges, priority.
// Hit-testing never reads the registry (the store's own index decides), so a foreign range never
// counts as a mark even before it is dropped.

import type { RangeSink } from './highlight-window';

export interface OwnedHighlight extends RangeSink {
  readonly size: number;
  /** What Factlens registered, whatever the page did to the registry since. */
  registered(): IterableIterator<AbstractRange>;
  has(range: AbstractRange): boolean;
  /** Undoes whatever the page changed; true when something had been changed. */
  repair(): boolean;
  /** Takes the entry out of the registry, if it is still ours. */
  unregister(): void;
}

// A closure, not a class: its names minify, and every page loads this at start.
export function ownHighlight(name: string, priority = 0): OwnedHighlight {
  const highlight = new Highlight();
  highlight.priority = priority;
  CSS.highlights.set(name, highlight);
  const ranges = new Set<AbstractRange>();
  return {
    get size() {
      return ranges.size;
    },
    registered: () => ranges.values(),
    has: (range) => ranges.has(range),
    add(range) {
      ranges.add(range);
      highlight.add(range);
    },
    delete(range) {
      ranges.delete(range);
      highlight.delete(range);
    },
    clear() {
      ranges.clear();
      highlight.clear();
    },
    repair() {
      let changed = false;
      if (CSS.highlights.get(name) !== highlight) {
        CSS.highlights.set(name, highlight);
        changed = true;
      }
      if (highlight.priority !== priority || highlight.type !== 'highlight') {
        highlight.priority = priority;
        highlight.type = 'highlight';
        changed = true;
      }
      // Every range of ours there and nothing more (a set: same size means no stranger) is intact.
      // Not found by iterating it: Firefox content scripts cannot iterate a page-world setlike.
      let intact = highlight.size === ranges.size;
      for (const range of ranges) if (intact && !highlight.has(range)) intact = false;
      if (!intact) {
        // A swap keeps the size, so a stranger is found only by rebuilding from our own list.
        highlight.clear();
        for (const range of ranges) highlight.add(range);
        changed = true;
      }
      return changed;
    },
    unregister() {
      ranges.clear();
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    },
  };
}
