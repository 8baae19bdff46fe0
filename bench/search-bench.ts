// Search benchmark: the popup's own sharded index (search-sharded-row.ts) beside MiniSearch (its own
// toJSON/loadJSON, the popup's engine before), FlexSearch (export/import) and Orama (save/load) on the
// same documents — the popup's entities, facts and articles of 1,000 and 10,000
// compiled real-like articles — side by side in one run. Each library and size runs in a process of its
// own (search-row.ts) so its heap is its own. Prints a table, the bundle size each library adds
// (minified, gzipped), and as its last line one JSON object with every row.
// Sizes: SEARCH_BENCH_SIZES=1000,10000 (the default).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { SearchRow } from './search-row';
import type { ShardedRow } from './search-sharded-row';

const SIZES = (process.env.SEARCH_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const ENGINES = (process.env.SEARCH_BENCH_ENGINES ?? 'minisearch,flexsearch,orama').split(',');
const here = (file: string) => new URL(file, import.meta.url).pathname;
const tsx = ['--import', 'tsx'];

const MB = 2 ** 20;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

async function bundleBytes(source: string): Promise<{ min: number; gzip: number }> {
  const out = await build({
    stdin: { contents: source, resolveDir: here('.'), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  const code = out.outputFiles[0]?.contents ?? new Uint8Array();
  return { min: code.length, gzip: gzipSync(code).length };
}

const rows: SearchRow[] = [];
const sharded: ShardedRow[] = [];
/** The popup's own index (search-sharded-row.ts) on the same dataset, in a process of its own. */
function shardedRow(size: number, datasetFile: string): ShardedRow {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=6144',
      ...tsx,
      here('./search-sharded-row.ts'),
      String(size),
      datasetFile,
    ],
    { encoding: 'utf8', maxBuffer: 16 * MB, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as ShardedRow;
}
const failures: Array<{ engine: string; articles: number; reason: string }> = [];
for (const size of SIZES) {
  const datasetFile = join(tmpdir(), `factlens-search-bench-${size}.json`);
  if (!existsSync(datasetFile)) {
    console.error(`compiling ${size} real-like articles…`);
    execFileSync(process.execPath, [...tsx, here('./search-dataset.ts'), String(size), datasetFile], {
      stdio: 'inherit',
    });
  }
  const own = shardedRow(size, datasetFile);
  sharded.push(own);
  const mini = () => rows.find((r) => r.articles === size && r.engine.startsWith('MiniSearch'));
  console.log(
    `${String(size).padStart(6)} articles (${own.docs} docs, ${own.terms} terms) ${own.engine.padEnd(15)} build ${own.buildMs} ms | ` +
      `head ${mb(own.headBytes)} of ${mb(own.allBytes)} (${mb(own.gzipBytes)} gzipped files, ${own.postingShards} posting + ${own.docShards} document shards) | ` +
      `wake ${own.wakeMs} ms, cold first search ${own.coldFirstSearchMs} ms | heap ${mb(own.heapHeadBytes)} head, ${mb(own.heapWarmBytes)} warm | ` +
      `popup search() ${own.popupSearch.p50}/${own.popupSearch.p95} | ${own.nameHits} results per name`,
  );
  for (const engine of ENGINES) {
    let out: string;
    try {
      out = execFileSync(
        process.execPath,
        [
          '--expose-gc',
          '--max-old-space-size=6144',
          ...tsx,
          here('./search-row.ts'),
          engine,
          String(size),
          datasetFile,
        ],
        { encoding: 'utf8', maxBuffer: 16 * MB, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      // A library that cannot index or serialise this size is a result too (FlexSearch's export at
      // 10,000 articles is longer than the longest string V8 can make).
      const stderr = String((error as { stderr?: unknown }).stderr ?? error);
      const reason = /\w*Error: [^\n]*/.exec(stderr)?.[0] ?? 'failed';
      failures.push({ engine, articles: size, reason });
      console.log(`${String(size).padStart(6)} articles ${engine.padEnd(15)} failed: ${reason}`);
      continue;
    }
    const row = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as SearchRow;
    rows.push(row);
    if (row.engine.startsWith('MiniSearch') && row.popupSearch) {
      // Side by side, same dataset and queries: the popup's index now against MiniSearch loaded whole.
      const m = mini() as SearchRow;
      console.log(
        `${String(size).padStart(6)} articles  first search after a wake: MiniSearch load ${m.loadMs} ms + search vs ` +
          `sharded ${own.coldFirstSearchMs} ms (${(m.loadMs / own.coldFirstSearchMs).toFixed(0)}× sooner) | ` +
          `warm popup search() p50/p95 ${m.popupSearch?.p50}/${m.popupSearch?.p95} vs ${own.popupSearch.p50}/${own.popupSearch.p95} ms | ` +
          `heap ${mb(m.heapLoadedBytes)} vs ${mb(own.heapWarmBytes)}`,
      );
    }
    const l = row.latency;
    console.log(
      `${String(size).padStart(6)} articles (${row.docs} docs) ${row.engine.padEnd(15)} build ${row.buildMs} ms | ` +
        `index ${mb(row.bytes)} (${mb(row.gzipBytes)} gzipped) | load ${row.loadMs} ms | ` +
        `heap ${mb(row.heapLoadedBytes)} loaded, ${mb(row.heapBuiltBytes)} built | ` +
        `query p50/p95 ms: all ${l.all.p50}/${l.all.p95}, name ${l.name.p50}/${l.name.p95}, ` +
        `keystroke ${l.keystroke.p50}/${l.keystroke.p95}, fact word ${l['fact word'].p50}/${l['fact word'].p95}` +
        (row.popupSearch ? ` | popup search() ${row.popupSearch.p50}/${row.popupSearch.p95}` : '') +
        ` | ${row.nameHits} hits per name`,
    );
  }
}

const bundles = {
  minisearch: await bundleBytes(`export { default } from 'minisearch';`),
  flexsearch: await bundleBytes(`export { Document } from 'flexsearch';`),
  orama: await bundleBytes(`export { create, insertMultiple, search, save, load } from '@orama/orama';`),
};
for (const [name, b] of Object.entries(bundles))
  console.log(
    `bundle ${name}: ${(b.min / 1024).toFixed(1)} KB minified, ${(b.gzip / 1024).toFixed(1)} KB gzipped`,
  );
console.log(JSON.stringify({ sharded, rows, failures, bundles }));
