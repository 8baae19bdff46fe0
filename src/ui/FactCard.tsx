// The fact card: one component for the on-page card frame and the popup, so both show the same
// quotes with the same provenance. Data is only ever rendered as text, never as HTML.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntityCard, FactView } from '../core/protocol';
import { CardActions } from './CardActions';
import { cardCitation } from './citation';
import { entityTypeLabel, otherAliases, sameWords } from './entity-labels';
import { FactPager, pageCount } from './FactPager';
import { MentionTimeline } from './MentionTimeline';
import { RelatedEntities } from './RelatedEntities';

// Earlier callers import these from here.
export { entityTypeLabel, otherAliases } from './entity-labels';

export interface FactCardProps {
  card: EntityCard;
  onOpenArticle: (fact: FactView) => void;
  /** Facts per page; default 3. */
  maxFacts?: number;
  /** Lets the host label its dialog or region by the card's heading. */
  headingId?: string;
  /** The alias the page's text matched, shown as the reason the text is marked. */
  matchedAlias?: string;
  /** The page's own publication date (YYYY-MM-DD), when it states one: newer facts are flagged. */
  pageDate?: string;
  /** Forces a colour scheme (e.g. the page's own darkness); without it the system's preference applies. */
  theme?: 'light' | 'dark';
  /** Makes related entities buttons: the host loads that entity's card and renders it here. */
  onOpenEntity?: (entityId: string) => void;
  /** Shows a Back button, for a card reached through a related entity. */
  onBack?: () => void;
  /** Whether the card is pinned open; the pin button's pressed state. */
  pinned?: boolean;
  onOpenInPopup?: (entityId: string) => void;
  onTogglePin?: () => void;
  onMute?: (entityId: string) => void;
  onDisableSite?: () => void;
  /** Receives the shown facts as Markdown; may return a promise, and a rejected one shows "Could not copy". */
  onCopyCitation?: (markdown: string) => unknown;
  /** Drawn at the end of the header: the on-page card's mark of authenticity. */
  badge?: ComponentChildren;
}

const MAX_ALIASES = 6;

interface AliasesProps {
  name: string;
  aliases: readonly string[];
  /** Already on the card (the marked text): not listed again. */
  shown?: string | undefined;
}

function Aliases({ name, aliases, shown }: AliasesProps): JSX.Element | null {
  const others = otherAliases(name, aliases, shown ? [shown] : []);
  if (others.length === 0) return null;
  return (
    <p class="fl-aliases">
      also: {others.slice(0, MAX_ALIASES).join(', ')}
      {others.length > MAX_ALIASES ? ` and ${others.length - MAX_ALIASES} more` : ''}
    </p>
  );
}

/** Calls `fn` when the host gave it, with a bound argument; undefined otherwise, hiding the button. */
function bind<A>(fn: ((arg: A) => void) | undefined, arg: A): (() => void) | undefined {
  return fn ? () => fn(arg) : undefined;
}

export function FactCard(props: FactCardProps): JSX.Element {
  const { card, onOpenArticle, maxFacts = 3, headingId, matchedAlias, pageDate, theme } = props;
  const { onOpenEntity, onBack, onCopyCitation } = props;
  const { entity, facts } = card;
  const fallbackId = useId();
  const cardHeadingId = headingId ?? fallbackId;
  const heading = useRef<HTMLHeadingElement | null>(null);
  const focusHeading = useRef(false);
  const pageSize = Math.max(1, Math.floor(Number.isFinite(maxFacts) ? maxFacts : 3));
  // Keyed by entity, so a card reused for another entity starts on its first page.
  const [paging, setPaging] = useState({ entityId: entity.id, page: 0 });
  const lastPage = pageCount(facts.length, pageSize) - 1;
  const page = paging.entityId === entity.id ? Math.min(paging.page, lastPage) : 0;
  const shown = facts.slice(page * pageSize, (page + 1) * pageSize);

  useEffect(() => {
    // The related or Back button that was pressed is gone with the old card: put focus on the new
    // card's name instead of letting it fall back to the page.
    if (focusHeading.current) {
      focusHeading.current = false;
      heading.current?.focus();
    }
  }, [entity.id]);

  const navigate = <A extends unknown[]>(fn: ((...args: A) => void) | undefined) =>
    fn
      ? (...args: A) => {
          focusHeading.current = true;
          fn(...args);
        }
      : undefined;
  const back = navigate(onBack);
  // The marked text is worth a line only when it is not the name the heading already shows.
  const marked = matchedAlias?.trim();
  const why = marked && !sameWords(marked, entity.name) ? marked : undefined;

  return (
    <section class="fl-card" data-entity-id={entity.id} data-theme={theme} aria-labelledby={cardHeadingId}>
      {back ? (
        <button type="button" class="fl-back" onClick={back}>
          <span aria-hidden="true">← </span>Back
        </button>
      ) : null}
      <header class="fl-head">
        <h2 class="fl-name" id={cardHeadingId} ref={heading} tabIndex={-1}>
          {entity.name}
        </h2>
        <p class="fl-type">{entityTypeLabel(entity.type)}</p>
        {props.badge ?? null}
      </header>
      {why ? <p class="fl-why">Marked: “{why}”</p> : null}
      {entity.description.trim() ? <p class="fl-desc">{entity.description}</p> : null}
      <Aliases name={entity.name} aliases={entity.aliases} shown={why} />
      <FactPager
        facts={facts}
        entityName={entity.name}
        page={page}
        pageSize={pageSize}
        pageDate={pageDate}
        onPage={(to) => setPaging({ entityId: entity.id, page: to })}
        onOpenArticle={onOpenArticle}
      />
      {/* After the facts: the card is read first; the actions are one compact row right below them. */}
      <CardActions
        entityName={entity.name}
        pinned={props.pinned}
        onOpenInPopup={bind(props.onOpenInPopup, entity.id)}
        onTogglePin={props.onTogglePin}
        onMute={bind(props.onMute, entity.id)}
        onDisableSite={props.onDisableSite}
        onCopy={onCopyCitation ? () => onCopyCitation(cardCitation(entity, shown)) : undefined}
      />
      <RelatedEntities related={card.related} onOpenEntity={navigate(onOpenEntity)} />
      <MentionTimeline points={card.timeline} />
    </section>
  );
}
