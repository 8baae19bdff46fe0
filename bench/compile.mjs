// The dataset compiler benchmark on real-like articles (bench/real-like-articles.ts): 1x is as many
// articles as wikigold has documents (145, about 200 KB), and each size runs in a Node process of its
// own, so one size's memory does not count in the next. TypeScript loads through tsx.
//   node bench/compile.mjs [multipliers]     (npm run bench:compile: 1,10,100)
//   npm run bench:compile -- 1,10            (any comma- or space-separated list)
// Linearity is time(Nx)/time(base) divided by N/base, base being the smallest size: 1.00 is linear and
// above 1.10 (10x the articles taking more than 11x the time) is flagged.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MB = 2 ** 20;
const LINEAR_ENOUGH = 1.1;
/** Sizes that compile in less than this are run SHORT_REPEATS times, each in a new process. */
const SHORT_SECONDS = 5;
const SHORT_REPEATS = 5;

async function child(multiplier) {
  const { runCompileBench } = await import('./compile-bench.ts');
  const run = runCompileBench(multiplier);
  await new Promise((resolve) => process.send(run, resolve));
  process.exit(0);
}

/** Runs one size in its own process and reads the heap's peaks per phase off its --trace-gc output. */
function runSize(multiplier) {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', String(multiplier)], {
      // tsx loads the TypeScript (its esbuild runs in a process of its own, so it adds little to this
      // one's memory; Vite's module runner added about 70 MB of RSS).
      execArgv: ['--import', 'tsx', '--expose-gc', '--trace-gc'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    let trace = '';
    let result;
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk) => {
      trace += chunk;
    });
    proc.on('message', (message) => {
      result = message;
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0 || !result)
        reject(new Error(`${multiplier}x: the benchmark process exited with ${code}`));
      else resolve({ ...result, ...gcPhases(trace) });
    });
  });
}

