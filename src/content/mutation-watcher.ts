// One MutationObserver for the document and every open shadow root we read. Records are coalesced
// and turned into the smallest subtrees whose text may have changed.

import { documentRoot } from './dom-refs';
import { blockOf, isInlineElement, isOwnHost } from './dom-rules';
import { traceEnd, traceStart } from './trace';

const BATCH_MS = 100;
// Attributes that can show or hide content: a reveal is checked against the hidden subtrees the
// scanner skipped, so the cost does not grow with how often a page toggles classes.
const REVEAL_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];
const MAX_ATTRIBUTE_TARGETS = 200;
const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: REVEAL_ATTRIBUTES,
};

export interface MutationWatcher {
  observe(target: Node): void;
  disconnect(): void;
}

export interface WatcherCallbacks {
  /** Subtrees whose text may have changed; `removed` when nodes left the page. */
  onChange(roots: Node[], removed: boolean): void;
  /** Elements whose class, style or hidden state changed, or whose transition or animation ended. */
  onAttributes?(changed: Element[]): void;
  /**
   * The page emptied its document (document.open() before document.write(), or replaced its root):
   * document.open() drops every event listener on the document and the window, so whoever listens
   * there must listen again.
   */
  onReopened?(): void;
}

// A block faded in by a transition or an animation is still transparent when the class that starts
// it changes: its end is when the block can be seen, so it is checked again then.
const STYLE_SETTLED = ['transitionend', 'animationend'] as const;

/** True when the record took the document's root element away. */
function emptiedDocument(record: MutationRecord): boolean {
  if (record.target !== document) return false;
  for (const node of record.removedNodes) if (node instanceof Element) return true;
  return false;
}

/** A node whose insertion or removal changes the text of its surrounding run. */
function joinsRun(node: Node): boolean {
  return node instanceof Text || (node instanceof Element && isInlineElement(node));
}

/** Subtrees to rescan for one record; removed block content needs none (its marks are swept). */
function rootsOf(record: MutationRecord, out: Set<Node>): void {
  const target = record.target;
  if (record.type === 'characterData') {
    out.add(blockOf(target));
    return;
  }
  let aroundTarget = false;
  for (const node of record.addedNodes) {
    if (isOwnHost(node)) continue;
    if (joinsRun(node)) aroundTarget = true;
    else if (node instanceof Element) out.add(node);
  }
  for (const node of record.removedNodes) if (joinsRun(node)) aroundTarget = true;
  if (aroundTarget) out.add(target instanceof Element && !isInlineElement(target) ? target : blockOf(target));
}

/**
 * Drops roots contained in other roots so no subtree is scanned twice. Each root's ancestors are
 * looked up in the set (page depth per root), so an infinite-scroll batch of thousands of appended
 * blocks costs no more per block than a batch of one.
 */
export function outermost(roots: ReadonlySet<Node>): Node[] {
  const out: Node[] = [];
  for (const root of roots) {
    let covered = false;
    for (let n = root.parentNode; n && !covered; n = n.parentNode) covered = roots.has(n);
    if (!covered) out.push(root);
  }
  return out;
}

/**
 * Calls onChange with the subtrees to rescan and onRemoved when nodes left the page, at most once
 * per BATCH_MS. The extension's own host is ignored; its shadow root is closed and never observed.
 */
export function createMutationWatcher(callbacks: WatcherCallbacks): MutationWatcher {
  const { onChange, onAttributes = () => {}, onReopened } = callbacks;
  let roots = new Set<Node>();
  let attributeTargets = new Set<Element>();
  let removed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    const started = traceStart();
    timer = null;
    const batch = outermost(roots);
    const anyRemoved = removed;
    const changed = [...attributeTargets];
    roots = new Set();
    attributeTargets = new Set();
    removed = false;
    if (batch.length > 0 || anyRemoved) onChange(batch, anyRemoved);
    // Too many to compare one by one: the document stands for all of them.
    const root = documentRoot();
    if (changed.length > MAX_ATTRIBUTE_TARGETS) onAttributes(root ? [root] : []);
    else if (changed.length > 0) onAttributes(changed);
    traceEnd('factlens:mutations', started);
  };

  const schedule = () => {
    if (timer === null && (roots.size > 0 || removed || attributeTargets.size > 0)) {
      timer = setTimeout(flush, BATCH_MS);
    }
  };

  const settled = (event: Event) => {
    if (event.target instanceof Element && !isOwnHost(event.target)) {
      attributeTargets.add(event.target);
      schedule();
    }
  };
  const listen = () => {
    for (const type of STYLE_SETTLED)
      document.addEventListener(type, settled, { passive: true, capture: true });
  };
  listen();

  const observer = new MutationObserver((records) => {
    let reopened = false;
    for (const record of records) {
      if (emptiedDocument(record)) reopened = true;
      if (isOwnHost(record.target)) continue;
      if (record.type === 'attributes') {
        if (record.target instanceof Element) attributeTargets.add(record.target);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      rootsOf(record, roots);
    }
    if (reopened) {
      listen();
      onReopened?.();
    }
    schedule();
  });

  return {
    observe(target) {
      observer.observe(target, OPTIONS);
    },
    disconnect() {
      observer.disconnect();
      for (const type of STYLE_SETTLED) document.removeEventListener(type, settled, { capture: true });
      if (timer !== null) clearTimeout(timer);
      timer = null;
      roots = new Set();
      attributeTargets = new Set();
    },
  };
}
