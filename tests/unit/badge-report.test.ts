import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportMarkCount } from '../../src/content/badge-report';

describe('reportMarkCount', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a changed count once per burst of mark changes, and never the same count twice', async () => {
    let count = 0;
    const sent: number[] = [];
    const lifetime = new AbortController();
    const report = reportMarkCount(
      () => count,
      async (n) => sent.push(n),
      lifetime.signal,
    );
    report.changed();
    await vi.runAllTimersAsync();
    // Nothing marked yet: a fresh page has no badge to clear.
    expect(sent).toEqual([]);
    for (count = 1; count <= 5; count++) report.changed();
    count = 5;
    await vi.runAllTimersAsync();
    expect(sent).toEqual([5]);
    report.changed();
    await vi.runAllTimersAsync();
    expect(sent).toEqual([5]);
    report.resend();
    await vi.runAllTimersAsync();
    expect(sent).toEqual([5, 5]);
    count = 0;
    report.changed();
    await vi.runAllTimersAsync();
    expect(sent).toEqual([5, 5, 0]);
    count = 2;
    report.changed();
    lifetime.abort();
    await vi.runAllTimersAsync();
    expect(sent).toEqual([5, 5, 0]);
  });
});
