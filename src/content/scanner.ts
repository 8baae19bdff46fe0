// Turns queued subtrees into marks: walks runs, matches them and records each mention as a mark.
// Re-scanning the same text is idempotent because a run's old marks are replaced, never added to.

import type { Matcher } from '../core/match';
import { isInsideSkipped } from './dom-rules';
import type { Mark, MarkStore } from './highlighter';
import { createSliceScheduler } from './scheduler';
import { pointAt, RunWalker, type TextRun } from './text-index';

interface Job {
  root: Node;
  walker: RunWalker | null;
}

export class Scanner {
  private matcher: Matcher | null = null;
  private queue: Job[] = [];
  private readonly scheduler = createSliceScheduler((deadline) => this.work(deadline));

  constructor(
    private readonly store: MarkStore,
    private readonly onShadowRoot: (root: ShadowRoot) => void,
  ) {}

  setMatcher(matcher: Matcher | null): void {
    this.matcher = matcher;
  }

  /** Queues subtrees for (re)scanning; roots inside queued, not yet started roots are merged away. */
  enqueue(roots: Iterable<Node>): void {
    for (const root of roots) {
      if (this.queue.some((j) => j.walker === null && (j.root === root || j.root.contains(root)))) continue;
      this.queue = this.queue.filter((j) => !root.contains(j.root));
      this.queue.push({ root, walker: null });
    }
    if (this.queue.length > 0) this.scheduler.request();
  }

  /** Stops all pending work; marks already drawn stay. */
  cancel(): void {
    this.queue = [];
    this.scheduler.cancel();
  }

  private work(deadline: number): boolean {
    while (this.queue.length > 0) {
      if (performance.now() > deadline) return true;
      const job = this.queue[0] as Job;
      const run = this.step(job);
      if (run === null) this.queue.shift();
      else this.markRun(run);
    }
    return false;
  }

  /** The next run of a job, or null when the job is finished or cannot run. */
  private step(job: Job): TextRun | null {
    if (!this.matcher || !job.root.isConnected) return null;
    if (job.walker === null || !job.walker.position.isConnected) {
      // New job, or the page removed the node the walk had reached: (re)start from the root.
      if (isInsideSkipped(job.root)) return null;
      const root = job.root;
      this.store.removeWhere((m) => m.nodes.some((n) => !n.isConnected || root.contains(n)));
      job.walker = new RunWalker(root, this.onShadowRoot);
    }
    return job.walker.next();
  }

  private markRun(run: TextRun): void {
    const matcher = this.matcher;
    if (!matcher) return;
    this.store.removeTouching(run.nodes);
    for (const match of matcher.scan(run.text)) {
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
      };
      this.store.add(mark);
    }
  }
}
