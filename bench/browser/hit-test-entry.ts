// Bundled into a benchmark page: times the content script's own hover path (caret lookup, per-node
// binary search, geometry check) over the marks the extension registered on that page.

import { caretAt, rangeContainsPoint } from '../../src/content/caret';
import { HIGHLIGHT_NAME, type Mark, MarkStore } from '../../src/content/highlighter';

function textNodesOf(r: AbstractRange): Text[] {
  if (r.startContainer === r.endContainer) return [r.startContainer as Text];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  walker.currentNode = r.startContainer;
  for (let n: Node | null = r.startContainer; n; n = walker.nextNode()) {
    nodes.push(n as Text);
    if (n === r.endContainer) break;
  }
  return nodes;
}

export interface HitTestResult {
  marks: number;
  points: number;
  /** Mean time of one hit test, and the worst round's mean. */
  avgMs: number;
  maxMs: number;
  hits: number;
  /** Of which: caretPositionFromPoint, and the per-node binary search. */
  caretMs: number;
  indexMs: number;
}

export function measureHitTests(rounds: number): HitTestResult {
  const registered = CSS.highlights.get(HIGHLIGHT_NAME);
  const ranges = registered ? [...registered] : [];
  // A second store, indexed like the extension's, without replacing the extension's highlight.
  const store = new MarkStore();
  if (registered) CSS.highlights.set(HIGHLIGHT_NAME, registered);
  for (const range of ranges) {
    store.add({ range: range as StaticRange, entityId: '', alias: '', nodes: textNodesOf(range) } as Mark);
  }
  const points: Array<[number, number]> = [];
  for (const range of ranges) {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const box = live.getClientRects()[0];
    if (box && box.top >= 0 && box.bottom <= innerHeight)
      points.push([box.left + box.width / 2, box.top + box.height / 2]);
  }
  // Timed per round, not per call: pages get a coarse clock (100 µs in Chromium without isolation).
  let total = 0;
  let max = 0;
  let hits = 0;
  const carets = points.map(([x, y]) => caretAt(x, y));
  for (let round = 0; round < rounds; round++) {
    const t = performance.now();
    for (const [x, y] of points) {
      const caret = caretAt(x, y);
      const mark = caret ? store.hitTest(caret.node, caret.offset) : undefined;
      if (mark !== undefined && rangeContainsPoint(mark.range, x, y)) hits++;
    }
    const perCall = (performance.now() - t) / Math.max(1, points.length);
    total += perCall;
    max = Math.max(max, perCall);
  }
  // The parts: the browser's caret lookup, and the index lookup alone (the logarithmic part).
  const n = Math.max(1, points.length * rounds);
  let t = performance.now();
  for (let round = 0; round < rounds; round++) for (const [x, y] of points) caretAt(x, y);
  const caretMs = (performance.now() - t) / n;
  t = performance.now();
  for (let round = 0; round < rounds * 100; round++) {
    for (const c of carets) if (c) store.hitTest(c.node, c.offset);
  }
  const indexMs = (performance.now() - t) / (n * 100);
  return {
    marks: ranges.length,
    points: points.length,
    avgMs: total / rounds,
    maxMs: max,
    hits,
    caretMs,
    indexMs,
  };
}
