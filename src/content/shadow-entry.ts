// Readies shadow roots for marking in batches, before any of their text is read. Readying one adds
// the highlight rules to it, and the next style or box read then restyles the page: done one root at
// a time between reads, 3,000 flat roots cost a style pass each (Chromium: over a second in all), and
// 500 nested ones, each pass covering every level below (Firefox: 300 ms for a single pass). Done
// together, the reads that follow pay for one pass.

import { localNameOf, queryAllInFragment, shadowRootOf } from './dom-refs';
import { canHostShadow } from './dom-rules';

/** Roots readied at most per batch, so a batch stays a small part of a slice. */
const MAX_BATCH = 100;

export class ShadowEntry {
  /** Whether each root met was readied and its marks can paint. */
  private entered = new WeakMap<ShadowRoot, boolean>();

  /**
   * @param ready styles and observes a root; false when its marks could not paint.
   * @param found queues a root found nested inside a readied one.
   */
  constructor(
    private readonly ready: (root: ShadowRoot) => boolean,
    private readonly found: (root: ShadowRoot) => void,
  ) {}

  /** Forgets every root: a whole-page scan readies them again. */
  reset(): void {
    this.entered = new WeakMap();
  }

  /**
   * Whether root's text is to be marked. A root not readied yet is readied with the others queued
   * after it and every root nested in them (found by a query, so no text is read in between).
   */
  admit(root: ShadowRoot, queued: Iterable<ShadowRoot>, deadline: number): boolean {
    const known = this.entered.get(root);
    if (known !== undefined) return known;
    const pending: ShadowRoot[] = [root];
    for (const r of queued) if (!this.entered.has(r)) pending.push(r);
    // Reversed so the queue's order is kept when popping; the root asked about goes first.
    pending.reverse();
    let readied = 0;
    while (pending.length > 0 && readied < MAX_BATCH) {
      if (readied > 0 && Date.now() > deadline) break;
      const next = pending.pop() as ShadowRoot;
      if (this.entered.has(next)) continue;
      const ok = this.ready(next);
      this.entered.set(next, ok);
      readied++;
      if (ok) this.findNested(next, pending);
    }
    return this.entered.get(root) ?? false;
  }

  private findNested(root: ShadowRoot, pending: ShadowRoot[]): void {
    const all = queryAllInFragment(root, '*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i] as Element;
      const shadow = canHostShadow(localNameOf(el)) ? shadowRootOf(el) : null;
      if (shadow && !this.entered.has(shadow)) {
        this.found(shadow);
        pending.push(shadow);
      }
    }
  }
}
