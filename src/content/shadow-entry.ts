// Readies shadow roots for marking in batches, before any of their text is read. Readying one adds
// the highlight rules to it, and the next style or box read then restyles the page: done one root at
// a time between reads, 3,000 flat roots cost a style pass each (Chromium: over a second in all), and
// 500 nested ones, each pass covering every level below (Firefox: 300 ms for a single pass). Done
// together, the reads that follow pay for one pass.

import { localNameOf, queryAllInFragment, shadowRootOf } from './dom-refs';
import { canHostShadow } from './dom-rules';

/** Roots readied at most per batch, so a batch stays a small part of a slice. */
const MAX_BATCH = 50;

export class ShadowEntry {
  /** Whether each root met was readied and its marks can paint. */
  private entered = new WeakMap<ShadowRoot, boolean>();
  /** Roots found and queued for reading, not readied yet, in the order found; from `head` on. */
  private waiting: ShadowRoot[] = [];
  private head = 0;

  /**
   * @param ready styles and observes a root; false when its marks could not paint.
   * @param found queues a root found nested inside a readied one for reading.
   */
  constructor(
    private readonly ready: (root: ShadowRoot) => boolean,
    private readonly found: (root: ShadowRoot) => void,
  ) {}

  /** A root queued for reading: readied with the next batch. */
  queued(root: ShadowRoot): void {
    this.waiting.push(root);
  }

  /** Forgets every root: a whole-page scan readies them again. */
  reset(): void {
    this.entered = new WeakMap();
    this.waiting = [];
    this.head = 0;
  }

  /**
   * Whether root's text is to be marked. A root not readied yet is readied with the roots queued
   * after it and those nested in them (found by a query, so no text is read in between).
   */
  admit(root: ShadowRoot, deadline: number): boolean {
    const known = this.entered.get(root);
    if (known !== undefined) return known;
    this.enter(root);
    for (let readied = 1; readied < MAX_BATCH && this.head < this.waiting.length; ) {
      if (Date.now() > deadline) break;
      const next = this.waiting[this.head++] as ShadowRoot;
      if (this.entered.has(next)) continue;
      this.enter(next);
      readied++;
    }
    if (this.head === this.waiting.length) {
      this.waiting = [];
      this.head = 0;
    }
    return this.entered.get(root) ?? false;
  }

  private enter(root: ShadowRoot): void {
    const ok = this.ready(root);
    this.entered.set(root, ok);
    if (!ok) return;
    const all = queryAllInFragment(root, '*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      const shadow = canHostShadow(localNameOf(el)) ? shadowRootOf(el) : null;
      // Queued for reading now (found() comes back through queued()), readied in this batch or the next.
      if (shadow && !this.entered.has(shadow)) this.found(shadow);
    }
  }
}
