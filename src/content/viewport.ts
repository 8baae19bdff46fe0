// Where the reader is looking: the blocks on screen, found by binary search over each container's
// children by their boxes (document order is top-to-bottom order in normal flow). Scanning these
// first puts marks on screen before the rest of a long page is read. Hit-testing points instead
// (caretPositionFromPoint) costs up to a millisecond per point on a long flat page.

import { childElementCountOf, childrenOf, documentBody, rectOf } from './dom-refs';
import { isSkippedElement } from './dom-rules';

const MAX_BLOCKS = 200;
const MAX_DEPTH = 12;

/** Index of the first child whose box ends below the viewport's top. */
function firstOnScreen(children: HTMLCollection): number {
  let lo = 0;
  let hi = children.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rectOf(children[mid] as Element).bottom <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Blocks with a box on screen, top to bottom; a block taller than the viewport is looked into. */
export function visibleBlocks(): Element[] {
  const height = window.innerHeight;
  const found: Element[] = [];
  const visit = (container: Element, depth: number) => {
    const children = childrenOf(container);
    for (let i = firstOnScreen(children); i < children.length && found.length < MAX_BLOCKS; i++) {
      const child = children[i] as Element;
      const box = rectOf(child);
      if (box.top >= height) break;
      if (box.height === 0 || isSkippedElement(child)) continue;
      if (box.height > height && depth < MAX_DEPTH && childElementCountOf(child) > 0) visit(child, depth + 1);
      else found.push(child);
    }
  };
  const body = documentBody();
  if (body) visit(body, 0);
  return found;
}
