// Node benchmark: the matcher against a regex alternation, the npm Aho-Corasick package and a bare
// charCodeAt loop, on one generated 5 MB text per alias set, side by side in one process (one worker
// thread per alias set, see node-row.ts). Prints a table, then as its last line one JSON object
// with the figures of the 10,000-alias run.

import { Worker } from 'node:worker_threads';
import type { RowInput } from './node-row';

const TEXT_CHARS = 5_000_000;
const SIZES = [100, 1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

function runRow(size: number): Promise<Record<string, number>> {
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
  `${TEXT_CHARS / 1e6} M characters per run, best of ${RUNS}; the floor is re-measured with each row`,
);
const results: Array<Record<string, number>> = [];
for (const size of SIZES) {
  const row = await runRow(size);
  results.push(row);
  console.log(
    `${String(size).padStart(6)} aliases: factlens ${row.mbps} MB/s | regex ${row.regexMbps} (×${row.ratioVsRegex}) | ` +
      `ahocorasick ${row.ahoCorasickMbps} (×${row.ratioVsAhoCorasick}) | floor ${row.floorMbps} (×${row.ratioVsFloor}) | ` +
      `tables ${((row.tableBytes as number) / 2 ** 20).toFixed(2)} MiB, build ${row.buildMs} ms | ` +
      `mentions ${row.mentions} (regex ${row.regexMentions})`,
  );
}

console.log(JSON.stringify({ ...results.find((r) => r.aliases === 10_000), runs: results }));
