// Document order of marks, for first-mention-only, the keyboard's next/previous mention and the
// popup's "reveal the next one". The store keeps marks in scan order (visible part first), so order
// is computed on demand from the marks' start points.
import type { Mark } from './highlighter';

/** A node, then the host of each shadow root it sits in, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot && chain.length < 64; ) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain;
}

/** Order of two nodes of one tree from compareDocumentPosition: -1, 0 or 1. */
function treeOrder(a: Node, b: Node): number {
  const pos = a.compareDocumentPosition(b);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/**
 * Shadow-including tree order, for nodes in different trees (compareDocumentPosition calls those
 * disconnected and orders them arbitrarily): each is lifted to its hosts until both are in one tree.
 * A host comes before what its shadow tree holds, and that before the host's own children, as the
 * page shows them.
 */
function shadowIncludingOrder(a: Node, b: Node): number {
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (let i = 0; i < chainA.length; i++) {
    const x = chainA[i] as Node;
    const root = x.getRootNode();
    const j = chainB.findIndex((n) => n.getRootNode() === root);
    if (j < 0) continue;
    const y = chainB[j] as Node;
    if (x !== y) return treeOrder(x, y);
    // One is the host of the shadow tree the other is in: the host comes first.
    return i === 0 ? -1 : j === 0 ? 1 : 0;
  }
  return 0;
}

/** Negative when a starts before b in the page (shadow-including document order). */
export function compareMarks(a: Mark, b: Mark): number {
  return compareRanges(a.range, b.range);
}

/** Negative when range a starts before range b in the page (shadow-including document order). */
export function compareRanges(a: AbstractRange, b: AbstractRange): number {
  const na = a.startContainer;
  const nb = b.startContainer;
  if (na === nb) return a.startOffset - b.startOffset;
  const pos = na.compareDocumentPosition(nb);
  if (pos & Node.DOCUMENT_POSITION_DISCONNECTED) return shadowIncludingOrder(na, nb);
  if (pos & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (pos & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

/**
 * The mark after (direction 1) or before (-1) `from` in document order, wrapping around; the first
 * or last one when there is no `from`. One pass, no sort: pressing a key must not cost a sort of 10,000 marks.
 */
export function stepMark(
  marks: Iterable<Mark>,
  from: Mark | null,
  direction: 1 | -1,
  accept: (mark: Mark) => boolean = () => true,
): Mark | null {
  let next: Mark | null = null;
  let wrap: Mark | null = null;
  for (const mark of marks) {
    if (mark === from || !accept(mark)) continue;
    // Normalised so "later in the walk" always means a smaller value.
    const ahead = from ? compareMarks(mark, from) * direction > 0 : false;
    if (ahead && (!next || compareMarks(mark, next) * direction < 0)) next = mark;
    if (!wrap || compareMarks(mark, wrap) * direction < 0) wrap = mark;
  }
  return next ?? wrap ?? (from && accept(from) ? from : null);
}

/** Brings a mark to the middle of the screen (its text's element: a range cannot scroll itself). */
export function scrollToMark(mark: Mark): void {
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
}
