// Node benchmark: the matcher against a regex alternation (`u` flag, Unicode word edges) and the npm
// Aho-Corasick package, on one 5 MB news-like text (news-text.ts) per alias set, side by side in one
// process (one worker thread per alias set, see node-row.ts), every round running each scanner in
// turn. Medians with their spread, never the best run. Prints a table and the goal checks, then as
// its last line one JSON object with the figures of the 10,000-alias run.
//   tsx bench/node-bench.ts [--quick]      (--quick: 1 M characters, 5 rounds, no 50,000 row)

import { Worker } from 'node:worker_threads';
import type { RowInput, RowResult } from './node-row';
import { formatSpread } from './stats';
import { printVerdicts } from './targets';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const TEXT_CHARS = quick ? 1_000_000 : 5_000_000;
const SIZES = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 5 : 11));

function runRow(size: number): Promise<RowResult> {
  const input: RowInput = { size, chars: TEXT_CHARS, runs: RUNS };
  return new Promise((resolve, reject) => {
    // The row is TypeScript too: the worker loads it through tsx, as this file was loaded.
    const row = new URL('./node-row.ts', import.meta.url).href;
    const loader = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(row)}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(loader, { eval: true, workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`row ${size} exited with ${code}`)));
  });
}

console.log(
  `${TEXT_CHARS / 1e6} M characters of news-like text per run; median of ${RUNS} interleaved rounds (p10–p90)`,
);
const results: RowResult[] = [];
for (const size of SIZES) {
  const row = await runRow(size);
  results.push(row);
  console.log(
    `${String(size).padStart(6)} aliases (${row.aliasesInText} in the text): factlens ${formatSpread(row.mbps, 'MB/s')} | ` +
      `regex ${formatSpread(row.regexMbps, 'MB/s')} (×${row.ratioVsRegex}) | ` +
      `ahocorasick ${formatSpread(row.ahoCorasickMbps, 'MB/s')} (×${row.ratioVsAhoCorasick}) | ` +
      `tables ${(row.tableBytes / 2 ** 20).toFixed(2)} MiB, build ${row.buildMs} ms | ` +
      `mentions ${row.mentions} (regex ${row.regexMentions})`,
  );
}
printVerdicts(
  'Matcher vs one regex of all aliases (same text, same process)',
  results.map((r) => ({
    what: `${r.aliases} aliases, factlens speed / regex speed`,
    value: r.ratioVsRegex,
    kind: 'min' as const,
    goal: 1,
    unit: '×',
  })),
);

console.log(JSON.stringify({ ...results.find((r) => r.aliases === 10_000), runs: results }));
