// Bundled into a benchmark page: times what a tab does with the matcher it is sent (decode the
// base64 wire form, take views over the buffer, build the scanner, first scan), in a real page.

import { createMatcher, unpackMatcher } from '../../src/core/match';

export interface LoadResult {
  wireChars: number;
  /** Median, best and worst of the rounds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function measureLoad(wire: string, rounds: number): LoadResult {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    createMatcher(unpackMatcher(wire)).scan('Warm-up text.');
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Number(x.toFixed(2));
  return {
    wireChars: wire.length,
    medianMs: round(times[Math.floor(times.length / 2)] as number),
    minMs: round(times[0] as number),
    maxMs: round(times[times.length - 1] as number),
  };
}
