// Reads a page subtree as runs: the joined text of consecutive text nodes in one block, with the
// offsets needed to map a match in the joined string back to (node, offset) pairs.

import { blockOf, isInlineElement, isSkippedElement } from './dom-rules';

export interface TextRun {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
}

export interface DomPoint {
  node: Text;
  offset: number;
  /** Index of node in run.nodes. */
  index: number;
}

const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;

function filterNode(node: Node): number {
  if (node instanceof Element && isSkippedElement(node)) return NodeFilter.FILTER_REJECT;
  return NodeFilter.FILTER_ACCEPT;
}

/**
 * Walks one subtree lazily, one run per call, so a caller can stop after a time budget and resume.
 * Open shadow roots met on the way are reported, not entered: the caller scans them as their own roots.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  private pendingText: Text | null = null;
  private done = false;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {
    this.walker = document.createTreeWalker(root, SHOW, filterNode);
    // A text node as root has no descendants: the walker would never visit it.
    if (root instanceof Text) this.pendingText = root;
  }

  /** Node the walk has reached; if it was detached meanwhile, the walk is no longer trustworthy. */
  get position(): Node {
    return this.walker.currentNode;
  }

  next(): TextRun | null {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    let block: Node | null = null;
    const take = (t: Text) => {
      nodes.push(t);
      starts.push(text.length);
      text += t.data;
    };
    if (this.pendingText) {
      block = blockOf(this.pendingText);
      take(this.pendingText);
      this.pendingText = null;
    }
    while (!this.done) {
      const node = this.walker.nextNode();
      if (!node) {
        this.done = true;
        break;
      }
      if (node instanceof Text) {
        const b = blockOf(node);
        if (block !== null && b !== block) {
          // Belongs to the next run: keep it for the next call.
          this.pendingText = node;
          break;
        }
        block = b;
        take(node);
        continue;
      }
      if (node instanceof Element) {
        if (node.shadowRoot) this.onShadowRoot(node.shadowRoot);
        // A block or <br> ends the sentence context even when the same block continues after it.
        if (!isInlineElement(node) && nodes.length > 0) break;
      }
    }
    if (nodes.length === 0) return null;
    return { text, nodes, starts };
  }
}

/**
 * Node and offset for a position in run.text. At a boundary between two nodes an end position stays
 * in the earlier node and a start position moves to the later one, so ranges never start at a node's end.
 */
export function pointAt(run: TextRun, offset: number, isEnd: boolean): DomPoint {
  let lo = 0;
  let hi = run.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const s = run.starts[mid] as number;
    if (s < offset || (!isEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = run.nodes[lo] as Text;
  return { node, offset: offset - (run.starts[lo] as number), index: lo };
}
