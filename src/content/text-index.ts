// Reads a page subtree as runs: the joined text of consecutive text nodes in one block, with the
// offsets needed to map a match in the joined string back to (node, offset) pairs.

import type { Match } from '../core/match';
import { localNameOf, nodeTypeOf, parentNodeOf, shadowRootOf, treeWalker } from './dom-refs';
import { canHostShadow, isInlineElement, isSkippedElement } from './dom-rules';
import { readSimpleBlock } from './simple-block';

export interface TextRun {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in text. */
  starts: number[];
  /** The block the run flows in: its nearest non-inline ancestor. */
  block: Node;
  /** The mentions in text, when the walk already looked for them (blocks read whole). */
  matches?: readonly Match[];
}

export interface DomPoint {
  node: Text;
  offset: number;
  /** Index of node in run.nodes. */
  index: number;
}

const SHOW = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
const BLANK = /^\s*$/;
/**
 * Elements one call may pass over without finding text before it hands back PAUSE: a page of
 * thousands of empty shadow hosts (or other elements without text) would otherwise be one step.
 */
const NODES_PER_STEP = 200;

/** Returned by RunWalker.next() when it stopped early to let its caller look at the clock. */
export const PAUSE = 'pause';

/** Elements a walk leaves out, and hears about: hidden ones may be revealed later. */
export interface WalkFilter {
  /** Subtrees already scanned by an earlier pass of the same scan (the visible part). */
  done?: WeakSet<Node>;
  onSkipped?(el: Element): void;
  /** A custom element without a shadow root yet: attachShadow() later fires no mutation. */
  onShadowless?(el: Element): void;
  /**
   * The mentions in a block's text. Given, blocks of nothing but text and inline formatting are read
   * in one DOM call, skipped when they mention nothing and walked only as far as their last mention:
   * in Firefox each DOM read from a content script crosses a wrapper, and most paragraphs of a page
   * mention nothing.
   */
  mentionsIn?(text: string): readonly Match[];
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
  /** Block of each parent met so far, and the inline elements the walk has read the names of. */
  private readonly blocks = new Map<Node, Node>();
  private readonly inline = new Set<Node>();
  /** A block read whole while the run before it was still open: returned by the next call. */
  private pendingRun: TextRun | null = null;

  constructor(
    readonly root: Node,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
    private readonly filter: WalkFilter = {},
  ) {
    // No NodeFilter callback: calling into script for every node costs more than the walk itself,
    // so skipped subtrees are jumped over by hand (see step()).
    this.walker = treeWalker(root, SHOW);
    // The walker never visits its root: a text node root is taken as is, an element root's own
    // shadow root is reported here.
    const type = nodeTypeOf(root);
    if (type === Node.TEXT_NODE) this.pendingText = root as Text;
    else if (type === Node.ELEMENT_NODE) this.reportShadow(root as Element, localNameOf(root as Element));
  }

  private reportShadow(el: Element, localName: string): void {
    if (!canHostShadow(localName)) return;
    const shadow = shadowRootOf(el);
    if (shadow) this.onShadowRoot(shadow);
    else if (localName.includes('-')) this.filter.onShadowless?.(el);
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
    const parent = parentNodeOf(t);
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastBlock = parent ? this.blockOfParent(parent) : t;
    }
    return this.lastBlock as Node;
  }

  /** Nearest non-inline node at or above parent, as blockOf() finds it, reading as little DOM as it can. */
  private blockOfParent(parent: Node): Node {
    const known = this.blocks.get(parent);
    if (known) return known;
    let block = parent;
    const isInline =
      this.inline.has(parent) ||
      (nodeTypeOf(parent) === Node.ELEMENT_NODE && isInlineElement(parent as Element));
    if (isInline) {
      const up = parentNodeOf(parent);
      if (up) block = this.blockOfParent(up);
    }
    this.blocks.set(parent, block);
    return block;
  }

  /** A block read in one go: a run, null when it holds no mention, undefined when it must be walked. */
  private readWhole(el: Element): TextRun | null | undefined {
    const mentionsIn = this.filter.mentionsIn;
    if (!mentionsIn) return undefined;
    const block = readSimpleBlock(el, this.onShadowRoot);
    if (!block) return undefined;
    const matches = block.text === '' ? [] : mentionsIn(block.text);
    return matches.length > 0 ? block.run(matches) : null;
  }

  /** The next run; null when the walk is over; PAUSE when it passed many elements and has more to do. */
  next(): TextRun | typeof PAUSE | null {
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    let block: Node | null = null;
    const take = (t: Text, data = t.data) => {
      nodes.push(t);
      starts.push(text.length);
      text += data;
    };
    if (this.pendingRun) {
      const run = this.pendingRun;
      this.pendingRun = null;
      return run;
    }
    if (this.pendingText) {
      block = this.blockOfText(this.pendingText);
      take(this.pendingText);
      this.pendingText = null;
    }
    let visited = 0;
    while (!this.done) {
      // Only between runs: a run's text nodes must stay together.
      if (nodes.length === 0 && ++visited > NODES_PER_STEP) return PAUSE;
      const node = this.step();
      if (!node) {
        this.done = true;
        break;
      }
      if (nodeTypeOf(node) === Node.TEXT_NODE) {
        const data = (node as Text).data;
        // Blank text that would start a run (the line breaks between blocks) can hold no mention
        // and decides no boundary: it is passed over without looking up its block.
        const blank = BLANK.test(data);
        if (nodes.length === 0 && blank) continue;
        const b = this.blockOfText(node as Text);
        if (block !== null && b !== block) {
          // Belongs to the next run: keep it for the next call (blank, it would only start one).
          if (!blank) this.pendingText = node as Text;
          break;
        }
        block = b;
        take(node as Text, data);
        continue;
      }
      const el = node as Element;
      const name = localNameOf(el);
      const done = this.filter.done?.has(el) === true;
      if (done || isSkippedElement(el, name)) {
        if (!done) this.filter.onSkipped?.(el);
        this.skipChildren = true;
        if (nodes.length > 0) break;
        continue;
      }
      this.reportShadow(el, name);
      if (isInlineElement(el, name)) {
        this.inline.add(el);
        continue;
      }
      this.blocks.set(el, el);
      const whole = this.readWhole(el);
      if (whole !== undefined) {
        this.skipChildren = true;
        if (whole === null) {
          if (nodes.length > 0) break;
          continue;
        }
        if (nodes.length === 0) return whole;
        this.pendingRun = whole;
        break;
      }
      // A block or <br> ends the sentence context even when the same block continues after it.
      if (nodes.length > 0) break;
    }
    if (nodes.length === 0 || block === null) return null;
    return { text, nodes, starts, block };
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
