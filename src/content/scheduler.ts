// Runs scan work in short slices so a long page never blocks input: the page gets the main
// thread back at least every SLICE_MS.

const SLICE_MS = 8;

export interface SliceScheduler {
  /** Asks for work() to be called soon; work returns true while it has more to do. */
  request(): void;
  cancel(): void;
}

export function createSliceScheduler(work: (deadline: number) => boolean): SliceScheduler {
  let pendingIdle: number | null = null;
  let pendingTimer: ReturnType<typeof setTimeout> | null = null;

  const run = () => {
    pendingIdle = null;
    pendingTimer = null;
    if (work(performance.now() + SLICE_MS)) schedule();
  };

  function schedule(): void {
    if (pendingIdle !== null || pendingTimer !== null) return;
    // The timeout keeps scanning going in busy or background tabs where idle time never comes.
    if (typeof requestIdleCallback === 'function') pendingIdle = requestIdleCallback(run, { timeout: 150 });
    else pendingTimer = setTimeout(run, 0);
  }

  return {
    request: schedule,
    cancel() {
      if (pendingIdle !== null) cancelIdleCallback(pendingIdle);
      if (pendingTimer !== null) clearTimeout(pendingTimer);
      pendingIdle = null;
      pendingTimer = null;
    },
  };
}
