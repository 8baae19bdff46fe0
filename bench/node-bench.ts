// Node benchmark: the matcher against a regex alternation, the npm Aho-Corasick package and a bare
// charCodeAt loop, on one generated 5 MB text, side by side in one process. Prints a table, then as
// its last line one JSON object with the figures of the 10,000-alias run.

import { compileMatcher, createMatcher, packMatcher, tableBytes, unpackMatcher } from '../src/core/match';
import { toBase64 } from '../src/core/match/base64';
import { generateAliases } from './aliases';
import { charCodeAtLoop, npmAhoCorasick, regexAlternation, type Scanner } from './baselines';
import { generateText } from './corpus';

const TEXT_CHARS = 5_000_000;
const SIZES = [100, 1_000, 10_000, 50_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Best of RUNS after one warm-up: MB/s over UTF-16 units (1 MB = 10^6 characters). */
function speed(scanner: Scanner, text: string): { mbps: number; count: number } {
  let count = scanner.count(text);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < RUNS; r++) {
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
const results: Array<Record<string, number>> = [];
console.log(
  `${TEXT_CHARS / 1e6} M characters per run, best of ${RUNS}; the floor is re-measured with each row`,
);

for (const size of SIZES) {
  const aliases = generateAliases(size);
  const text = generateText({ chars: TEXT_CHARS, aliases });
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
  const row = {
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
    tabLoadMs: round(loadMs, 2),
    regexBuildMs: round(regexBuildMs),
    ahoCorasickBuildMs: round(acBuildMs),
    mentions: ours.count,
    regexMentions: regex.count,
  };
  results.push(row);
  console.log(
    `${String(size).padStart(6)} aliases: factlens ${row.mbps} MB/s | regex ${row.regexMbps} (×${row.ratioVsRegex}) | ` +
      `ahocorasick ${row.ahoCorasickMbps} (×${row.ratioVsAhoCorasick}) | floor ×${row.ratioVsFloor} | ` +
      `tables ${(row.tableBytes / 2 ** 20).toFixed(2)} MiB, build ${row.buildMs} ms, tab load ${row.tabLoadMs} ms | ` +
      `mentions ${row.mentions} (regex ${row.regexMentions})`,
  );
}

console.log(JSON.stringify({ ...results.find((r) => r.aliases === 10_000), runs: results }));
