// Search as you type. The worker searches, so typing never waits on the index. A keystroke is asked at
// once when no answer is out (no fixed debounce between a key and its results); keys typed while one
// is out wait for it and only the newest of them is asked next, so a fast typist never queues stale
// queries. Each reply carries its request number and only the newest one is kept.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { errorText } from './format';

export const GROUP_LIMIT = 8;

export type SearchState =
  | { kind: 'idle' }
  /** A request for `query` is with the worker; `previous` are the last results shown, kept on screen. */
  | { kind: 'searching'; query: string; previous: SearchResults | null }
  | { kind: 'done'; query: string; results: SearchResults }
  | { kind: 'error'; message: string };

/** Asks for the results of one query; the worker in the popup, a plain function in tests. */
export type SearchAsk = (query: string) => Promise<SearchResults>;

const askSearch: SearchAsk = (query) => askWorker('search', { query, limit: GROUP_LIMIT });

/** The results to list in a state: the finished ones, or while searching the ones still on screen. */
export function shownResults(state: SearchState): SearchResults | null {
  if (state.kind === 'done') return state.results;
  return state.kind === 'searching' ? state.previous : null;
}

export function useSearch(query: string, ask: SearchAsk = askSearch): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);
  const out = useRef(false);
  const next = useRef<{ q: string; request: number } | null>(null);

  useEffect(() => {
    const q = query.trim();
    const request = ++latest.current;
    if (!q) {
      next.current = null;
      setState({ kind: 'idle' });
      return;
    }
    // "Searching…" from the key until its answer: a first search after a large import can take a
    // while. Earlier results stay on screen meanwhile, so the list does not flicker.
    setState((s) => ({ kind: 'searching', query: q, previous: shownResults(s) }));
    const send = (text: string, id: number) => {
      out.current = true;
      ask(text)
        .then(
          (results) => {
            if (id === latest.current) setState({ kind: 'done', query: text, results });
          },
          (err: unknown) => {
            if (id === latest.current) setState({ kind: 'error', message: errorText(err) });
          },
        )
        .finally(() => {
          out.current = false;
          const waiting = next.current;
          next.current = null;
          if (waiting && waiting.request === latest.current) send(waiting.q, waiting.request);
        });
    };
    if (out.current) next.current = { q, request };
    else send(q, request);
  }, [query, ask]);

  return state;
}

export type ResultOption =
  | { kind: 'entity'; id: string; card: SearchResults['entities'][number] }
  | { kind: 'fact'; id: string; fact: SearchResults['facts'][number] }
  | { kind: 'article'; id: string; article: SearchResults['articles'][number] };

/** The results in display order, as one list the arrow keys walk through. */
export function flattenResults(results: SearchResults): ResultOption[] {
  return [
    ...results.entities.map((card) => ({ kind: 'entity' as const, id: `e-${card.entity.id}`, card })),
    ...results.facts.map((fact) => ({ kind: 'fact' as const, id: `f-${fact.id}`, fact })),
    ...results.articles.map((article) => ({ kind: 'article' as const, id: `a-${article.id}`, article })),
  ];
}
