// Everything that exists while marking is on for this page: marks, scanner, observer and styles.
// Built when marking turns on, disposed as a whole when it turns off or the extension goes. Hover
// and cards are not here: they come with interaction.js once there is a mark (see interaction-types.ts).

import type { Matcher } from '../core/match';
import type { DescribedMark } from '../core/protocol';
import type { MarkStyle } from '../core/settings';
import { isContextAlive } from './context';
import { type HighlightStyle, highlightCss, markPaint } from './highlight-style';
import type { MarkedPage, MarkInteraction, PageInteraction } from './interaction-types';
import { FilteredMarkStore, type MarkFilter } from './mark-filter';
import { createMutationWatcher, type MutationWatcher } from './mutation-watcher';
import { pageTheme } from './page-context';
import { Scanner } from './scanner';
import { visibleBlocks } from './viewport';

export interface MarkingOptions {
  matcher: Matcher;
  hoverDelayMs: number;
  /** The highlight styles, installed by the caller (see index.ts); the marking owns them from now on. */
  style: HighlightStyle;
  /** The look the styles were made for: the overlay of private marks draws it too. */
  markStyle?: MarkStyle;
  filter: MarkFilter;
  /** Called when a worker call shows the extension context is gone. */
  onWorkerError(error: unknown): void;
  /** Called whenever a mark is added or removed; must be cheap (it runs per mark). */
  onMarksChanged(): void;
}

export class Marking implements MarkedPage {
  private readonly abort = new AbortController();
  // Its viewport observer stops with the marking, dispose() or not.
  readonly store = new FilteredMarkStore(this.abort.signal);
  private readonly scanner: Scanner;
  private readonly watcher: MutationWatcher;
  private readonly style: HighlightStyle;
  private shadowRoots = new WeakSet<ShadowRoot>();
  /** Whether each shadow root met has the highlight rules, i.e. whether its marks would paint. */
  private readonly paintable = new WeakMap<ShadowRoot, boolean>();
  private delay: number;
  /** Hover and cards, once interaction.js is loaded. */
  private interaction: MarkInteraction | null = null;

  constructor(private readonly options: MarkingOptions) {
    this.style = options.style;
    this.delay = options.hoverDelayMs;
    this.store.onChange = options.onMarksChanged;
    this.store.setFilter(options.filter);
    if (options.markStyle) this.store.setPaint(markPaint(options.markStyle, pageTheme() === 'dark'));
    this.store.addGuard(() => this.style.repair());
    this.scanner = new Scanner(this.store, (root) => this.addShadowRoot(root));
    this.scanner.setMatcher(options.matcher);
    this.watcher = createMutationWatcher({
      onChange: (roots, removed) => this.onMutations(roots, removed),
      onAttributes: (changed) => this.scanner.recheckHidden(changed),
      // document.open() dropped every listener on the document: hover's come back with the interaction.
      onReopened: () => this.interaction?.reattach(),
    });
    this.watcher.observe(document);
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get hoverDelayMs(): number {
    return this.delay;
  }

  /** Hover and cards for these marks; null until attach(). */
  get ui(): MarkInteraction | null {
    return this.interaction;
  }

  attach(page: PageInteraction): MarkInteraction {
    this.interaction ??= page.attach(this);
    return this.interaction;
  }

  /** A new dataset (articles were imported): every mark is redone with the new matcher and entity types. */
  setMatcher(matcher: Matcher, filter: MarkFilter): void {
    this.rescan(() => {
      this.store.setFilter(filter);
      this.scanner.setMatcher(matcher);
    });
  }

  /** Types, muted entities or first-mention-only changed: the marks are redone under the new filter. */
  setFilter(filter: MarkFilter): void {
    this.rescan(() => this.store.setFilter(filter));
  }

  setMarkStyle(style: MarkStyle): void {
    const dark = pageTheme() === 'dark';
    this.style.update(highlightCss(style, dark));
    this.store.setPaint(markPaint(style, dark));
  }

  /** Whether the page is still being read, and when it last was read to the end. */
  readState(): { reading: boolean; readAt: number | null } {
    return { reading: this.scanner.reading, readAt: this.scanner.readAt };
  }

  setHoverDelay(ms: number): void {
    this.delay = ms;
    this.interaction?.setHoverDelay(ms);
  }

  countByEntity(): Map<string, number> {
    return this.store.countByEntity();
  }

  /** What is painted and where, for Factlens's own pages (see TabProtocol.describeMarks). */
  describeMarks(): DescribedMark[] {
    return this.store.describe();
  }

  dispose(): void {
    this.interaction?.dispose();
    this.abort.abort();
    this.scanner.cancel();
    this.watcher.disconnect();
    this.store.dispose();
    this.style.remove();
  }

  private rescan(change: () => void): void {
    this.scanner.cancel();
    this.interaction?.reset();
    this.store.clear();
    change();
    // Shadow roots are found again by the new scan (observing one twice is harmless).
    this.shadowRoots = new WeakSet();
    this.scanner.scanPage(document.body ?? document.documentElement, visibleBlocks());
  }

  /** Readies a shadow root the scanner is about to read; false when its marks could not paint. */
  private addShadowRoot(root: ShadowRoot): boolean {
    // A mark the browser cannot paint is one the reader cannot see: not registered, hovered or counted.
    let paintable = this.paintable.get(root);
    if (paintable === undefined) {
      paintable = this.style.addTo(root);
      this.paintable.set(root, paintable);
    }
    if (!paintable) return false;
    // Page observers do not see inside shadow trees: each needs its own observe() call.
    if (!this.shadowRoots.has(root)) this.watcher.observe(root);
    this.shadowRoots.add(root);
    return true;
  }

  private onMutations(roots: Node[], removed: boolean): void {
    // Pages mutate constantly, so this is where an orphaned script most often finds out.
    if (!isContextAlive()) {
      this.options.onWorkerError(new Error('Extension context invalidated'));
      return;
    }
    if (removed) {
      this.store.removeWhere((m) => m.nodes.some((n) => !n.isConnected));
      this.interaction?.marksRemoved();
    }
    this.scanner.enqueue(roots);
  }
}
