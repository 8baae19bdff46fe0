// Search as you type. The worker searches, so typing never waits on the index; replies can arrive out
// of order, so each carries its request number and only the newest one is kept.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResults } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { errorText } from './format';

const DEBOUNCE_MS = 120;
export const GROUP_LIMIT = 8;

export type SearchState =
  | { kind: 'idle' }
  | { kind: 'searching'; query: string }
  | { kind: 'done'; query: string; results: SearchResults }
  | { kind: 'error'; message: string };

export function useSearch(query: string): SearchState {
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const q = query.trim();
    const request = ++latest.current;
    if (!q) {
      setState({ kind: 'idle' });
      return;
    }
    // Earlier results stay on screen while the next ones are fetched, so the list does not flicker.
    const timer = setTimeout(() => {
      askWorker('search', { query: q, limit: GROUP_LIMIT }).then(
        (results) => {
          if (request === latest.current) setState({ kind: 'done', query: q, results });
        },
        (err: unknown) => {
          if (request === latest.current) setState({ kind: 'error', message: errorText(err) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

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
