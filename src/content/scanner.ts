// Turns queued subtrees into marks: walks runs, matches them and records each mention as a mark.
// Re-scanning the same text is idempotent because a run's old marks are replaced, never added to.

import type { Match, Matcher } from '../core/match';
import { containsNode, isConnected, parentNodeOf } from './dom-refs';
import { isInsideSkipped } from './dom-rules';
import type { Mark, MarkStore } from './highlighter';
import { MAX_MARKS } from './limits';
import { Revisits } from './revisit';
import { createSliceScheduler } from './scheduler';
import { ShadowEntry } from './shadow-entry';
import { PAUSE, pointAt, RunWalker, type TextRun } from './text-index';

interface Job {
  root: Node;
  walker: RunWalker | null;
  /** Subtrees an earlier pass of the same scan covered (the visible blocks). */
  done?: WeakSet<Node>;
  /** A block on screen: once the last one is marked, the browser paints before scanning goes on. */
  visible?: boolean;
  /** Counted in Scanner.waiting: queued and not started. */
  waiting: boolean;
}

export class Scanner {
  private matcher: Matcher | null = null;
  /** Jobs in order; queue[head] is the one being read, those before it are finished. */
  private queue: Job[] = [];
  private head = 0;
  /**
   * Roots of queued jobs not yet started, each with how many such jobs it has. A new root is looked
   * up along its ancestors (page depth) instead of against the whole queue, which on an infinite
   * scroll page grows faster than it is read.
   */
  private readonly waiting = new Map<Node, number>();
  /** Roots that a later, wider queued root covers: dropped when their turn comes. */
  private readonly superseded = new WeakSet<Node>();
  /** The whole-page scan's root: its visible blocks are queued ahead of it on purpose. */
  private pageRoot: Node | null = null;
  private readonly revisits = new Revisits(
    (shown) => this.enqueue(shown),
    (root) => this.foundShadowRoot(root),
  );
  private readonly scheduler = createSliceScheduler((deadline) => this.work(deadline));
  /** Epoch ms at which the queue last ran empty. */
  private idleAt: number | null = null;
  /** Shadow roots queued since the last whole-page scan: a host met again is not queued again. */
  private shadows = new WeakSet<ShadowRoot>();
  /** Roots found outside skipped subtrees since the last whole-page scan (see isInsideSkipped). */
  private cleared = new WeakSet<Node>();
  private readonly shadowEntry: ShadowEntry;
  /** When the running slice is to end. */
  private deadline = 0;

  /**
   * `enterShadowRoot` readies a shadow root for marking (styles, observer) when its turn comes, not
   * when it is found: one walk step can meet thousands of hosts. False: its text is not to be marked.
   */
  constructor(
    private readonly store: MarkStore,
    enterShadowRoot: (root: ShadowRoot) => boolean,
  ) {
    this.shadowEntry = new ShadowEntry(enterShadowRoot, (root) => this.foundShadowRoot(root));
  }

  setMatcher(matcher: Matcher | null): void {
    this.matcher = matcher;
  }

  /** Scans a whole tree, the given visible blocks first, without reading those twice. */
  scanPage(root: Node, visible: readonly Node[]): void {
    const done = new WeakSet<Node>();
    this.pageRoot = root;
    this.shadows = new WeakSet();
    this.cleared = new WeakSet();
    this.shadowEntry.reset();
    for (const block of visible) {
      done.add(block);
      this.push({ root: block, walker: null, visible: true, waiting: true });
    }
    this.push({ root, walker: null, done, waiting: true });
    this.scheduler.request();
  }

  /**
   * Queues subtrees for (re)scanning; roots inside queued, not yet started roots are merged away.
   * Costs the root's depth, not the queue's length. Nothing is queued once the page holds MAX_MARKS.
   */
  enqueue(roots: Iterable<Node>): void {
    for (const root of roots) {
      if (this.store.size >= MAX_MARKS) break;
      if (this.coveredByWaiting(root)) continue;
      // Queued roots inside this one are dropped when reached (see work()); the one being read now
      // is the only started job, and it stops here if this root covers it.
      const current = this.queue[this.head];
      if (current?.walker && current.root !== root && containsNode(root, current.root))
        this.superseded.add(current.root);
      this.push({ root, walker: null, waiting: true });
    }
    if (this.pending > 0) this.scheduler.request();
  }

  /** After changes on these elements: rescans hidden subtrees they may have revealed. */
  recheckHidden(changed: readonly Element[]): void {
    this.revisits.recheckHidden(changed);
  }

  /** True while queued subtrees wait to be read. */
  get reading(): boolean {
    return this.matcher !== null && this.pending > 0;
  }

  get readAt(): number | null {
    return this.idleAt;
  }

  /** Stops all pending work; marks already drawn stay. */
  cancel(): void {
    this.clearQueue();
    this.scheduler.cancel();
    this.revisits.stop();
  }

  /** A shadow root met by a walk: queued as a root of its own (walks do not enter shadow trees). */
  private foundShadowRoot = (root: ShadowRoot): void => {
    if (this.shadows.has(root)) return;
    this.shadows.add(root);
    this.shadowEntry.queued(root);
    this.enqueue([root]);
  };

