// The search field and its results: arrows move through the results, Enter opens one, Escape steps
// back (closes the open card, then clears the field, then closes the popup). A chosen card takes the
// list's place, in view with focus on its name: below a long list it would open out of sight, and a
// list still updating above it would push it away. Back (or Escape) returns to the list.
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DatasetInfo, EntityCard, FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { FactCard } from '../ui/FactCard';
import { countOf, errorText } from './format';
import { optionDomId, ResultList } from './ResultList';
import { flattenResults, type ResultOption, type SearchState, shownResults, useSearch } from './use-search';

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
  // The open card and the cards it was reached from through its related names (for Back).
  const [trail, setTrail] = useState<EntityCard[]>([]);
  const [cardError, setCardError] = useState('');
  const card = trail.at(-1) ?? null;
  const input = useRef<HTMLInputElement>(null);
  const cardBox = useRef<HTMLDivElement>(null);
  const state = useSearch(query);
  // Keyed by the results object, so "Searching…" over the same results keeps the active option.
  const results = shownResults(state);
  const options = useMemo(() => (results ? flattenResults(results) : []), [results]);

  useEffect(() => {
    // `autofocus` is not always honoured when a popup opens, so focus explicitly as well.
    input.current?.focus();
  }, []);
  // Layout effects run with the render, so no moment shows new options with no active one.
  useLayoutEffect(() => setActive(options.length > 0 ? 0 : -1), [options]);
  useEffect(() => {
    const current = options[active];
    if (current) document.getElementById(optionDomId(current))?.scrollIntoView({ block: 'nearest' });
  }, [active, options]);

  useLayoutEffect(() => {
    if (!card) return;
    const box = cardBox.current;
    if (!box) return;
    // Where the card opens under the field it stays, with the field in view; scrolled past (a related
    // name low in a long card) or low in the view, its top is brought to the top. Then focus on its
    // name without a second scroll.
    const top = box.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) box.scrollIntoView({ block: 'start' });
    box.querySelector<HTMLElement>('.fl-name')?.focus({ preventScroll: true });
  }, [card]);

  const openCard = (next: EntityCard) => {
    setCardError('');
    setTrail([next]);
  };
  const closeCard = () => {
    setTrail([]);
    setCardError('');
    input.current?.focus();
  };
  const openRelated = (entityId: string) => {
    setCardError('');
    const from = card?.entity.id;
    askWorker('lookupEntity', { entityId }).then(
      (next) => {
        // Only onto the card it was asked from: the reader may have closed it or moved on since.
        if (next) setTrail((t) => (t.at(-1)?.entity.id === from ? [...t, next] : t));
        else setCardError('That entry is no longer in Factlens’s data.');
      },
      (err: unknown) => setCardError(`Could not load this entry: ${errorText(err)}`),
    );
  };

  const choose = (option: ResultOption | undefined) => {
    if (!option) return;
    if (option.kind === 'entity') openCard(option.card);
    else if (option.kind === 'fact') onOpenArticle(option.fact);
    else onOpenArticleById(option.article.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const n = options.length;
    if (e.key === 'ArrowDown' && n > 0) setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp' && n > 0) setActive((i) => (i <= 0 ? n - 1 : i - 1));
    else if (e.key === 'Enter') choose(options[active]);
    else if (e.key === 'Escape') {
      if (card) closeCard();
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
        aria-expanded={options.length > 0 && !card}
        aria-autocomplete="list"
        aria-activedescendant={current && !card ? optionDomId(current) : undefined}
        aria-describedby="search-keys"
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setTrail([]);
        }}
        onKeyDown={onKeyDown}
      />
      <p id="search-keys" class="visually-hidden">
        Arrow keys move through the results, Enter opens one, Escape goes back.
      </p>
      <div id="results" hidden={card !== null}>
        <p class={state.kind === 'error' ? 'status error' : 'status'} role="status">
          {status}
        </p>
        <ResultList options={options} active={active} onChoose={(i) => choose(options[i])} />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape from anywhere in the card closes it, as it does from the field */}
      <div
        id="search-card"
        ref={cardBox}
        aria-live="polite"
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !card) return;
          e.preventDefault();
          closeCard();
        }}
      >
        {card ? (
          <FactCard
            card={card}
            onOpenArticle={onOpenArticle}
            onOpenEntity={openRelated}
            onBack={trail.length > 1 ? () => setTrail((t) => t.slice(0, -1)) : closeCard}
          />
        ) : null}
        {cardError ? <p class="status error">{cardError}</p> : null}
      </div>
    </section>
  );
}
