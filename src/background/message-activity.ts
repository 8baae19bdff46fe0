// Messages being answered, so that background work (the import compiler's steps, each a few seconds of
// synchronous compiling) waits for them: a tab asking for its match data while imports compile is
// answered after at most the step already running, not after the whole compile.

let inFlight = 0;
let waiters: Array<() => void> = [];

/** Counts `answer` as a message in flight until it settles. */
export function tracked<T>(answer: Promise<T>): Promise<T> {
  inFlight++;
  return answer.finally(() => {
    inFlight--;
    if (inFlight > 0) return;
    const ready = waiters;
    waiters = [];
    for (const wake of ready) wake();
  });
}

/**
 * Resolves once no message is being answered, after a task turn, so a message that has already arrived
 * starts (and is counted) before the caller's next synchronous stretch.
 */
export async function quiet(): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (inFlight === 0) return;
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}
