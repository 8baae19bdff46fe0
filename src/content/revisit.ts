// Elements a walk passed over that may hold text later: hidden blocks (shown by a class, style or
// attribute change, or once their fade-in transition ends) and custom elements without a shadow root
// yet (attachShadow() fires no mutation, so they are polled). Both lists are bounded.

import { containsNode, isConnected, localNameOf, shadowRootOf } from './dom-refs';
import { isInsideSkipped } from './dom-rules';

// Past this many remembered elements of a kind, the oldest are forgotten.
const MAX_REMEMBERED = 2_000;
// How often custom elements are checked for a shadow root attached since they were read.
const SHADOW_POLL_MS = 1_000;

export class Revisits {
  private readonly hidden = new Set<Element>();
  private readonly shadowless = new Set<Element>();
  private shadowPoll: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param onShown rescans blocks that became visible.
   * @param onShadowRoot queues a shadow root attached to a remembered custom element.
   */
  constructor(
    private readonly onShown: (blocks: Element[]) => void,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  readonly rememberHidden = (el: Element): void => {
    // Form fields and scripts never show text; only hidden elements can turn visible.
    const name = localNameOf(el);
    if (name === 'script' || name === 'style') return;
    remember(this.hidden, el);
  };

  readonly rememberShadowless = (el: Element): void => {
    remember(this.shadowless, el);
    this.shadowPoll ??= setTimeout(this.pollShadows, SHADOW_POLL_MS);
  };

  /** After changes on these elements: rescans hidden subtrees they may have revealed. */
  recheckHidden(changed: readonly Element[]): void {
    const shown: Element[] = [];
    for (const el of this.hidden) {
      if (!isConnected(el)) this.hidden.delete(el);
      else if (changed.some((c) => containsNode(c, el)) && !isInsideSkipped(el)) {
        this.hidden.delete(el);
        shown.push(el);
      }
    }
    if (shown.length > 0) this.onShown(shown);
  }

  stop(): void {
    if (this.shadowPoll !== null) clearTimeout(this.shadowPoll);
    this.shadowPoll = null;
    this.shadowless.clear();
  }

  private readonly pollShadows = (): void => {
    this.shadowPoll = null;
    for (const el of this.shadowless) {
      if (!isConnected(el)) {
        this.shadowless.delete(el);
        continue;
      }
      const shadow = shadowRootOf(el);
      if (shadow) {
        this.shadowless.delete(el);
        this.onShadowRoot(shadow);
      }
    }
    if (this.shadowless.size > 0) this.shadowPoll = setTimeout(this.pollShadows, SHADOW_POLL_MS);
  };
}

/** Adds to a bounded set, forgetting the oldest entry when full. */
function remember(set: Set<Element>, el: Element): void {
  if (set.size >= MAX_REMEMBERED) {
    const oldest = set.values().next().value;
    if (oldest) set.delete(oldest);
  }
  set.add(el);
}
