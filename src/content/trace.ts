// The content script's own timings as performance measures, for benchmarks in browsers without
// long-task entries (Firefox). Off unless the page's root element carries data-factlens-trace, so
// a normal page's timeline gets nothing; a page that asks sees only the extension's own durations.

import { documentRoot, elementHasAttribute } from './dom-refs';

// Read through the captured getters: a page's <img name="documentElement"> would hide the real root.
const root = documentRoot();
const enabled = root !== null && elementHasAttribute(root, 'data-factlens-trace');

export type TraceName = 'factlens:start' | 'factlens:slice' | 'factlens:mutations' | 'factlens:first-mark';

/** The start of a span: 0 when tracing is off, so callers pay one branch. */
export function traceStart(): number {
  return enabled ? performance.now() : 0;
}

/** Records the span from start to now under name. */
export function traceEnd(name: TraceName, start: number): void {
  if (enabled) performance.measure(name, { start, end: performance.now() });
}
