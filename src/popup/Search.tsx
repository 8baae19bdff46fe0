// Search as you type. Replies can arrive out of order, so each carries its request number and
// only the newest one is shown.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DatasetInfo, EntityCard, FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { FactCard } from '../ui/FactCard';
import { countOf, errorText } from './format';

const DEBOUNCE_MS = 120;
const RESULT_LIMIT = 10;

type Result =
  | { kind: 'idle' }
  | { kind: 'done'; query: string; cards: EntityCard[] }
  | { kind: 'error'; message: string };

function idleText(info: DatasetInfo | null): string {
  if (!info) return 'Type to search people, organisations and places';
  return `Type to search ${countOf(info.entities, 'entity', 'entities')} from ${countOf(info.articles, 'article', 'articles')}`;
}

function statusText(result: Result, info: DatasetInfo | null): string {
  switch (result.kind) {
    case 'idle':
      return idleText(info);
    case 'error':
      return `Search failed: ${result.message}`;
    case 'done':
      return result.cards.length === 0
        ? `No matches for “${result.query}”`
        : countOf(result.cards.length, 'match', 'matches');
  }
}

export function Search({ onOpenArticle }: { onOpenArticle: (fact: FactView) => void }): JSX.Element {
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<Result>({ kind: 'idle' });
  const [info, setInfo] = useState<DatasetInfo | null>(null);
  const latest = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // `autofocus` is not always honoured when a popup opens, so focus explicitly as well.
    input.current?.focus();
    askWorker('getDatasetInfo', {}).then(setInfo, () => setInfo(null));
  }, []);

  useEffect(() => {
    const q = query.trim();
    const request = ++latest.current;
    if (!q) {
      setResult({ kind: 'idle' });
      return;
    }
    const timer = setTimeout(() => {
      askWorker('search', { query: q, limit: RESULT_LIMIT }).then(
        (cards) => {
          if (request === latest.current) setResult({ kind: 'done', query: q, cards });
        },
        (err: unknown) => {
          if (request === latest.current) setResult({ kind: 'error', message: errorText(err) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const cards = result.kind === 'done' ? result.cards : [];
  const shownStatus = statusText(result, info);
  // A match count is only for screen readers; sighted users see the cards themselves.
  const statusClass = cards.length > 0 ? 'status visually-hidden' : 'status';

  return (
    <section class="search" aria-label="Search">
      <label for="search" class="field-label">
        Search Factlens
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        autofocus
        autocomplete="off"
        spellcheck={false}
        value={query}
        aria-controls="results"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div id="results">
        <p class={result.kind === 'error' ? `${statusClass} error` : statusClass} role="status">
          {shownStatus}
        </p>
        {cards.length > 0 ? (
          <ul class="cards">
            {cards.map((card) => (
              <li key={card.entity.id}>
                <FactCard card={card} onOpenArticle={onOpenArticle} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </section>
  );
}
