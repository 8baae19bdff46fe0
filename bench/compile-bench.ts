// One size of the dataset compiler benchmark, run in a process of its own by bench/compile.mjs: the
// streaming DatasetCompiler (add() per file in name order, then finish()) on `multiplier` times the
// base corpus of real-like articles (real-like-articles.ts). The caller starts Node with --expose-gc and
// --trace-gc: three young-generation collections requested through gc() ("testing" in the trace) mark
// where the add phase starts and ends and where finish() ends, so the parent can read the heap's peak
// in each phase off the trace (the heap is at its fullest just before a collection).
import { readFileSync, writeFileSync } from 'node:fs';
import { DatasetCompiler } from '../src/core/dataset/compiler';
import { syntheticArticles } from './generate-articles';
import { baseArticleCount, realLikeArticles } from './real-like-articles';

export interface CompileRun {
  multiplier: number;
  articles: number;
  /** UTF-8 bytes of the article files. */
  textBytes: number;
  addSeconds: number;
  finishSeconds: number;
  /** Generating the input (not part of add). */
  generateSeconds: number;
  rssStartBytes: number;
  rssPeakAddBytes: number;
  rssPeakBytes: number;
  heapStartBytes: number;
  heapAfterAddBytes: number;
  heapAfterFinishBytes: number;
  entities: number;
  facts: number;
  datasetJsonBytes: number;
}

const MB = 2 ** 20;

type Gc = (options?: { type?: 'major' | 'minor' }) => void;
const gc = (globalThis as { gc?: Gc }).gc;

/** Peak resident set size since the last reset (Linux: VmHWM; elsewhere the process's maxRSS). */
function peakRss(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** Linux only: makes the peak RSS the current RSS, so the warm-up's peak does not count. */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // elsewhere the peak includes start-up and warm-up
  }
}

/** A phase marker in the --trace-gc output: a young-generation collection with reason "testing". */
const mark = () => gc?.({ type: 'minor' });

export function runCompileBench(multiplier: number, log: (line: string) => void = console.error): CompileRun {
  if (!gc) throw new Error('run with node --expose-gc (bench/compile.mjs does)');
  const count = Math.round(baseArticleCount() * multiplier);
  // Warm-up on other text (the synthetic articles' invented words): the JIT compiles the compiler's code,
  // while the lexicon's per-word memo learns next to nothing of the measured corpus's vocabulary.
  const warm = new DatasetCompiler();
  for (const file of syntheticArticles(300, 99)) warm.add(file);
  warm.finish();

  const files = realLikeArticles(count);
  gc();
  gc();
  resetPeakRss();
  const rssStartBytes = process.memoryUsage.rss();
  const heapStartBytes = process.memoryUsage().heapUsed;
  mark();

  const compiler = new DatasetCompiler();
  let addMs = 0;
  let generateMs = 0;
  let textBytes = 0;
  let articles = 0;
  const every = Math.max(1, Math.round(count / 10));
  for (;;) {
    const t0 = performance.now();
    const next = files.next();
    const t1 = performance.now();
    generateMs += t1 - t0;
    if (next.done) break;
    textBytes += Buffer.byteLength(next.value.text);
    const t2 = performance.now();
    articles += compiler.add(next.value).length;
    addMs += performance.now() - t2;
    if (articles % every === 0 && count >= 1000) {
      const heap = (process.memoryUsage().heapUsed / MB).toFixed(0);
      log(
        `  ${multiplier}x: added ${articles}/${count}, add ${(addMs / 1000).toFixed(1)} s, heap ${heap} MB`,
      );
    }
  }
  mark();
  const rssPeakAddBytes = peakRss();
  const heapAfterAddBytes = process.memoryUsage().heapUsed;

  const t3 = performance.now();
  const dataset = compiler.finish();
  const finishMs = performance.now() - t3;
  mark();
  const rssPeakBytes = peakRss();
  const heapAfterFinishBytes = process.memoryUsage().heapUsed;

  return {
    multiplier,
    articles,
    textBytes,
    addSeconds: addMs / 1000,
    finishSeconds: finishMs / 1000,
    generateSeconds: generateMs / 1000,
    rssStartBytes,
    rssPeakAddBytes,
    rssPeakBytes,
    heapStartBytes,
    heapAfterAddBytes,
    heapAfterFinishBytes,
    entities: dataset.entities.length,
    facts: dataset.facts.length,
    datasetJsonBytes: Buffer.byteLength(JSON.stringify(dataset)),
  };
}
