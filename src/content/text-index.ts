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

/** Elements a walk leaves out, and hears about: hidden ones may be revealed later. */
export interface WalkFilter {
  /** Subtrees already scanned by an earlier pass of the same scan (the visible part). */
  done?: WeakSet<Node>;
  onSkipped?(el: Element): void;
  /** A custom element without a shadow root yet: attachShadow() later fires no mutation. */
  onShadowless?(el: Element): void;
}

/**
 * Walks one subtree lazily, one run per call, so a caller can stop after a time budget and resume.
 * Open shadow roots met on the way are reported, not entered: the caller scans them as their own roots.
 */
export class RunWalker {
  private readonly walker: TreeWalker;
  private pendingText: Text | null = null;
  private done = false;
  /** The walker stands on a skipped element: the next step jumps over its subtree. */
  private skipChildren = false;
  // Text nodes of one parent share a block: the last lookup is reused (most runs alternate few parents).
  private lastParent: Node | null = null;
  private lastBlock: Node | null = null;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    private readonly filter: WalkFilter = {},
  ) {
    // No NodeFilter callback: calling into script for every node costs more than the walk itself,
    // so skipped subtrees are jumped over by hand (see step()).
    this.walker = document.createTreeWalker(root, SHOW);
    // The walker never visits its root: a text node root is taken as is, an element root's own
    // shadow root is reported here.
    if (root instanceof Text) this.pendingText = root;
    else if (root instanceof Element) this.reportShadow(root);
  }

  private reportShadow(el: Element): void {
    if (el.shadowRoot) this.onShadowRoot(el.shadowRoot);
    else if (el.localName.includes('-')) this.filter.onShadowless?.(el);
  }

  /** Node the walk has reached; if it was detached meanwhile, the walk is no longer trustworthy. */
  get position(): Node {
    return this.walker.currentNode;
  }

  private step(): Node | null {
    const w = this.walker;
    if (!this.skipChildren) return w.nextNode();
    this.skipChildren = false;
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      // parentNode() stops at the walk's root: then the walk is over.
      if (!w.parentNode()) return null;
    }
  }

  private blockOfText(t: Text): Node {
    const parent = t.parentNode;
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = blockOf(t);
    }
    return this.lastBlock as Node;
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
      block = this.blockOfText(this.pendingText);
      take(this.pendingText);
      this.pendingText = null;
    }
    while (!this.done) {
      const node = this.step();
      if (!node) {
        this.done = true;
        break;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const b = this.blockOfText(node as Text);
        if (block !== null && b !== block) {
          // Belongs to the next run: keep it for the next call.
          this.pendingText = node as Text;
          break;
        }
        block = b;
        take(node as Text);
        continue;
      }
      const el = node as Element;
      if (this.filter.done?.has(el) || isSkippedElement(el)) {
        if (!this.filter.done?.has(el)) this.filter.onSkipped?.(el);
        this.skipChildren = true;
        if (nodes.length > 0) break;
        continue;
      }
      this.reportShadow(el);
      // A block or <br> ends the sentence context even when the same block continues after it.
      if (!isInlineElement(el) && nodes.length > 0) break;
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
