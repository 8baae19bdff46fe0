// Builds the alias trie as flat arrays (CSR layout): per node one offset into the edge list, per edge
// a symbol. Nodes are numbered breadth-first, so node n's edges directly follow node n-1's, and the
// child over edge e is node e + 1 (every node but the root is created by exactly one edge, in edge
// order): no child array at all. No per-node objects: 50,000 aliases cost a few megabytes.

export interface TrieArrays {
  edgeStart: Int32Array;
  edgeSym: Uint16Array;
  termFirst: Int32Array;
  /**
   * Per node, where its tail starts in `tail`, or -1. A node below which only one key goes on (the
   * key is no longer shared with any other) gets no children: the rest of the key is its tail, and
   * its termFirst is the entry at the tail's end. Most of a large alias set's nodes were such chains.
   */
  tailStart: Int32Array;
  /** The tails' symbols, each tail ended by a 0 (no symbol is 0). */
  tail: Uint16Array;
}

/**
 * keys must be sorted by UTF-16 code units, so keys sharing a prefix are contiguous; symbols must be
 * numbered in code order, so each node's edges come out sorted for binary search.
 */
export function buildTrie(keys: readonly string[], symbolOf: ReadonlyMap<number, number>): TrieArrays {
  // Work items are the key ranges [lo, hi) below one node at one depth, in node order.
  const los: number[] = [0];
  const his: number[] = [keys.length];
  const depths: number[] = [0];
  const edgeStart: number[] = [];
  const edgeSym: number[] = [];
  const termFirst: number[] = [];
  const tailStart: number[] = [];
  const tail: number[] = [];
  for (let node = 0; node < los.length; node++) {
    let lo = los[node] as number;
    const hi = his[node] as number;
    const depth = depths[node] as number;
    const first = lo;
    edgeStart.push(edgeSym.length);
    const key = keys[lo] as string;
    // One key (maybe several entries with it) going on past this node: the rest is a tail. Not at
    // the root, where every scan starts in the double array.
    if (depth > 0 && key.length > depth && key === keys[hi - 1]) {
      termFirst.push(first);
      tailStart.push(tail.length);
      for (let k = depth; k < key.length; k++) tail.push(symbolOf.get(key.charCodeAt(k)) as number);
      tail.push(0);
      continue;
    }
    tailStart.push(-1);
    while (lo < hi && (keys[lo] as string).length === depth) lo++;
    termFirst.push(lo > first ? first : -1);
    while (lo < hi) {
      const code = (keys[lo] as string).charCodeAt(depth);
      let next = lo + 1;
      while (next < hi && (keys[next] as string).charCodeAt(depth) === code) next++;
      edgeSym.push(symbolOf.get(code) as number);
      los.push(lo);
      his.push(next);
      depths.push(depth + 1);
      lo = next;
    }
  }
  edgeStart.push(edgeSym.length);
  return {
    edgeStart: Int32Array.from(edgeStart),
    edgeSym: Uint16Array.from(edgeSym),
    termFirst: Int32Array.from(termFirst),
    tailStart: Int32Array.from(tailStart),
    tail: Uint16Array.from(tail),
  };
}
