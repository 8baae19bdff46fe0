// A tab asks the worker again after a transient failure, waiting longer each time, and stops when the
// extension is gone or the request is superseded (issue 12, "a transient worker error").
import { describe, expect, it } from 'vitest';
import { askWithRetry, RetryAbortedError } from '../../src/content/worker-retry';

const failing = (failures: number, value = 'answer') => {
  let calls = 0;
  return {
    ask: async () => {
      calls++;
      if (calls <= failures) throw new Error('Factlens: getMatchData failed: storage unreadable');
      return value;
    },
    calls: () => calls,
  };
};

describe('askWithRetry', () => {
  it('asks again with growing waits until the worker answers', async () => {
    const waits: number[] = [];
    const worker = failing(4);
    const answer = await askWithRetry(worker.ask, {
      signal: new AbortController().signal,
      isFatal: () => false,
      delays: [10, 20, 40],
      sleep: async (ms) => void waits.push(ms),
    });
    expect(answer).toBe('answer');
    expect(worker.calls()).toBe(5);
    expect(waits).toEqual([10, 20, 40, 40]);
  });

  it('gives up at once on a fatal error (the extension is gone)', async () => {
    const worker = failing(10);
    await expect(
      askWithRetry(worker.ask, {
        signal: new AbortController().signal,
        isFatal: () => true,
        sleep: async () => {},
      }),
    ).rejects.toThrow('storage unreadable');
    expect(worker.calls()).toBe(1);
  });

  it('stops waiting when the signal aborts', async () => {
    const control = new AbortController();
    const worker = failing(10);
    const asked = askWithRetry(worker.ask, {
      signal: control.signal,
      isFatal: () => false,
      delays: [60_000],
    });
    await new Promise((r) => setTimeout(r, 10));
    control.abort();
    await expect(asked).rejects.toBeInstanceOf(RetryAbortedError);
    expect(worker.calls()).toBe(1);
  });
});
