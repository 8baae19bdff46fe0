// The text position under the pointer, from whichever caret API the browser has.

export interface CaretHit {
  node: Node;
  offset: number;
}

/** Caret at a viewport point: caretPositionFromPoint (Firefox, Chrome 128+) or caretRangeFromPoint. */
export function caretAt(x: number, y: number): CaretHit | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const pos = document.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
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
