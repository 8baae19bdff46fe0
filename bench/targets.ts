// The goals as checks: every goal line a benchmark prints says whether this run met it, and
// if not, by how much it missed (a ratio for costs, so it reads the same on a loaded machine) and why
// (bench/gap-causes.ts). With BENCH_VERDICTS set to a file, each verdict is also appended there as a
// JSON line, so `npm run bench` (bench/all.ts) can print every benchmark's goals together at the end.

import { appendFileSync } from 'node:fs';
import { causeOf } from './gap-causes';

export interface Goal {
  what: string;
  /** The measured figure; null when this run could not measure it. */
  value: number | null;
  /** 'max': the figure must be at most `goal` (a cost); 'min': at least (a speed-up). */
  kind: 'max' | 'min';
  goal: number;
  unit: string;
}

export interface Verdict extends Goal {
  met: boolean | null;
  /** value/goal for 'max', goal/value for 'min': how many times too slow or too big; 1 when met. */
  gap: number | null;
  /** Why the goal is not met, when it is not (or not measured). */
  cause?: string;
}

export function judge(goal: Goal): Verdict {
  const { value, kind } = goal;
  const cause = causeOf(goal.what);
  const withCause = (v: Verdict): Verdict => (v.met === true || !cause ? v : { ...v, cause });
  if (value === null || !Number.isFinite(value)) return withCause({ ...goal, met: null, gap: null });
  const met = kind === 'max' ? value <= goal.goal : value >= goal.goal;
  const gap = met ? 1 : kind === 'max' ? value / goal.goal : value === 0 ? Infinity : goal.goal / value;
  return withCause({ ...goal, met, gap });
}

const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3).replace(/\.?0+$/, ''));

/** "✓ met   first mark: 31 ms (goal ≤ 50 ms)" or "✗ NOT MET first mark: 80 ms (goal ≤ 50 ms, 1.6× over)". */
export function verdictLine(v: Verdict): string {
  const goal = `goal ${v.kind === 'max' ? '≤' : '≥'} ${num(v.goal)} ${v.unit}`;
  const why = v.cause ? `\n                 cause: ${v.cause}` : '';
  if (v.met === null) return `? not measured  ${v.what} (${goal})${why}`;
  const figure = `${v.what}: ${num(v.value as number)} ${v.unit}`;
  if (v.met) return `✓ met          ${figure} (${goal})`;
  const how = v.kind === 'max' ? 'over' : 'short';
  return `✗ NOT MET      ${figure} (${goal}; ${num(v.gap as number)}× ${how})${why}`;
}

export function printVerdicts(title: string, goals: Goal[], log: (line: string) => void = console.log) {
  const verdicts = goals.map(judge);
  log(`${title}: ${verdicts.filter((v) => v.met).length}/${verdicts.length} goals met`);
  for (const v of verdicts) log(`  ${verdictLine(v)}`);
  const file = process.env.BENCH_VERDICTS;
  if (file) for (const v of verdicts) appendFileSync(file, `${JSON.stringify({ title, ...v })}\n`);
  return verdicts;
}
