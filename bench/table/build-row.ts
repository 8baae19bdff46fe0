// One build row of `npm run bench`, in a Node process of its own (so one size's memory does not count
// in the next, and a size over its time budget can be stopped): the dataset compiler's public API
// (add() per article file, then finish()) on `count` real-like articles. Prints one JSON line.
//   node --import tsx bench/table/build-row.ts <count>

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { searchIndexAssets } from '../../scripts/search-index-asset';
import { DatasetCompiler } from '../../src/core/dataset/compiler';
import { packDataset } from '../../src/core/dataset/packed-dataset';
import { packDatasetMatcher } from '../../src/core/match/dataset-matcher';
import { realLikeArticles } from '../real-like-articles';

export interface BuildRow {
  articles: number;
  /** UTF-8 bytes of the article files. */
  textBytes: number;
  buildSeconds: number;
  /** Peak resident set size of the process (Linux VmHWM). */
  peakRssBytes: number;
  entities: number;
  /** The compiled dataset as the build writes it (JSON), and gzipped. */
  datasetBytes: number;
  datasetGzipBytes: number;
  /** What the extension ships or stores for it: the packed head and shards… */
  packedBytes: number;
  /** …plus the persisted search index, and all of it gzipped file by file (as a zip holds it). */
  searchIndexBytes: number;
  shippedGzipBytes: number;
  /** The packed matcher (matcher.bin) every tab is sent, before its base64. */
  matcherBytes: number;
}

function peakRss(): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : process.resourceUsage().maxRSS * 1024;
}

const count = Number(process.argv[2]);
// The input is generated up front, so the build's time is the compiler's alone.
const files = [...realLikeArticles(count)];
const textBytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
const t = performance.now();
const compiler = new DatasetCompiler();
for (const file of files) compiler.add(file);
const dataset = compiler.finish();
const buildSeconds = (performance.now() - t) / 1000;
const json = Buffer.from(JSON.stringify(dataset));
const { head, shards } = packDataset(dataset);
const packed = [JSON.stringify(head), ...[...shards].map(([, shard]) => JSON.stringify(shard))].map((file) =>
  Buffer.from(file),
);
const searchIndex = searchIndexAssets(dataset).map((file) => Buffer.from(file.source));
const row: BuildRow = {
  articles: count,
  textBytes,
  buildSeconds,
  peakRssBytes: peakRss(),
  entities: dataset.entities.length,
  datasetBytes: json.length,
  datasetGzipBytes: gzipSync(json).length,
  packedBytes: packed.reduce((sum, b) => sum + b.length, 0),
  searchIndexBytes: searchIndex.reduce((sum, b) => sum + b.length, 0),
  shippedGzipBytes: [...packed, ...searchIndex].reduce((sum, b) => sum + gzipSync(b).length, 0),
  // After the timed build: the matcher is compiled by the build's matcher plugin, not the compiler.
  matcherBytes: packDatasetMatcher(dataset).length,
};
console.log(JSON.stringify(row));
