// One row of the Node benchmark: the matcher and its baselines on one alias set, side by side. Each
// row runs in its own worker thread (same process, fresh JavaScript heap), so what the JIT learned
// from one alias set does not colour the next: a tab, too, holds one matcher.

import { parentPort, workerData } from 'node:worker_threads';
import { compileMatcher, createMatcher, packMatcher, tableBytes, unpackMatcher } from '../src/core/match';
import { toBase64 } from '../src/core/match/base64';
import { npmAhoCorasick, regexAlternation, type Scanner } from './baselines';
import { newsAliases, newsText } from './news-text';
import { type Spread, spread } from './stats';

export interface RowInput {
  size: number;
  chars: number;
  runs: number;
}

export interface RowResult {
  aliases: number;
  /** Distinct names of the text among the aliases (the rest are names the text does not hold). */
  aliasesInText: number;
  mbps: Spread;
  regexMbps: Spread;
  ahoCorasickMbps: Spread;
  /** Medians of the per-round ratios: each round runs every scanner once, back to back. */
  ratioVsRegex: number;
  ratioVsAhoCorasick: number;
  tableBytes: number;
  wireBytes: number;
  buildMs: number;
  nodeLoadMs: number;
  regexBuildMs: number;
  ahoCorasickBuildMs: number;
  mentions: number;
  regexMentions: number;
}

const { size, chars, runs } = workerData as RowInput;

const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
};

const round = (x: number, digits = 1) => Number(x.toFixed(digits));
const roundSpread = (s: Spread): Spread => ({
  median: round(s.median),
  p10: round(s.p10),
  p90: round(s.p90),
  runs: s.runs,
});

/**
 * `runs` rounds after one warm-up; each round runs every scanner once, in turn, so a change in the
 * machine's load falls on all of them alike. MB/s over UTF-16 units (1 MB = 10^6 characters).
 */
function race(scanners: Scanner[], text: string): { mbps: number[][]; counts: number[] } {
  const counts = scanners.map((s) => s.count(text));
  const mbps: number[][] = scanners.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, scanner] of scanners.entries()) {
      const t = performance.now();
      counts[i] = scanner.count(text);
      mbps[i]?.push(text.length / 1e6 / ((performance.now() - t) / 1000));
    }
  }
  return { mbps, counts };
}

const news = newsText(chars);
const aliases = newsAliases(news.names, size);
const [compiled, buildMs] = timed(() => compileMatcher(aliases));
const wire = toBase64(packMatcher(compiled));
const [, loadMs] = timed(() => createMatcher(unpackMatcher(wire)));
const matcher = createMatcher(compiled);
const ours: Scanner = { name: 'factlens', count: (t) => matcher.scan(t).length };
const [regex, regexBuildMs] = timed(() => regexAlternation(aliases));
const [ac, acBuildMs] = timed(() => npmAhoCorasick(aliases));
const { mbps, counts } = race([ours, regex, ac], news.text);
const [oursMbps, regexMbps, acMbps] = mbps as [number[], number[], number[]];
const ratios = (other: number[]) => oursMbps.map((x, i) => x / (other[i] as number));

const result: RowResult = {
  aliases: size,
  aliasesInText: Math.min(size, news.names.length),
  mbps: roundSpread(spread(oursMbps)),
  regexMbps: roundSpread(spread(regexMbps)),
  ahoCorasickMbps: roundSpread(spread(acMbps)),
  ratioVsRegex: round(spread(ratios(regexMbps)).median, 2),
  ratioVsAhoCorasick: round(spread(ratios(acMbps)).median, 2),
  tableBytes: tableBytes(compiled),
  wireBytes: wire.length,
  buildMs: round(buildMs),
  nodeLoadMs: round(loadMs, 2),
  regexBuildMs: round(regexBuildMs),
  ahoCorasickBuildMs: round(acBuildMs),
  mentions: counts[0] as number,
  regexMentions: counts[1] as number,
};
parentPort?.postMessage(result);
