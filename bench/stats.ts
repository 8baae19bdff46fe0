// Figures a loaded machine cannot fake: the median of interleaved runs, with its spread, instead of
// the best run (which only says how fast the code was in the quietest moment).

export interface Spread {
  median: number;
  /** 10th and 90th percentiles (nearest rank): how much load moved the runs. */
  p10: number;
  p90: number;
  runs: number;
}

export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (xs: readonly number[]) => percentile(xs, 50);

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), p10: percentile(xs, 10), p90: percentile(xs, 90), runs: xs.length };
}

/** "12.3 ms (p10–p90 11.0–15.2)". */
export function formatSpread(s: Spread, unit: string, digits = 1): string {
  const f = (x: number) => x.toFixed(digits);
  return `${f(s.median)} ${unit} (p10–p90 ${f(s.p10)}–${f(s.p90)}, ${s.runs} runs)`;
}
