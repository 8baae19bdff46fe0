// Lays the alias trie out as a double array: one transition is two array reads (base[node] + symbol
// gives the child's slot, check[slot] confirms the parent), whatever the node's fan-out. The linked
// (CSR) layout needed a search over a node's edges at every step, and the scan takes a few steps at
// every capital letter of a page.

import type { TrieArrays } from './trie';

/**
 * Three numbers per slot, side by side so one step touches one cache line (at 50,000 aliases the
 * arrays are megabytes, and the scan's steps land all over them):
 * BASE, the offset its children's slots are counted from (child = base + symbol); negative on a
 * node with a tail (trie.ts): -1 - where the tail starts;
 * CHECK, the slot of its parent, or -1 for a free slot (slot 0 is the root);
 * TERM, the first entry whose key ends there (for a tail, at the tail's end), or -1.
 */
export const STRIDE = 3;
export const BASE = 0;
export const CHECK = 1;
export const TERM = 2;

// A free slot that this many nodes have looked at and could not use is given up (left empty for
// good): otherwise one awkward hole near the front makes every later placement scan past it.
const GIVE_UP_AFTER = 16;

/** symbols: one more than the largest symbol, so every base + symbol read stays inside the arrays. */
export function toDoubleArray(trie: TrieArrays, symbols: number): Int32Array {
  const { edgeStart, edgeSym, termFirst, tailStart } = trie;
  const nodes = termFirst.length;
  const slots = new Slots(nodes + symbols + 1);
  const slotOf = new Int32Array(nodes);
  slots.take(0);
  let top = 0;
  let maxBase = 0;
  // Nodes in breadth-first order: a parent always has its slot before its children are placed.
  for (let node = 0; node < nodes; node++) {
    const slot = slotOf[node] as number;
    slots.term[slot] = termFirst[node] as number;
    const tail = tailStart[node] as number;
    if (tail >= 0) slots.base[slot] = -1 - tail;
    const from = edgeStart[node] as number;
    const to = edgeStart[node + 1] as number;
    if (from === to) continue;
    const first = edgeSym[from] as number;
    // Candidate bases put the first child on a free slot, walking the free list from its head.
    let base = 0;
    for (let free = slots.head(); ; ) {
      base = free - first;
      if (base >= 1 && slots.fits(base, edgeSym, from, to)) break;
      free = slots.passOver(free);
    }
    slots.base[slot] = base;
    if (base > maxBase) maxBase = base;
    for (let e = from; e < to; e++) {
      const child = base + (edgeSym[e] as number);
      slots.take(child);
      slots.check[child] = slot;
      slotOf[e + 1] = child;
      if (child > top) top = child;
    }
  }
  // Every base + symbol read must land inside the arrays: keep the largest base's full row.
  const length = Math.max(top, maxBase + symbols) + 1;
  slots.ensure(length);
  const out = new Int32Array(length * STRIDE);
  for (let s = 0; s < length; s++) {
    out[s * STRIDE + BASE] = slots.base[s] as number;
    out[s * STRIDE + CHECK] = slots.check[s] as number;
    out[s * STRIDE + TERM] = slots.term[s] as number;
  }
  return out;
}

/** The growing slot arrays, with a doubly linked list of the free slots (-1 ends it). */
class Slots {
  base = new Int32Array(0);
  check = new Int32Array(0);
  term = new Int32Array(0);
  private used = new Uint8Array(0);
  private passes = new Uint8Array(0);
  private next = new Int32Array(0);
  private prev = new Int32Array(0);
  private first = -1;
  private last = -1;
  private capacity = 0;

  constructor(capacity: number) {
    this.ensure(capacity);
  }

  ensure(needed: number): void {
    if (needed <= this.capacity) return;
    const old = this.capacity;
    const size = Math.max(needed, old * 2);
    const widen = <T extends Uint8Array | Int32Array>(a: T, fill: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.fill(fill, old);
      b.set(a);
      return b;
    };
    this.base = widen(this.base, 0);
    this.check = widen(this.check, -1);
    this.term = widen(this.term, -1);
    this.used = widen(this.used, 0);
    this.passes = widen(this.passes, 0);
    this.next = widen(this.next, -1);
    this.prev = widen(this.prev, -1);
    // The new slots join the end of the free list, in order.
    for (let s = old; s < size; s++) {
      this.prev[s] = this.last;
      if (this.last >= 0) this.next[this.last] = s;
      else this.first = s;
      this.last = s;
    }
    this.capacity = size;
  }

  head(): number {
    if (this.first < 0) this.ensure(this.capacity + 1);
    return this.first;
  }

  /** The free slot after this one (growing the arrays at the end); gives up on it if it is hopeless. */
  passOver(free: number): number {
    let after = this.next[free] as number;
    if (after < 0) {
      this.ensure(this.capacity + 1);
      after = this.next[free] as number;
    }
    const passes = (this.passes[free] as number) + 1;
    this.passes[free] = passes;
    if (passes >= GIVE_UP_AFTER) this.unlink(free);
    return after;
  }

  fits(base: number, syms: Uint16Array, from: number, to: number): boolean {
    this.ensure(base + (syms[to - 1] as number) + 1);
    for (let e = from; e < to; e++) if (this.used[base + (syms[e] as number)]) return false;
    return true;
  }

  take(slot: number): void {
    this.ensure(slot + 1);
    if (this.used[slot]) return;
    this.used[slot] = 1;
    this.unlink(slot);
  }

  private unlink(slot: number): void {
    const p = this.prev[slot] as number;
    const n = this.next[slot] as number;
    if (p >= 0) this.next[p] = n;
    else if (this.first === slot) this.first = n;
    if (n >= 0) this.prev[n] = p;
    else if (this.last === slot) this.last = p;
    this.prev[slot] = -1;
    this.next[slot] = -1;
  }
}