  private get pending(): number {
    return this.queue.length - this.head;
  }

  private push(job: Job): void {
    this.queue.push(job);
    this.waiting.set(job.root, (this.waiting.get(job.root) ?? 0) + 1);
  }

  /** Ends the job at the head of the queue; the array is compacted once half of it is finished. */
  private shift(): void {
    const job = this.queue[this.head];
    if (job) this.leaveWaiting(job);
    this.head++;
    if (this.head === this.queue.length) this.clearQueue();
    else if (this.head > 1_024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private clearQueue(): void {
    this.queue = [];
    this.head = 0;
    this.waiting.clear();
  }

  private leaveWaiting(job: Job): void {
    if (!job.waiting) return;
    job.waiting = false;
    if (job.done) this.pageRoot = null;
    const count = this.waiting.get(job.root) ?? 0;
    if (count > 1) this.waiting.set(job.root, count - 1);
    else this.waiting.delete(job.root);
  }

  /** True when root or one of its ancestors (up to its tree's root) is a queued job not started yet. */
  private coveredByWaiting(root: Node): boolean {
    for (let n: Node | null = root; n; n = parentNodeOf(n)) if (this.waiting.has(n)) return true;
    return false;
  }

  /** True when a wider root was queued after this job's root was: that one rescans it. */
  private supersededJob(job: Job): boolean {
    if (job.done) return false;
    for (let n: Node | null = parentNodeOf(job.root); n; n = parentNodeOf(n)) {
      if (n !== this.pageRoot && this.waiting.has(n)) return true;
    }
    return false;
  }

  private work(deadline: number): boolean {
    this.deadline = deadline;
    while (this.pending > 0) {
      if (Date.now() > deadline) return true;
      const job = this.queue[this.head] as Job;
      // Past the cap nothing more is marked, so nothing more is read or matched.
      const full = this.store.size >= MAX_MARKS;
      const run = full || (job.walker === null && this.supersededJob(job)) ? null : this.step(job);
      if (full) this.clearQueue();
      // The walk passed many elements without text: the deadline is looked at before it goes on.
      if (run === PAUSE) continue;
      if (run !== null) {
        this.markRun(run);
        continue;
      }
      if (job.walker !== null && this.superseded.has(job.root)) this.superseded.delete(job.root);
      if (!full) this.shift();
      // The page's clock as epoch ms: comparable with the page's own performance entries.
      if (this.pending === 0) this.idleAt = performance.timeOrigin + performance.now();
      const next = this.queue[this.head];
      if (job.visible && next && !next.visible) {
        this.scheduler.paintNext();
        return true;
      }
    }
    return false;
  }

  /** The next run of a job, or null when the job is finished or cannot run. */
  private step(job: Job): TextRun | typeof PAUSE | null {
    if (!this.matcher || !isConnected(job.root)) return null;
    if (job.walker !== null && this.superseded.has(job.root)) return null;
    if (job.walker === null || !isConnected(job.walker.position)) {
      this.leaveWaiting(job);
      // New job, or the page removed the node the walk had reached: (re)start from the root.
      const root = job.root;
      // 500 nested shadow roots: each climb stops at the root of the level above.
      if (isInsideSkipped(root, this.cleared)) return null;
      this.cleared.add(root);
      if (job.walker === null && root instanceof ShadowRoot && !this.shadowEntry.admit(root, this.deadline))
        return null;
      const done = job.done;
      // The page scan sweeps every mark once; a subtree's job only the marks inside it.
      if (done) {
        this.store.removeWhere((m) =>
          m.nodes.some((n) => !isConnected(n) || (containsNode(root, n) && !inDone(n, done))),
        );
      } else this.store.removeWithin(root);
      job.walker = new RunWalker(root, this.foundShadowRoot, {
        done,
        onSkipped: this.revisits.rememberHidden,
        onShadowless: this.revisits.rememberShadowless,
        mentionsIn: this.mentionsIn,
      });
    }
    return job.walker.next();
  }

  private mentionsIn = (text: string): readonly Match[] => this.matcher?.scan(text) ?? [];

  private markRun(run: TextRun): void {
    const matcher = this.matcher;
    if (!matcher) return;
    this.store.removeTouching(run.nodes);
    if (this.store.size >= MAX_MARKS) return;
    for (const match of run.matches ?? matcher.scan(run.text)) {
      if (this.store.size >= MAX_MARKS) return;
      const a = pointAt(run, match.start, false);
      const b = pointAt(run, match.end, true);
      const range = new StaticRange({
        startContainer: a.node,
        startOffset: a.offset,
        endContainer: b.node,
        endOffset: b.offset,
      });
      const mark: Mark = {
        range,
        entityId: match.entityId,
        alias: match.alias,
        nodes: run.nodes.slice(a.index, b.index + 1),
        block: run.block,
      };
      this.store.add(mark);
    }
  }
}

/** True when node lies in one of the subtrees a previous pass already scanned. */
function inDone(node: Node, done: WeakSet<Node> | undefined): boolean {
  if (!done) return false;
  for (let n: Node | null = node; n; n = parentNodeOf(n)) if (done.has(n)) return true;
  return false;
}
