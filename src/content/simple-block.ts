// Blocks of plain text with inline formatting, read in one DOM call instead of one per node. In
// Firefox every DOM read of a content script goes through a wrapper (about a microsecond each), and
// a walk reads several per node; a paragraph with no mention costs two calls this way.

import type { Match } from '../core/match';
import { queryAllIn, queryIn, shadowRootOf, textContentOf, treeWalker } from './dom-refs';
import { NOT_PLAIN_TEXT_SELECTOR } from './dom-rules';
import type { TextRun } from './text-index';

export interface SimpleBlock {
  /** The block's text: for such a block, exactly the text of its one run. */
  text: string;
  /** The run for these mentions of its text, with the text nodes up to the last of them. */
  run(matches: readonly Match[]): TextRun;
}

/** The block read whole, or null when it holds anything a node-by-node walk must decide on. */
export function readSimpleBlock(el: Element, onShadowRoot: (root: ShadowRoot) => void): SimpleBlock | null {
  if (queryIn(el, NOT_PLAIN_TEXT_SELECTOR) !== null) return null;
  // A <span> may host a shadow root: its content is scanned as a root of its own, as in a walk.
  const spans = queryAllIn(el, 'span');
  for (let i = 0; i < spans.length; i++) {
    const shadow = shadowRootOf(spans[i] as Element);
    if (shadow) onShadowRoot(shadow);
  }
  const text = textContentOf(el) ?? '';
  return { text, run: (matches) => textRunOf(el, text, matches) };
}

/** Nodes past the last mention are not read: no mark needs them. */
function textRunOf(el: Element, text: string, matches: readonly Match[]): TextRun {
  const until = matches.at(-1)?.end ?? 0;
  const walker = treeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < until; node = walker.nextNode()) {
    nodes.push(node as Text);
    starts.push(length);
    length += (node as Text).length;
  }
  return { text, nodes, starts, block: el, matches };
}
