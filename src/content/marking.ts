// Everything that exists while marking is on for this page: marks, scanner, observer, hover and
// card. Built when marking turns on, disposed as a whole when it turns off or the extension goes.

import type { Matcher } from '../core/match';
import type { EntityCard, FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { CardHost } from './card-host';
import { isContextAlive } from './context';
import { installHighlightStyle } from './highlight-style';
import { type Mark, MarkStore } from './highlighter';
import { type HoverController, watchHover } from './hover';
import { createMutationWatcher, type MutationWatcher } from './mutation-watcher';
import { Scanner } from './scanner';
import { visibleBlocks } from './viewport';

export interface MarkingOptions {
  matcher: Matcher;
  hoverDelayMs: number;
  /** Called when a worker call shows the extension context is gone. */
  onWorkerError(error: unknown): void;
}

export class Marking {
  private readonly abort = new AbortController();
  private readonly store = new MarkStore();
  private readonly scanner: Scanner;
  private readonly watcher: MutationWatcher;
  private readonly hover: HoverController;
  private readonly card: CardHost;
  private readonly removeStyle: () => void;
  private readonly cards = new Map<string, Promise<EntityCard | null>>();
  private shadowRoots = new WeakSet<ShadowRoot>();
  /** The mark the user asked for last; a slow lookup for an older one must not open. */
  private wanted: Mark | null = null;

  constructor(private readonly options: MarkingOptions) {
    this.removeStyle = installHighlightStyle();
    this.scanner = new Scanner(this.store, (root) => this.addShadowRoot(root));
    this.scanner.setMatcher(options.matcher);
    this.card = new CardHost((fact) => this.openArticle(fact));
    this.watcher = createMutationWatcher(
      (roots, removed) => this.onMutations(roots, removed),
      (changed) => this.scanner.recheckHidden(changed),
    );
    this.hover = watchHover(
      this.store,
      {
        open: (mark) => this.openCard(mark),
        close: () => this.closeCard(),
        current: () => this.card.current,
        isCard: (target) => this.card.isHost(target),
      },
      options.hoverDelayMs,
      this.abort.signal,
    );
    this.watcher.observe(document);
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  /** A new dataset (articles were imported): every mark is redone with the new matcher. */
  setMatcher(matcher: Matcher): void {
    this.scanner.cancel();
    this.closeCard();
    this.store.clear();
    // Shadow roots are found again by the new scan (observing one twice is harmless).
    this.shadowRoots = new WeakSet();
    this.scanner.setMatcher(matcher);
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  setHoverDelay(ms: number): void {
    this.hover.setDelay(ms);
  }

  countByEntity(): Map<string, number> {
    return this.store.countByEntity();
  }

  dispose(): void {
    this.abort.abort();
    this.scanner.cancel();
    this.watcher.disconnect();
    this.closeCard();
    this.card.dispose();
    this.store.dispose();
    this.removeStyle();
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    // Page observers do not see inside shadow trees: each needs its own observe() call.
    this.watcher.observe(root);
    this.scanner.enqueue([root]);
  }

  private onMutations(roots: Node[], removed: boolean): void {
    // Pages mutate constantly, so this is where an orphaned script most often finds out.
    if (!isContextAlive()) {
      this.options.onWorkerError(new Error('Extension context invalidated'));
      return;
    }
    if (removed) {
      this.store.removeWhere((m) => m.nodes.some((n) => !n.isConnected));
      const shown = this.card.current;
      if (shown && !shown.nodes.every((n) => n.isConnected)) this.closeCard();
    }
    this.scanner.enqueue(roots);
  }

  private lookup(entityId: string): Promise<EntityCard | null> {
    let card = this.cards.get(entityId);
    if (!card) {
      card = askWorker('lookupEntity', { entityId });
      this.cards.set(entityId, card);
      // A failed lookup is retried on the next hover instead of being cached.
      card.catch(() => this.cards.delete(entityId));
    }
    return card;
  }

  private openCard(mark: Mark): void {
    this.wanted = mark;
    this.lookup(mark.entityId).then(
      (card) => {
        if (this.abort.signal.aborted || this.wanted !== mark || !card) return;
        this.card.show(mark, card);
        this.store.setActive(mark);
      },
      (error: unknown) => this.options.onWorkerError(error),
    );
  }

  private closeCard(): void {
    this.wanted = null;
    this.hover.reset();
    this.card.hide();
    this.store.setActive(null);
  }

  private openArticle(fact: FactView): void {
    askWorker('openArticle', { articleId: fact.articleId, factId: fact.id }).catch((error: unknown) =>
      this.options.onWorkerError(error),
    );
  }
}
