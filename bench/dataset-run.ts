// One run of bench/dataset-bench.ts in a worker thread of its own: a worker wake, then one card.
//   before: dataset.json read, parsed, validated and indexed, then entityCard (the former wake);
//   after:  head.json read and checked, then the card through the packed reader (one shard read).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { shardFile } from '../src/core/dataset/packed-dataset';
import { checkHead, createPackedReader } from '../src/core/dataset/packed-reader';
import { validateDataset } from '../src/core/dataset/validate-dataset';
import { entityCard, indexDataset } from '../src/core/query/dataset-index';

export interface RunInput {
  way: 'before' | 'after';
  datasetFile: string;
  packedDir: string;
  entityId: string;
}

export interface RunResult {
  loadMs: number;
  cardMs: number;
  /** Heap in use after a full collection, with the loaded data and the card still held. */
  heapBytes: number;
  facts: number;
}

const { way, datasetFile, packedDir, entityId } = workerData as RunInput;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

gc();
const heapStart = process.memoryUsage().heapUsed;
let held: unknown;
let loadMs: number;
let cardMs: number;
let facts = 0;
if (way === 'before') {
  let t = performance.now();
  const index = indexDataset(validateDataset(JSON.parse(readFileSync(datasetFile, 'utf8'))));
  loadMs = performance.now() - t;
  t = performance.now();
  const card = entityCard(index, entityId);
  cardMs = performance.now() - t;
  facts = card?.facts.length ?? 0;
  held = [index, card];
} else {
  let t = performance.now();
  const head = checkHead(JSON.parse(readFileSync(join(packedDir, 'dataset/head.json'), 'utf8')));
  const reader = createPackedReader(head, async (name) =>
    JSON.parse(readFileSync(join(packedDir, shardFile(name)), 'utf8')),
  );
  loadMs = performance.now() - t;
  t = performance.now();
  const card = await reader.card(entityId);
  cardMs = performance.now() - t;
  facts = card?.facts.length ?? 0;
  held = [reader, card];
}
gc();
const heapBytes = process.memoryUsage().heapUsed - heapStart;
if (!held || facts === 0) throw new Error(`no card for ${entityId}`);
parentPort?.postMessage({ loadMs, cardMs, heapBytes, facts } satisfies RunResult);
