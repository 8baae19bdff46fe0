// @vitest-environment happy-dom
// useSearch with real timers and answers that take real time: "Searching…" exactly while a request
// is out, and an older, slower answer never replaces a newer one.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResults } from '../../src/core/protocol';
import { type SearchAsk, type SearchState, useSearch } from '../../src/popup/use-search';

// The hook's default asker messages the worker; these tests pass their own.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const resultsFor = (query: string): SearchResults => ({
  entities: [],
  facts: [],
  articles: [{ id: query, title: `About ${query}`, date: '2024-07-05', source: '' }],
});

/** Answers each query after the delay given for it, and counts the requests. */
function slowAsk(delays: Record<string, number>): SearchAsk & { asked: string[] } {
  const asked: string[] = [];
  const ask = (query: string) => {
    asked.push(query);
    return new Promise<SearchResults>((resolve) =>
      setTimeout(() => resolve(resultsFor(query)), delays[query] ?? 0),
    );
  };
  return Object.assign(ask, { asked });
}

const sleep = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

let root: HTMLElement;
let current: SearchState = { kind: 'idle' };
function Probe({ query, ask }: { query: string; ask: SearchAsk }) {
  current = useSearch(query, ask);
  return null;
}
const show = (query: string, ask: SearchAsk) => act(() => render(<Probe query={query} ask={ask} />, root));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  current = { kind: 'idle' };
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/**
 * Retries `check` until it passes: what the hook does is ordered, but a loaded machine runs timers
 * late, so the tests wait for states instead of betting on how long they take. The answers are slow
 * (a second) so that "searching" lasts far longer than any lateness.
 */
async function eventually(check: () => void, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await sleep(20);
    }
  }
}

describe('useSearch', () => {
  it('asks at once and is searching from the request until its answer, and only then', async () => {
    const ask = slowAsk({ putin: 1000 });
    show('putin', ask);
    // No debounce: the key is asked as it is typed.
    expect(ask.asked).toEqual(['putin']);
    expect(current).toEqual({ kind: 'searching', query: 'putin', previous: null });
    await eventually(() =>
      expect(current).toEqual({ kind: 'done', query: 'putin', results: resultsFor('putin') }),
    );
  });

  it('keeps the earlier results on screen while the next query is searched', async () => {
    const ask = slowAsk({ put: 10, putin: 1000 });
    show('put', ask);
    await eventually(() => expect(current.kind).toBe('done'));
    show('putin', ask);
    await eventually(() => expect(ask.asked).toEqual(['put', 'putin']));
    expect(current).toEqual({ kind: 'searching', query: 'putin', previous: resultsFor('put') });
    await eventually(() =>
      expect(current).toEqual({ kind: 'done', query: 'putin', results: resultsFor('putin') }),
    );
  });

  it('while an answer is out, asks only the newest of the keys typed meanwhile, once it is in', async () => {
    const ask = slowAsk({ p: 1000 });
    show('p', ask);
    show('pu', ask);
    show('put', ask);
    expect(ask.asked).toEqual(['p']);
    expect(current).toEqual({ kind: 'searching', query: 'put', previous: null });
    await eventually(() =>
      expect(current).toEqual({ kind: 'done', query: 'put', results: resultsFor('put') }),
    );
    expect(ask.asked).toEqual(['p', 'put']);
  });

  it('drops the answer to an older query that arrives after the newer one', async () => {
    const ask = slowAsk({ slow: 1000, fast: 10 });
    show('slow', ask);
    await eventually(() => expect(ask.asked).toEqual(['slow']));
    expect(current.kind).toBe('searching');
    show('fast', ask);
    await eventually(() =>
      expect(current).toEqual({ kind: 'done', query: 'fast', results: resultsFor('fast') }),
    );
    // Past the slow answer's arrival: it must have changed nothing.
    await sleep(1100);
    expect(ask.asked).toEqual(['slow', 'fast']);
    expect(current).toEqual({ kind: 'done', query: 'fast', results: resultsFor('fast') });
  });

  it('goes back to idle when the field is cleared, ignoring the answer still out', async () => {
    const ask = slowAsk({ putin: 1000 });
    show('putin', ask);
    await eventually(() => expect(ask.asked).toEqual(['putin']));
    expect(current.kind).toBe('searching');
    show('  ', ask);
    await eventually(() => expect(current).toEqual({ kind: 'idle' }));
    await sleep(1100);
    expect(current).toEqual({ kind: 'idle' });
  });
});
