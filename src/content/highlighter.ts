// Marks drawn with the CSS Custom Highlight API: the page's DOM is never touched. The store also
// indexes marks per text node so hover hit-testing is a binary search, not a scan. It keeps every
// mark, but registers with the browser only those near the viewport (see highlight-window.ts).

import { HighlightWindow } from './highlight-window';

export const HIGHLIGHT_NAME = 'factlens-mention';
export const ACTIVE_HIGHLIGHT_NAME = 'factlens-mention-active';

export interface Mark {
  range: StaticRange;
  entityId: string;
  alias: string;
  /** Every text node the mark touches, first to last. */
  nodes: Text[];
  /** The block its text flows in, when the scan knows it (saves reading it from the DOM again). */
  block?: Node;
}

interface Span {
  start: number;
  end: number;
  mark: Mark;
}

function spanIn(mark: Mark, node: Text): Span {
  const r = mark.range;
  return {
    start: r.startContainer === node ? r.startOffset : 0,
    end: r.endContainer === node ? r.endOffset : node.length,
    mark,
  };
}

export class MarkStore {
  private readonly highlight: Highlight | null;
  private readonly window: HighlightWindow<Mark> | null;
  private readonly active: Highlight | null;
  private readonly byNode = new Map<Text, Span[]>();
  private readonly all = new Set<Mark>();
  /** Told after every addition or removal (the toolbar badge's count); must be cheap, it runs per mark. */
  onChange: (() => void) | null = null;

  /** The observer that moves the registered window is stopped by dispose() or by this signal. */
  constructor(signal?: AbortSignal) {
    const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
    this.highlight = supported ? new Highlight() : null;
    this.window = this.highlight ? new HighlightWindow<Mark>(this.highlight, signal) : null;
    this.active = supported ? new Highlight() : null;
    if (this.highlight && this.active) {
      // The active mark paints over the plain one.
      this.active.priority = 1;
      CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
      CSS.highlights.set(ACTIVE_HIGHLIGHT_NAME, this.active);
    }
  }

  get size(): number {
    return this.all.size;
  }

  marks(): IterableIterator<Mark> {
    return this.all.values();
  }

  add(mark: Mark): void {
    this.all.add(mark);
    this.window?.add(mark);
    for (const node of mark.nodes) {
      const span = spanIn(mark, node);
      let spans = this.byNode.get(node);
      if (!spans) {
        spans = [];
        this.byNode.set(node, spans);
      }
      // Scans add marks left to right, so this is almost always an append.
      let i = spans.length;
      while (i > 0 && (spans[i - 1] as Span).start > span.start) i--;
      spans.splice(i, 0, span);
    }
    this.onChange?.();
  }

  /** Drops every mark for which drop() is true. */
  removeWhere(drop: (mark: Mark) => boolean): void {
    const gone: Mark[] = [];
    for (const mark of this.all) if (drop(mark)) gone.push(mark);
    for (const mark of gone) this.remove(mark);
  }

  /**
   * Drops every mark touching a text node inside root. Costs the subtree's size, not the number of
   * marks: an infinite-scroll page adds a small subtree at a time to a page holding thousands.
   */
  removeWithin(root: Node): void {
    if (this.byNode.size === 0) return;
    if (root.nodeType === Node.TEXT_NODE) {
      this.removeTouching([root as Text]);
      return;
    }
    const touched: Text[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode())
      if (this.byNode.has(n as Text)) touched.push(n as Text);
    if (touched.length > 0) this.removeTouching(touched);
  }

  /** Drops every mark touching one of these nodes; uses the per-node index, so it is cheap. */
  removeTouching(nodes: Iterable<Text>): void {
    const gone = new Set<Mark>();
    for (const node of nodes) for (const span of this.byNode.get(node) ?? []) gone.add(span.mark);
    for (const mark of gone) this.remove(mark);
  }

  private remove(mark: Mark): void {
    this.all.delete(mark);
    this.window?.delete(mark);
    if (this.active?.has(mark.range)) this.active.clear();
    for (const node of mark.nodes) {
      const spans = this.byNode.get(node);
      if (!spans) continue;
      const kept = spans.filter((s) => s.mark !== mark);
      if (kept.length > 0) this.byNode.set(node, kept);
      else this.byNode.delete(node);
    }
    this.onChange?.();
  }

  clear(): void {
    this.all.clear();
    this.byNode.clear();
    this.window?.clear();
    this.active?.clear();
    this.onChange?.();
  }

  /** The mark covering a caret position; both ends count because caret APIs snap to the nearest boundary. */
  hitTest(node: Node, offset: number): Mark | undefined {
    const spans = node instanceof Text ? this.byNode.get(node) : undefined;
    if (!spans) return undefined;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = spans[mid] as Span;
      if (offset < s.start) hi = mid - 1;
      else if (offset > s.end) lo = mid + 1;
      else return s.mark;
    }
    return undefined;
  }

  setActive(mark: Mark | null): void {
    this.active?.clear();
    if (mark) this.active?.add(mark.range);
  }

  /** Number of marks per entity, for the popup's "on this page" list. */
  countByEntity(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mark of this.all) counts.set(mark.entityId, (counts.get(mark.entityId) ?? 0) + 1);
    return counts;
  }

  dispose(): void {
    this.clear();
    this.window?.dispose();
    if (this.highlight && CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
    }
    if (this.active && CSS.highlights.get(ACTIVE_HIGHLIGHT_NAME) === this.active) {
      CSS.highlights.delete(ACTIVE_HIGHLIGHT_NAME);
    }
  }
}
