// The search field and its results: arrows move through the results, Enter opens one, Escape steps
// back (closes the open card, then clears the field, then closes the popup).
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DatasetInfo, EntityCard, FactView } from '../core/protocol';
import { FactCard } from '../ui/FactCard';
import { countOf } from './format';
import { optionDomId, ResultList } from './ResultList';
import { flattenResults, type ResultOption, type SearchState, useSearch } from './use-search';

interface SearchProps {
  info: DatasetInfo | null;
  onOpenArticle: (fact: FactView) => void;
  onOpenArticleById: (articleId: string) => void;
}

function statusText(state: SearchState, count: number, info: DatasetInfo | null): string {
  switch (state.kind) {
    case 'idle':
      return info
        ? `Type to search ${countOf(info.entities, 'entity', 'entities')}, their facts and ${countOf(info.articles, 'article', 'articles')}`
        : 'Type to search people, organisations, places, facts and articles';
    case 'searching':
      return 'Searching…';
    case 'error':
      return `Search failed: ${state.message}`;
    case 'done':
      return count === 0 ? `No matches for “${state.query}”` : `${countOf(count, 'result', 'results')}`;
  }
}

export function Search({ info, onOpenArticle, onOpenArticleById }: SearchProps): JSX.Element {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const [card, setCard] = useState<EntityCard | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const state = useSearch(query);
  const options = useMemo(() => (state.kind === 'done' ? flattenResults(state.results) : []), [state]);

  useEffect(() => {
    // `autofocus` is not always honoured when a popup opens, so focus explicitly as well.
    input.current?.focus();
  }, []);
  useEffect(() => setActive(options.length > 0 ? 0 : -1), [options]);
  useEffect(() => {
    const current = options[active];
    if (current) document.getElementById(optionDomId(current))?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  const choose = (option: ResultOption | undefined) => {
    if (!option) return;
    if (option.kind === 'entity') setCard(option.card);
    else if (option.kind === 'fact') onOpenArticle(option.fact);
    else onOpenArticleById(option.article.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = options.length;
    if (e.key === 'ArrowDown' && n > 0) setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp' && n > 0) setActive((i) => (i <= 0 ? n - 1 : i - 1));
    else if (e.key === 'Enter') choose(options[active]);
    else if (e.key === 'Escape') {
      if (card) setCard(null);
      else if (query) setQuery('');
      else window.close();
    } else return;
    e.preventDefault();
  };

  const status = statusText(state, options.length, info);
  const current = options[active];
  return (
    <section class="search" aria-label="Search">
      <label for="search" class="field-label">
        Search Factlens
      </label>
      <input
        id="search"
        ref={input}
        type="text"
        role="combobox"
        autofocus
        autocomplete="off"
        spellcheck={false}
        value={query}
        aria-controls="results-list"
        aria-expanded={options.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={current ? optionDomId(current) : undefined}
        aria-describedby="search-keys"
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setCard(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p id="search-keys" class="visually-hidden">
        Arrow keys move through the results, Enter opens one, Escape goes back.
      </p>
      <div id="results">
        <p class={state.kind === 'error' ? 'status error' : 'status'} role="status">
          {status}
        </p>
        <ResultList options={options} active={active} onChoose={(i) => choose(options[i])} />
      </div>
      <div id="search-card" aria-live="polite">
        {card ? <FactCard card={card} onOpenArticle={onOpenArticle} /> : null}
      </div>
    </section>
  );
}
