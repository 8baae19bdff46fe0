// The facts, a page at a time: a hover card has room for a few quotes, and paging inside the card
// keeps the rest one keypress away without the card growing over the text being read.
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { FactView } from '../core/protocol';
import { FactItem } from './FactItem';

export interface FactPagerProps {
  facts: readonly FactView[];
  entityName: string;
  page: number;
  pageSize: number;
  pageDate?: string | undefined;
  onPage: (page: number) => void;
  onOpenArticle: (fact: FactView) => void;
}

/** How many pages `total` facts fill; an empty list is still one page. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function FactPager(props: FactPagerProps): JSX.Element {
  const { facts, entityName, page, pageSize, pageDate, onPage, onOpenArticle } = props;
  const firstOnPage = useRef<HTMLLIElement | null>(null);
  const focusAfterTurn = useRef(false);
  const pages = pageCount(facts.length, pageSize);
  const start = page * pageSize;
  const shown = facts.slice(start, start + pageSize);
  const nextSize = Math.min(pageSize, facts.length - start - shown.length);

  useEffect(() => {
    // The button pressed may vanish on the first or last page, so focus goes to the first new fact
    // instead of falling back to the document.
    if (focusAfterTurn.current) {
      focusAfterTurn.current = false;
      firstOnPage.current?.focus();
    }
  }, [page]);

  const turn = (to: number) => {
    focusAfterTurn.current = true;
    onPage(to);
  };

  if (facts.length === 0) return <p class="fl-empty">No quoted facts for this entry yet.</p>;
  return (
    <>
      <ul class="fl-facts">
        {shown.map((fact, i) => (
          <FactItem
            key={fact.id}
            fact={fact}
            entityName={entityName}
            pageDate={pageDate}
            onOpenArticle={onOpenArticle}
            itemRef={
              i === 0 && pages > 1
                ? (el) => {
                    firstOnPage.current = el;
                  }
                : undefined
            }
          />
        ))}
      </ul>
      {pages > 1 ? (
        <div class="fl-pager">
          {page > 0 ? (
            <button type="button" class="fl-page fl-prev" onClick={() => turn(page - 1)}>
              Previous facts
            </button>
          ) : null}
          <span class="fl-page-status">
            Facts {start + 1}–{start + shown.length} of {facts.length}
          </span>
          {nextSize > 0 ? (
            <button type="button" class="fl-page fl-more fl-next" onClick={() => turn(page + 1)}>
              Next {nextSize} {nextSize === 1 ? 'fact' : 'facts'}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
