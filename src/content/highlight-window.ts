// Which marks are registered with the browser's highlight: only those whose block is on screen or
// within a screen of it, the rest as the reader scrolls. Firefox keeps registered ranges up to
// date on every DOM edit the page makes, so registering all of a long page's marks costs ~35 ms
// per 4,000 and slows the page's own edits; a window of a few hundred does not. An
// IntersectionObserver on the marks' blocks (not one per mark) follows scrolling, resizing and
// reflow without a scroll listener. Hit-testing and counts use the store, which keeps every mark.

import { blockOf } from './dom-rules';

/** How far beyond the viewport marks are registered, as a share of its height, above and below. */
export const WINDOW_MARGIN = '100% 0px';

/**
 * After a new block measures as below the window, new blocks are taken as far too, unmeasured, for
 * this long: scans run in document order, so the blocks that follow are further down still, and a
 * box read per block would cost more than the marks (the observer corrects any guess later).
 */
const GUESS_FAR_MS = 50;

/** Where the window puts the ranges it shows: the shared registry's highlight, or the private overlay. */
export interface RangeSink {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
}

interface WindowedMark {
  range: AbstractRange;
  nodes: readonly Text[];
  block?: Node;
}

interface Block<M> {
  marks: Set<M>;
  /** Within the window, as last known (measured once when first seen, then from the observer). */
  near: boolean;
}

export class HighlightWindow<M extends WindowedMark> {
  private readonly blocks = new Map<Element, Block<M>>();
  private readonly blockOfMark = new Map<M, Element | null>();
  private readonly observer: IntersectionObserver | null;
  private disposed = false;
  private measureAfter = 0;

  constructor(
    private readonly highlight: RangeSink,
    signal?: AbortSignal,
  ) {
    this.observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.onIntersections(entries), { rootMargin: WINDOW_MARGIN })
        : null;
    signal?.addEventListener('abort', () => this.dispose(), { once: true });
  }

  add(mark: M): void {
    if (this.disposed) return;
    const block = this.observer ? anchorOf(mark) : null;
    this.blockOfMark.set(mark, block);
    if (!block || !this.observer) {
      // Nothing to watch (no observer, or text right under the document): always registered.
      this.highlight.add(mark.range);
      return;
    }
    let entry = this.blocks.get(block);
    if (!entry) {
      // The observer reports only after the next frame: measure now so marks on screen paint at once.
      entry = { marks: new Set(), near: this.measure(block) };
      this.blocks.set(block, entry);
      this.observer.observe(block);
    }
    entry.marks.add(mark);
    if (entry.near) this.highlight.add(mark.range);
  }

  delete(mark: M): void {
    this.highlight.delete(mark.range);
    const block = this.blockOfMark.get(mark);
    this.blockOfMark.delete(mark);
    if (!block) return;
    const entry = this.blocks.get(block);
    if (!entry) return;
    entry.marks.delete(mark);
    if (entry.marks.size === 0) {
      this.blocks.delete(block);
      this.observer?.unobserve(block);
    }
  }

  clear(): void {
    this.highlight.clear();
    for (const block of this.blocks.keys()) this.observer?.unobserve(block);
    this.blocks.clear();
    this.blockOfMark.clear();
  }

  dispose(): void {
    this.disposed = true;
    this.clear();
    this.observer?.disconnect();
  }

  private measure(block: Element): boolean {
    const now = performance.now();
    if (now < this.measureAfter) return false;
    const where = placeOf(block);
    if (where === 'below') this.measureAfter = now + GUESS_FAR_MS;
    return where === 'near';
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const entry = this.blocks.get(e.target);
      if (!entry) continue;
      // A block without a box of its own (display: contents) never intersects: keep its marks on.
      const near =
        e.isIntersecting || (e.boundingClientRect.width === 0 && e.boundingClientRect.height === 0);
      if (near === entry.near) continue;
      entry.near = near;
      if (near) for (const mark of entry.marks) this.highlight.add(mark.range);
      else for (const mark of entry.marks) this.highlight.delete(mark.range);
    }
  }
}

/** The block a mark's text flows in (a shadow root stands for its host); null when there is none. */
function anchorOf(mark: WindowedMark): Element | null {
  const first = mark.nodes[0];
  const block = mark.block ?? (first ? blockOf(first) : null);
  // nodeType, not instanceof: in Firefox an instanceof on a page node costs several wrapper reads.
  if (block?.nodeType === Node.ELEMENT_NODE) return block as Element;
  if (block?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (block as ShadowRoot).host ?? null;
  return null;
}

/** Same test as the observer's: does the block's box meet the viewport grown by WINDOW_MARGIN? */
function placeOf(block: Element): 'above' | 'near' | 'below' {
  const box = block.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return 'near';
  // The implicit root of a frame's observer is the top viewport; the frame's own is close enough here.
  const view = block.ownerDocument.defaultView ?? window;
  const height = view.innerHeight;
  if (box.bottom < -height) return 'above';
  return box.top > 2 * height ? 'below' : 'near';
}
