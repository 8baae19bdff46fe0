// The text position under the pointer, from whichever caret API the browser has.

export interface CaretHit {
  node: Node;
  offset: number;
}

/** The open shadow roots under a point, outermost first: elementFromPoint stops at each host. */
function shadowRootsAt(x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot && !roots.includes(el.shadowRoot) && roots.length < 32) {
    roots.push(el.shadowRoot);
    el = el.shadowRoot.elementFromPoint(x, y);
  }
  return roots;
}

/**
 * Caret at a viewport point: caretPositionFromPoint (Firefox, Chrome 128+) or caretRangeFromPoint.
 * The plain lookup stops at a shadow host; `inShadow` goes into the open shadow roots under the
 * point (null when there are none, or the browser cannot look inside them).
 */
export function caretAt(x: number, y: number, inShadow = false): CaretHit | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const shadowRoots = inShadow ? shadowRootsAt(x, y) : [];
    if (inShadow && shadowRoots.length === 0) return null;
    const pos = document.caretPositionFromPoint(x, y, inShadow ? { shadowRoots } : undefined);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (inShadow) return null;
  if (typeof document.caretRangeFromPoint === 'function') {
    const range = document.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live Range over a static one, for geometry; StaticRange has no getClientRects. */
export function liveRange(r: AbstractRange): Range | null {
  try {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  } catch {
    // Offsets past the end: the text changed and the rescan has not caught up yet.
    return null;
  }
}

/** Caret APIs snap to the nearest text, so confirm the point is really inside the range's boxes. */
export function rangeContainsPoint(r: AbstractRange, x: number, y: number): boolean {
  const range = liveRange(r);
  if (!range) return false;
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
