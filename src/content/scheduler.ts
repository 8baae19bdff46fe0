// Runs scan work in short slices so a long page never blocks input: the page gets the main
// thread back at least every SLICE_MS.

import { traceEnd, traceStart } from './trace';

const SLICE_MS = 8;

export interface SliceScheduler {
  /** Asks for work() to be called soon; work returns true while it has more to do. */
  request(): void;
  /** Lets the browser paint before the next slice (after the visible part is marked). */
  paintNext(): void;
  cancel(): void;
}

/** scheduler.yield (Chromium 129+): resumes ahead of other queued tasks, but after input. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

function yielder(): YieldingScheduler | null {
  const s = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return typeof s?.yield === 'function' ? (s as YieldingScheduler) : null;
}

/** A new task without timer clamping (nested setTimeouts are held to 4 ms each). */
function taskQueue(): (run: () => void) => void {
  const channel = new MessageChannel();
  const pending: Array<() => void> = [];
  channel.port1.onmessage = () => pending.shift()?.();
  return (run) => {
    pending.push(run);
    channel.port2.postMessage(null);
  };
}

export function createSliceScheduler(work: (deadline: number) => boolean): SliceScheduler {
  const fast = yielder();
  const postTask = taskQueue();
  let scheduled = false;
  let paintFirst = false;
  // Bumped by cancel(), so a loop or task queued before it does nothing.
  let epoch = 0;

  const loop = async (mine: number) => {
    while (mine === epoch) {
      // Date.now, not performance.now: the scan asks after every run, and in a Firefox content
      // script performance is a page object behind a wrapper; a millisecond's grain is plenty here.
      const started = traceStart();
      const more = work(Date.now() + SLICE_MS);
      traceEnd('factlens:slice', started);
      if (!more) break;
      if (paintFirst) {
        // Continuations of scheduler.yield outrank rendering: go through a frame instead.
        paintFirst = false;
        requestAnimationFrame(() => postTask(() => void loop(mine)));
        return;
      }
      if (fast) await fast.yield();
      else await new Promise<void>((resume) => postTask(resume));
    }
    if (mine === epoch) scheduled = false;
  };

  return {
    request() {
      if (scheduled) return;
      scheduled = true;
      const mine = epoch;
      // A task first, so the caller's own task ends before scanning starts.
      postTask(() => void loop(mine));
    },
    paintNext() {
      paintFirst = true;
    },
    cancel() {
      epoch++;
      scheduled = false;
      paintFirst = false;
    },
  };
}
