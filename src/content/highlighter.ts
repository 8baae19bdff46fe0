// Marks of bundled (public) names are drawn with the CSS Custom Highlight API: the page's DOM is never
// touched. Marks of names only imported articles give are private: the registry is shared with the
// page, so they are drawn in a closed overlay instead (mark-overlay.ts). The store indexes every mark
// per text node so hover hit-testing is a binary search, not a scan, and shows only those near the
// viewport (see highlight-window.ts). It owns its registry entries: a timer undoes what the page did
// to them (owned-highlight.ts).

import type { DescribedMark } from '../core/protocol';
import { liveRange } from './caret';
import type { MarkPaint } from './highlight-style';
import { HighlightWindow } from './highlight-window';
import { compareRanges } from './mark-order';
import { createMarkOverlay, type MarkOverlay } from './mark-overlay';
import { type OwnedHighlight, ownHighlight } from './owned-highlight';

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
  /** A name only imported articles give: never in the shared registry (set by the filter). */
  private?: boolean;
}

/**
 * How often the registry entries and the overlay host are checked and repaired. The browser tells no
 * one when a page changes them, and a check is a pass over the few hundred registered ranges.
 */
const GUARD_MS = 500;
/** The private flash lasts as long as the shared one (flash.ts). */
const FLASH_MS = 1500;

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
  private readonly highlight: OwnedHighlight | null;
  private readonly window: HighlightWindow<Mark> | null;
  private readonly active: OwnedHighlight | null;
  private readonly overlay: MarkOverlay | null;
  private readonly privateWindow: HighlightWindow<Mark> | null;
  private readonly byNode = new Map<Text, Span[]>();
  private readonly all = new Set<Mark>();
  private readonly guards: Array<() => void> = [];
  private guardTimer: ReturnType<typeof setInterval> | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  /** Told after every addition or removal (the toolbar badge's count); must be cheap, it runs per mark. */
  onChange: (() => void) | null = null;

  /** The observers that move the windows and the guard timer stop with dispose() or this signal. */
  constructor(signal?: AbortSignal) {
    const supported = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;
    this.highlight = supported ? ownHighlight(HIGHLIGHT_NAME) : null;
    this.window = this.highlight ? new HighlightWindow<Mark>(this.highlight, signal) : null;
    // The active mark paints over the plain one.
    this.active = supported ? ownHighlight(ACTIVE_HIGHLIGHT_NAME, 1) : null;
    // Made with the store, whatever the page names: its existence must not depend on private marks.
    this.overlay = supported ? createMarkOverlay(signal) : null;
    this.privateWindow = this.overlay ? new HighlightWindow<Mark>(this.overlay, signal) : null;
    if (supported) {
      this.guardTimer = setInterval(() => this.repair(), GUARD_MS);
      signal?.addEventListener('abort', () => this.stopGuard(), { once: true });
    }
  }

  /** Something else to repair on the guard's beat (the highlight style sheet). */
  addGuard(repair: () => void): void {
    this.guards.push(repair);
  }

  /** Puts the registry entries, the overlay host and whatever else is guarded back as Factlens set them. */
  repair(): void {
    this.highlight?.repair();
    this.active?.repair();
    this.overlay?.repair();
    for (const guard of this.guards) guard();
  }

  setPaint(paint: MarkPaint): void {
    this.overlay?.setPaint(paint);
  }

  get size(): number {
    return this.all.size;
  }

  marks(): IterableIterator<Mark> {
    return this.all.values();
  }

  add(mark: Mark): void {
    this.all.add(mark);
    this.windowOf(mark)?.add(mark);
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
    this.windowOf(mark)?.delete(mark);
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
    this.privateWindow?.clear();
    this.active?.clear();
    this.overlay?.clear();
    this.onChange?.();
  }

  private windowOf(mark: Mark): HighlightWindow<Mark> | null {
    return mark.private ? this.privateWindow : this.window;
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
    this.overlay?.setActive(null);
    if (!mark) return;
    // A private mark's card is open: the page must not see which range, so it is drawn in the overlay.
    if (mark.private) this.overlay?.setActive(mark.range);
    else this.active?.add(mark.range);
  }

  /** Flashes a private mark in the overlay; false for a public one (flash.ts draws those). */
  flashPrivate(mark: Mark): boolean {
    if (!mark.private || !this.overlay) return false;
    const overlay = this.overlay;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    overlay.setFlash(mark.range);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = null;
      overlay.setFlash(null);
    }, FLASH_MS);
    return true;
  }

  /** Every mark painted now, shared and overlay, in page order (describeMarks, for extension pages). */
  describe(): DescribedMark[] {
    const out: Array<DescribedMark & { range: AbstractRange }> = [];
    const push = (range: AbstractRange, layer: DescribedMark['layer'], rect: DOMRect | null) => {
      const live = liveRange(range);
      if (!live) return;
      const box = rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
      out.push({ range, text: live.toString(), layer, rect: box });
    };
    for (const range of this.highlight?.registered() ?? []) {
      push(range, 'shared', liveRange(range)?.getClientRects()[0] ?? null);
    }
    for (const { range, rect } of this.overlay?.boxes() ?? []) push(range, 'overlay', rect);
    out.sort((a, b) => compareRanges(a.range, b.range));
    return out.map(({ text, layer, rect }) => ({ text, layer, rect }));
  }

  /** Number of marks per entity, for the popup's "on this page" list. */
  countByEntity(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const mark of this.all) counts.set(mark.entityId, (counts.get(mark.entityId) ?? 0) + 1);
    return counts;
  }

  dispose(): void {
    this.stopGuard();
    this.clear();
    this.window?.dispose();
    this.privateWindow?.dispose();
    this.highlight?.unregister();
    this.active?.unregister();
    this.overlay?.dispose();
  }

  private stopGuard(): void {
    if (this.guardTimer !== null) clearInterval(this.guardTimer);
    this.guardTimer = null;
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
  }
}
