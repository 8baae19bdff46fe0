// The benchmarks' seeded randomness, so every run generates the same input. (Benchmark text is
// news-like, see news-text.ts: lower-case filler with every capital a name flattered the matcher.)

/** A small seeded PRNG (mulberry32-style mixing), so every run generates the same text. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
