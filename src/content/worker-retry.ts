// Asking the worker again after a failure that is not the end of the extension. A worker the browser
// stopped mid-answer, or storage it could not read for a moment, fails one request; a tab that gave up
// then would mark nothing (or keep an old dataset) until it is reloaded. So the tab asks again, waiting
// longer each time (0.5 s, 1 s, 2 s … at most 30 s), until it is answered, a newer request replaces
// this one, or the extension is gone.
import { isContextAlive } from './context';

export const RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000, 16000, 30000] as const;

export interface RetryOptions {
  /** Aborted when the tab's script lets go of the page, or a newer request supersedes this one. */
  signal: AbortSignal;
  /** An error no retry can cure (the extension was updated or removed): rejected at once. */
  isFatal(error: unknown): boolean;
  /** Told of each failure that will be retried, for tests and tracing. */
  onRetry?(error: unknown, attempt: number): void;
  delays?: readonly number[];
  /** Failures after which the last one is rejected; unlimited when absent. */
  attempts?: number;
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

/**
 * A hover's patience: what the reader is waiting for right now (a card, its code) is asked again
 * at once and a few times, then the failure is the caller's (asked again on the next hover). Chromium
 * drops the message that wakes a stopping worker ("the message channel closed before a response was
 * received"), so the first card after the worker slept failed about one hover in eight.
 */
export const HOVER_RETRY_DELAYS_MS = [20, 200, 1000] as const;

export class RetryAbortedError extends Error {
  override name = 'RetryAbortedError';
}

function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal.removeEventListener('abort', stop);
      resolve();
    }
    function stop() {
      clearTimeout(timer);
      reject(new RetryAbortedError('retry aborted'));
    }
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** The first answer of `ask`; rejects with a fatal error, or RetryAbortedError once the signal aborts. */
export async function askWithRetry<T>(ask: () => Promise<T>, options: RetryOptions): Promise<T> {
  const delays = options.delays ?? RETRY_DELAYS_MS;
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 0; ; attempt++) {
    if (options.signal.aborted) throw new RetryAbortedError('retry aborted');
    try {
      return await ask();
    } catch (error) {
      if (options.isFatal(error)) throw error;
      if (options.attempts !== undefined && attempt + 1 >= options.attempts) throw error;
      options.onRetry?.(error, attempt + 1);
      await sleep(delays[Math.min(attempt, delays.length - 1)] ?? 30_000, options.signal);
    }
  }
}

/** What a hover's retries can be told; by default they stop once the extension is gone. */
export type HoverRetryOptions = Partial<Pick<RetryOptions, 'isFatal' | 'sleep'>>;

/** `ask`, asked again after a non-fatal failure at the hover's pace, at most four times in all. */
export function askForHover<T>(
  ask: () => Promise<T>,
  { isFatal = () => !isContextAlive(), sleep }: HoverRetryOptions = {},
): Promise<T> {
  return askWithRetry(ask, {
    // Never aborted: the hover's own code decides what to do with a late answer. Made here, not at
    // module level, so the start script (which shares this module) does not carry it.
    signal: new AbortController().signal,
    isFatal,
    delays: HOVER_RETRY_DELAYS_MS,
    attempts: HOVER_RETRY_DELAYS_MS.length + 1,
    sleep,
  });
}