const GC_LINE =
  /^\[\d+:0x[\da-f]+\]\s+[\d.]+ ms: ([A-Za-z() -]+?) ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB, ([\d.]+) \/ [\d.]+ ms(?: +\(\+ ([\d.]+) ms in \d+ steps)?.*$/;

/**
 * Between the markers (young-generation collections for "testing"): the heap's peak, which is its size just
 * before a collection or at a marker, and the main thread's time in collections, per phase.
 */
function gcPhases(trace) {
  const phases = [];
  let current;
  for (const line of trace.split('\n')) {
    const m = GC_LINE.exec(line);
    if (!m) continue;
    const [, kind, before, pause, steps] = m;
    const heap = Number(before) * MB;
    const isMarker = kind === 'Scavenge' && line.includes(' testing;');
    if (current) {
      current.peakHeapBytes = Math.max(current.peakHeapBytes, heap);
      if (!isMarker) current.gcSeconds += (Number(pause) + Number(steps ?? 0)) / 1000;
    }
    if (isMarker) {
      current = { peakHeapBytes: heap, gcSeconds: 0 };
      phases.push(current);
    }
  }
  // Markers: start, end of add(), end of finish(); the phase after the last one is not measured.
  const [add, finish] = phases;
  if (!add || !finish) throw new Error('no phase markers in the --trace-gc output');
  return {
    peakHeapAddBytes: add.peakHeapBytes,
    peakHeapFinishBytes: finish.peakHeapBytes,
    gcAddSeconds: add.gcSeconds,
    gcFinishSeconds: finish.gcSeconds,
  };
}

async function parent(list) {
  const multipliers = [
    ...new Set(
      list
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  if (multipliers.length === 0 || multipliers.some((m) => !(m > 0))) {
    console.error(`bench:compile: multipliers must be positive numbers, got "${list}"`);
    process.exit(2);
  }
  console.log(
    `Dataset compiler on real-like articles (wikigold prose, generated names): ${multipliers.map((m) => `${m}x`).join(', ')}`,
  );
  const runs = [];
  for (const multiplier of multipliers) {
    // A short run swings by a third between processes (JIT, GC timing): those are repeated and the run
    // with the median time is the one reported (and the one the linearity is taken from).
    const tries = [await runSize(multiplier)];
    while (total(tries[0]) < SHORT_SECONDS && tries.length < SHORT_REPEATS)
      tries.push(await runSize(multiplier));
    const sorted = [...tries].sort((a, b) => total(a) - total(b));
    const run = { ...sorted[Math.floor(sorted.length / 2)], tries: sorted.map(total) };
    runs.push(run);
    report(run);
  }
  console.log('');
  table(runs);
  if (runs.length > 1) linearity(runs);
}

const fixed = (n, digits = 2) => n.toFixed(digits);
const mb = (bytes) => (bytes / MB).toFixed(0);
const total = (run) => run.addSeconds + run.finishSeconds;

function report(run) {
  const kb = run.textBytes / 1024;
  console.log(
    `${run.multiplier}x: ${run.articles} articles, ${kb.toFixed(0)} KB; add ${fixed(run.addSeconds)} s ` +
      `(GC ${fixed(run.gcAddSeconds)} s), finish ${fixed(run.finishSeconds)} s (GC ${fixed(run.gcFinishSeconds)} s), ` +
      `${(kb / total(run)).toFixed(0)} KB/s; RSS ${mb(run.rssStartBytes)} MB at start, peak ${mb(run.rssPeakAddBytes)} MB ` +
      `in add, ${mb(run.rssPeakBytes)} MB in all; heap ${mb(run.heapStartBytes)} MB at start, peak ` +
      `${mb(run.peakHeapAddBytes)} MB in add, ${mb(run.peakHeapFinishBytes)} MB in finish, ` +
      `${mb(run.heapAfterFinishBytes)} MB after; ${run.entities} entities, ${run.facts} facts, ` +
      `dataset.json ${mb(run.datasetJsonBytes)} MB; input generated in ${fixed(run.generateSeconds)} s (not counted)` +
      (run.tries.length > 1
        ? `; median of ${run.tries.length} runs (${run.tries.map((t) => fixed(t)).join(', ')} s)`
        : ''),
  );
}

function table(runs) {
  const rows = [
    [
      'size',
      'articles',
      'text KB',
      'add s',
      'finish s',
      'total s',
      'KB/s',
      'peak RSS MB',
      '(+start)',
      'peak heap MB',
      '(+start)',
    ],
    ...runs.map((run) => [
      `${run.multiplier}x`,
      String(run.articles),
      (run.textBytes / 1024).toFixed(0),
      fixed(run.addSeconds),
      fixed(run.finishSeconds),
      fixed(total(run)),
      (run.textBytes / 1024 / total(run)).toFixed(0),
      mb(run.rssPeakBytes),
      `+${mb(run.rssPeakBytes - run.rssStartBytes)}`,
      mb(Math.max(run.peakHeapAddBytes, run.peakHeapFinishBytes)),
      `+${mb(Math.max(run.peakHeapAddBytes, run.peakHeapFinishBytes) - run.heapStartBytes)}`,
    ]),
  ];
  print(rows);
  console.log(
    '(+start: above the process at the start of add(): Node, tsx, the compiler with its lexicon, the wikigold text)',
  );
}

function linearity(runs) {
  const [base] = runs;
  console.log('');
  console.log(
    `Linearity: (time / time at ${base.multiplier}x) / (articles / articles at ${base.multiplier}x); 1.00 is linear`,
  );
  const rows = [['size', 'add', 'finish', 'total', '']];
  for (const run of runs.slice(1)) {
    const size = run.articles / base.articles;
    const phases = [(r) => r.addSeconds, (r) => r.finishSeconds, total].map(
      (pick) => pick(run) / pick(base) / size,
    );
    const over = ['add', 'finish', 'total'].filter((_, i) => phases[i] > LINEAR_ENOUGH);
    rows.push([
      `${run.multiplier}x/${base.multiplier}x`,
      ...phases.map((ratio) => fixed(ratio)),
      over.length === 0 ? 'ok' : `NOT LINEAR: ${over.join(', ')} > ${LINEAR_ENOUGH}`,
    ]);
  }
  print(rows);
}

function print(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  ')
        .trimEnd(),
    );
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]));
else await parent(process.argv.slice(2).join(',') || '1,10,100');
