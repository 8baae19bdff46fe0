// What a worker wake costs at 1,000 and 10,000 real-like articles (real-like-articles.ts), before and
// after the dataset was packed: `npm run bench:dataset [sizes…]`.
//   before: dataset.json read, parsed, validated and indexed (what the worker did on every wake);
//   after:  the packed head read and checked, then one entity shard per card (packed-dataset.ts).
// Each run is a fresh worker thread (a fresh heap and a cold JIT, as in a restarted extension worker),
// before and after alternate in one process, and the figures are medians over the runs. Files are read
// from disk inside the timed part, the way the worker fetches them from the package.
// Compiling 10,000 articles takes many minutes, so each compiled dataset is kept in
// node_modules/.cache/factlens-bench under a hash of the compiler's and the generator's sources.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { DatasetCompiler } from '../src/core/dataset/compiler';
import { packDataset, shardFile } from '../src/core/dataset/packed-dataset';
import type { Dataset } from '../src/core/dataset/types';
import { validateDataset } from '../src/core/dataset/validate-dataset';
import type { RunInput, RunResult } from './dataset-run';
import { realLikeArticles } from './real-like-articles';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/factlens-bench');
const RUNS = Number(process.env.RUNS ?? 7);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10000];

/** Changes whenever the compiler, the dataset types or the generator change. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const dir = join(ROOT, 'src/core/dataset');
  // The packed form is not the compiler's: it is measured, not cached.
  for (const name of readdirSync(dir).sort())
    if (!name.startsWith('packed-')) hash.update(readFileSync(join(dir, name)));
  hash.update(readFileSync(join(ROOT, 'bench/real-like-articles.ts')));
  return hash.digest('hex').slice(0, 12);
}

function compiled(count: number): { datasetFile: string; textBytes: number } {
  const dir = join(CACHE, `dataset-${count}-${sourceHash()}`);
  const datasetFile = join(dir, 'dataset.json');
  const textFile = join(dir, 'text-bytes');
  if (!existsSync(datasetFile)) {
    const started = performance.now();
    const compiler = new DatasetCompiler();
    let textBytes = 0;
    for (const file of realLikeArticles(count)) {
      textBytes += Buffer.byteLength(file.text);
      compiler.add(file);
    }
    const dataset = compiler.finish();
    mkdirSync(dir, { recursive: true });
    writeFileSync(datasetFile, JSON.stringify(dataset));
    writeFileSync(textFile, String(textBytes));
    console.log(
      `compiled ${count} articles in ${((performance.now() - started) / 1000).toFixed(0)} s (kept)`,
    );
  }
  return { datasetFile, textBytes: Number(readFileSync(textFile, 'utf8')) };
}

/** The packed files next to dataset.json, as the build writes them into the package. */
function packed(datasetFile: string): { dir: string; bytes: number; gzip: number; headBytes: number } {
  const dir = join(datasetFile, '..', 'packed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'dataset'), { recursive: true });
  const dataset = validateDataset(JSON.parse(readFileSync(datasetFile, 'utf8'))) as Dataset;
  const { head, shards } = packDataset(dataset);
  const files: Array<[string, string]> = [
    ['dataset/head.json', JSON.stringify(head)],
    ...[...shards].map(([name, shard]) => [shardFile(name), JSON.stringify(shard)] as [string, string]),
  ];
  let bytes = 0;
  let gzip = 0;
  for (const [name, text] of files) {
    writeFileSync(join(dir, name), text);
    bytes += Buffer.byteLength(text);
    gzip += gzipSync(text).length;
  }
  return { dir, bytes, gzip, headBytes: Buffer.byteLength(files[0]?.[1] ?? '') };
}

function run(input: RunInput): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // The run is TypeScript too: the worker loads it through tsx, as node-bench.ts loads its rows.
    const file = new URL('./dataset-run.ts', import.meta.url).href;
    const loader = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(import.meta.url)}))`;
    const worker = new Worker(loader, { eval: true, workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));

const rows: string[] = [];
for (const count of SIZES) {
  const { datasetFile, textBytes } = compiled(count);
  const pack = packed(datasetFile);
  const jsonBytes = readFileSync(datasetFile).length;
  const jsonGzip = gzipSync(readFileSync(datasetFile)).length;
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as Dataset;
  // Each run asks for a different entity; both ways are asked for the same ones.
  const byFacts = new Map<string, number>();
  for (const f of dataset.facts) byFacts.set(f.entityId, (byFacts.get(f.entityId) ?? 0) + 1);
  const ranked = [...byFacts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const entityIds = Array.from(
    { length: RUNS },
    (_, i) => ranked[Math.floor((i * ranked.length) / RUNS)] ?? '',
  );
  const results: Record<'before' | 'after', RunResult[]> = { before: [], after: [] };
  for (let r = 0; r < RUNS; r++) {
    const entityId = entityIds[r] ?? '';
    for (const way of r % 2 ? (['after', 'before'] as const) : (['before', 'after'] as const)) {
      results[way].push(await run({ way, datasetFile, packedDir: pack.dir, entityId }));
    }
  }
  // The entity with the most facts, on its own: the largest card and the largest shard.
  const top = { before: [] as RunResult[], after: [] as RunResult[] };
  for (let r = 0; r < 3; r++)
    for (const way of ['before', 'after'] as const)
      top[way].push(await run({ way, datasetFile, packedDir: pack.dir, entityId: ranked[0] ?? '' }));
  const m = (way: 'before' | 'after', key: keyof RunResult, from = results) =>
    median(from[way].map((x) => x[key] as number));
  const ratio = (key: keyof RunResult) => (m('before', key) / m('after', key)).toFixed(0);
  rows.push(
    [
      `${count.toLocaleString('en')} articles (${dataset.entities.length.toLocaleString('en')} entities, ` +
        `${dataset.facts.length.toLocaleString('en')} facts, article text ${mb(textBytes)} MB):`,
      `  wake (load)            before ${ms(m('before', 'loadMs'))} ms   after ${ms(m('after', 'loadMs'))} ms   ×${ratio('loadMs')}`,
      `  first card after wake  before ${ms(m('before', 'loadMs') + m('before', 'cardMs'))} ms   after ${ms(m('after', 'loadMs') + m('after', 'cardMs'))} ms` +
        `   (card alone: ${ms(m('before', 'cardMs'))} vs ${ms(m('after', 'cardMs'))} ms)`,
      `  … entity with most facts  before ${ms(m('before', 'loadMs', top) + m('before', 'cardMs', top))} ms   after ${ms(m('after', 'loadMs', top) + m('after', 'cardMs', top))} ms`,
      `  worker heap after card before ${mb(m('before', 'heapBytes'))} MB   after ${mb(m('after', 'heapBytes'))} MB`,
      `  files                  dataset.json ${mb(jsonBytes)} MB (gzip ${mb(jsonGzip)})   packed ${mb(pack.bytes)} MB (gzip ${mb(pack.gzip)}), head ${mb(pack.headBytes)} MB`,
    ].join('\n'),
  );
  console.log(rows.at(-1));
}
console.log(`\nmedians of ${RUNS} runs each, before and after alternating in one process`);
