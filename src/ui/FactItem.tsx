// One fact: the sentence as the article has it, where it comes from, and what the reader should
// know before trusting it (the attribution was inferred; the article is newer than the page).
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { FactView } from '../core/protocol';
import { isLaterThanPage } from './entity-labels';
import { OriginalLink } from './OriginalLink';

export interface FactItemProps {
  fact: FactView;
  entityName: string;
  pageDate?: string | undefined;
  onOpenArticle: (fact: FactView) => void;
  /** Set on the first fact of a page the reader turned to, so focus can land there. */
  itemRef?: ((el: HTMLLIElement | null) => void) | undefined;
}

export function FactItem({ fact, entityName, pageDate, onOpenArticle, itemRef }: FactItemProps): JSX.Element {
  const titleId = useId();
  const later = isLaterThanPage(fact.date, pageDate);
  const inferred = fact.resolvedBy === 'reference';
  return (
    <li
      class={later ? 'fl-fact fl-fact-later' : 'fl-fact'}
      data-fact-id={fact.id}
      ref={itemRef}
      tabIndex={itemRef ? -1 : undefined}
    >
      <blockquote class="fl-quote">{fact.text}</blockquote>
      {inferred ? (
        <p class="fl-note fl-inferred">
          <span class="fl-note-tag">Inferred:</span> the sentence refers to {entityName} by a pronoun or a
          short name.
        </p>
      ) : null}
      <p class="fl-meta">
        <cite class="fl-title" id={titleId}>
          {fact.articleTitle}
        </cite>
        <span aria-hidden="true"> · </span>
        <time class="fl-date" dateTime={fact.date}>
          {fact.date.slice(0, 10)}
        </time>
        {fact.source ? (
          <>
            <span aria-hidden="true"> · </span>
            <span class="fl-source">{fact.source}</span>
          </>
        ) : null}
        {later ? (
          <span class="fl-later">
            <span aria-hidden="true"> · </span>
            <span class="fl-note-tag">Later than this page</span>
            <span class="fl-vh"> (this page is dated {pageDate})</span>
          </span>
        ) : null}
      </p>
      <button type="button" class="fl-open" aria-describedby={titleId} onClick={() => onOpenArticle(fact)}>
        Open article
      </button>
      {fact.articleUrl ? <OriginalLink url={fact.articleUrl} /> : null}
    </li>
  );
}
