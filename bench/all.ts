// `npm run bench`: every benchmark that checks one of issue 11's goals, one after another in
// processes of their own (each launches its browsers and baselines side by side), then every goal
// in one list: met, or the gap and its cause.
//   tsx bench/all.ts [--quick]
//   BENCH_ONLY=table,browser,scroll   to run a subset

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Verdict, verdictLine } from './targets';

const quick = process.argv.includes('--quick');
const RUNS: Array<{ name: string; script: string; env?: Record<string, string> }> = [
  { name: 'table', script: 'bench/table.ts' },
  { name: 'browser', script: 'bench/browser-bench.ts' },
  {
    name: 'scroll',
    script: 'bench/scroll-bench.ts',
    env: quick ? { BENCH_ROUNDS: '1', BENCH_TICKS: '20' } : {},
  },
];
const only = process.env.BENCH_ONLY?.split(',');

const dir = mkdtempSync(join(tmpdir(), 'factlens-bench-'));
const file = join(dir, 'verdicts.jsonl');
const failed: string[] = [];
for (const run of RUNS.filter((r) => !only || only.includes(r.name))) {
  console.log(`\n=== ${run.name} (${run.script}) ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', run.script, ...(quick ? ['--quick'] : [])], {
    stdio: 'inherit',
    env: { ...process.env, ...run.env, BENCH_VERDICTS: file },
  });
  if (result.status !== 0) failed.push(`${run.name} exited with ${result.status ?? result.signal}`);
}

let verdicts: Array<Verdict & { title: string }> = [];
try {
  verdicts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Verdict & { title: string });
} catch {
  // No benchmark got as far as its goals: said below.
}
rmSync(dir, { recursive: true, force: true });

console.log(
  `\n=== Issue 11's goals, all benchmarks: ${verdicts.filter((v) => v.met).length}/${verdicts.length} met ===`,
);
let title = '';
for (const v of verdicts) {
  if (v.title !== title) {
    title = v.title;
    console.log(`${title}:`);
  }
  console.log(`  ${verdictLine(v)}`);
}
for (const f of failed) console.log(`! ${f}`);
process.exitCode = failed.length ? 1 : 0;
