// One row of the Node benchmark: the matcher and its baselines on one alias set, side by side. Each
// row runs in its own worker thread (same process, fresh JavaScript heap), so what the JIT learned
// from one alias set does not colour the next: a tab, too, holds one matcher.

import { parentPort, workerData } from 'node:worker_threads';
import { compileMatcher, createMatcher, packMatcher, tableBytes, unpackMatcher } from '../src/core/match';
import { toBase64 } from '../src/core/match/base64';
import { generateAliases } from './aliases';
import { charCodeAtLoop, npmAhoCorasick, regexAlternation, type Scanner } from './baselines';
import { generateText } from './corpus';

export interface RowInput {
  size: number;
  chars: number;
  runs: number;
}

const { size, chars, runs } = workerData as RowInput;

/** Best of `runs` after one warm-up: MB/s over UTF-16 units (1 MB = 10^6 characters). */
function speed(scanner: Scanner, text: string): { mbps: number; count: number } {
  let count = scanner.count(text);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    count = scanner.count(text);
    best = Math.min(best, performance.now() - t);
  }
  return { mbps: text.length / 1e6 / (best / 1000), count };
}

const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
};

const round = (x: number, digits = 1) => Number(x.toFixed(digits));

const aliases = generateAliases(size);
const text = generateText({ chars, aliases });
const [compiled, buildMs] = timed(() => compileMatcher(aliases));
const wire = toBase64(packMatcher(compiled));
const [, loadMs] = timed(() => createMatcher(unpackMatcher(wire)));
const matcher = createMatcher(compiled);
const ours = speed({ name: 'factlens', count: (t) => matcher.scan(t).length }, text);
const [regexScanner, regexBuildMs] = timed(() => regexAlternation(aliases));
const regex = speed(regexScanner, text);
const [acScanner, acBuildMs] = timed(() => npmAhoCorasick(aliases));
const ac = speed(acScanner, text);
// Measured last, on the same text: machine load drifts, and ratios should compare like with like.
const floor = speed(charCodeAtLoop, text).mbps;

parentPort?.postMessage({
  aliases: size,
  mbps: round(ours.mbps),
  regexMbps: round(regex.mbps),
  ahoCorasickMbps: round(ac.mbps),
  floorMbps: round(floor),
  ratioVsRegex: round(ours.mbps / regex.mbps, 2),
  ratioVsAhoCorasick: round(ours.mbps / ac.mbps, 2),
  ratioVsFloor: round(ours.mbps / floor, 2),
  tableBytes: tableBytes(compiled),
  wireBytes: wire.length,
  buildMs: round(buildMs),
  nodeLoadMs: round(loadMs, 2),
  regexBuildMs: round(regexBuildMs),
  ahoCorasickBuildMs: round(acBuildMs),
  mentions: ours.count,
  regexMentions: regex.count,
});
