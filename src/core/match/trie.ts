// A read-only character trie in flat typed arrays (CSR layout): per node the range of its edges,
// per edge the code unit and the child. Built once from sorted keys; no per-node objects, so
// 50,000 aliases cost a few megabytes and the walk touches only contiguous memory.

export interface CompactTrie {
  /** Child of node reached over code unit `code`, or -1. The root is node 0. */
  child(node: number, code: number): number;
  /** Index into the sorted key list of the first key ending at node, or -1 when none does. */
  terminalStart(node: number): number;
  /** How many keys end at node (keys with the same folded form share a node). */
  terminalCount(node: number): number;
  readonly nodeCount: number;
}

// Above this fan-out binary search beats a linear scan of the edge codes.
const LINEAR_LIMIT = 8;

/**
 * Builds the trie from keys already sorted by UTF-16 code units (Array.prototype.sort's default).
 * Keys sharing a prefix are then contiguous, so each node's children are found by one pass over
 * its key range and written as one contiguous edge block.
 */
export function buildTrie(sortedKeys: readonly string[]): CompactTrie {
  const edgeStartList: number[] = [];
  const edgeEndList: number[] = [];
  const edgeCodes: number[] = [];
  const edgeChildren: number[] = [];
  const termStartList: number[] = [];
  const termCountList: number[] = [];
  // Every per-node list gets its slot when the id is handed out, so the arrays never have holes.
  const addNode = () => {
    edgeStartList.push(0);
    edgeEndList.push(0);
    termStartList.push(-1);
    termCountList.push(0);
  };
  addNode();
  // Node ids are handed out when the parent's edges are written; work items carry them.
  const stack: Array<{ node: number; lo: number; hi: number; depth: number }> = [];
  let nodeCount = 1;
  stack.push({ node: 0, lo: 0, hi: sortedKeys.length, depth: 0 });
  const pending: Array<{ node: number; lo: number; hi: number; depth: number }> = [];

  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    const { node, hi, depth } = item;
    let lo = item.lo;
    const termStart = lo;
    while (lo < hi && (sortedKeys[lo] as string).length === depth) lo++;
    termStartList[node] = lo > termStart ? termStart : -1;
    termCountList[node] = lo - termStart;
    edgeStartList[node] = edgeCodes.length;
    pending.length = 0;
    let i = lo;
    while (i < hi) {
      const code = (sortedKeys[i] as string).charCodeAt(depth);
      let j = i + 1;
      while (j < hi && (sortedKeys[j] as string).charCodeAt(depth) === code) j++;
      const childId = nodeCount++;
      addNode();
      edgeCodes.push(code);
      edgeChildren.push(childId);
      pending.push({ node: childId, lo: i, hi: j, depth: depth + 1 });
      i = j;
    }
    edgeEndList[node] = edgeCodes.length;
    for (let k = pending.length - 1; k >= 0; k--) stack.push(pending[k] as (typeof pending)[number]);
  }

  const edgeStart = Int32Array.from(edgeStartList);
  const edgeEnd = Int32Array.from(edgeEndList);
  const codes = Uint16Array.from(edgeCodes);
  const children = Int32Array.from(edgeChildren);
  const termStarts = Int32Array.from(termStartList);
  const termCounts = Int32Array.from(termCountList);

  return {
    nodeCount,
    child(node, code) {
      let lo = edgeStart[node] as number;
      let hi = edgeEnd[node] as number;
      if (hi - lo <= LINEAR_LIMIT) {
        for (; lo < hi; lo++) if (codes[lo] === code) return children[lo] as number;
        return -1;
      }
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = codes[mid] as number;
        if (c === code) return children[mid] as number;
        if (c < code) lo = mid + 1;
        else hi = mid;
      }
      return -1;
    },
    terminalStart: (node) => termStarts[node] as number,
    terminalCount: (node) => termCounts[node] as number,
  };
}
