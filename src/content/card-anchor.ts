// What the card points at, as Floating UI references: a mark's own text, or a box given from
// outside (a child frame's mark, seen from the top frame). Geometry is read fresh each time.
import type { VirtualElement } from '@floating-ui/dom';
import { liveRange } from './caret';
import type { Mark } from './highlighter';

const EMPTY_RECT = new DOMRect(0, 0, 0, 0);

export function referenceFor(mark: Mark): VirtualElement {
  return {
    getBoundingClientRect: () => liveRange(mark.range)?.getBoundingClientRect() ?? EMPTY_RECT,
    getClientRects: () => liveRange(mark.range)?.getClientRects() ?? [],
    contextElement: mark.range.startContainer.parentElement ?? undefined,
  };
}

export function anchoredAt(rect: () => DOMRect, context: Node): VirtualElement {
  return {
    getBoundingClientRect: rect,
    getClientRects: () => [rect()],
    // Scrolling the frame element's ancestors moves the box: Floating UI listens to them.
    ...(context instanceof Element ? { contextElement: context } : {}),
  };
}
