// The fact card: one component for the on-page shadow root and the popup, so both show
// the same quotes with the same provenance. Data is only ever rendered as text.
import type { JSX } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../core/dataset/types';
import type { EntityCard, FactView } from '../core/protocol';

export interface FactCardProps {
  card: EntityCard;
  onOpenArticle: (fact: FactView) => void;
  /** Facts shown before "Show N more"; default 3. */
  maxFacts?: number;
  /** Lets the host label its dialog or region by the card's heading. */
  headingId?: string;
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  other: 'Other',
};

const MAX_ALIASES = 6;

/** The entity type as a word, for cards and lists. */
export function entityTypeLabel(type: EntityType): string {
  return TYPE_LABELS[type] ?? TYPE_LABELS.other;
}

/** Aliases other than the name itself, case-insensitively unique, in dataset order. */
export function otherAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([name.trim().toLowerCase()]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = alias.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

interface FactItemProps {
  fact: FactView;
  onOpenArticle: (fact: FactView) => void;
  itemRef?: (el: HTMLLIElement | null) => void;
}

function FactItem({ fact, onOpenArticle, itemRef }: FactItemProps): JSX.Element {
  const titleId = useId();
  return (
    <li class="fl-fact" data-fact-id={fact.id} ref={itemRef} tabIndex={itemRef ? -1 : undefined}>
      <blockquote class="fl-quote">{fact.text}</blockquote>
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
      </p>
      <button type="button" class="fl-open" aria-describedby={titleId} onClick={() => onOpenArticle(fact)}>
        Open article
      </button>
    </li>
  );
}

export function FactCard({ card, onOpenArticle, maxFacts = 3, headingId }: FactCardProps): JSX.Element {
  const { entity, facts } = card;
  const fallbackId = useId();
  const cardHeadingId = headingId ?? fallbackId;
  const [expanded, setExpanded] = useState(false);
  const firstRevealed = useRef<HTMLLIElement | null>(null);
  const focusAfterExpand = useRef(false);
  const limit = Math.max(1, Math.floor(maxFacts));
  const visible = expanded ? facts : facts.slice(0, limit);
  const hidden = facts.length - visible.length;
  const aliases = otherAliases(entity.name, entity.aliases);

  // A card component may be reused for another entity; a previous expansion must not carry over.
  useEffect(() => setExpanded(false), [entity.id]);

  useEffect(() => {
    // The "Show more" button disappears when pressed, so focus moves to the first new fact
    // instead of falling back to the document.
    if (expanded && focusAfterExpand.current) {
      focusAfterExpand.current = false;
      firstRevealed.current?.focus();
    }
  }, [expanded]);

  return (
    <article class="fl-card" data-entity-id={entity.id} aria-labelledby={cardHeadingId}>
      <header class="fl-head">
        <h2 class="fl-name" id={cardHeadingId}>
          {entity.name}
        </h2>
        <p class="fl-type">{entityTypeLabel(entity.type)}</p>
      </header>
      {entity.description.trim() ? <p class="fl-desc">{entity.description}</p> : null}
      {aliases.length > 0 ? (
        <p class="fl-aliases">
          also: {aliases.slice(0, MAX_ALIASES).join(', ')}
          {aliases.length > MAX_ALIASES ? ` and ${aliases.length - MAX_ALIASES} more` : ''}
        </p>
      ) : null}
      {facts.length === 0 ? (
        <p class="fl-empty">No quoted facts for this entry yet.</p>
      ) : (
        <ul class="fl-facts">
          {visible.map((fact, i) => (
            <FactItem
              key={fact.id}
              fact={fact}
              onOpenArticle={onOpenArticle}
              itemRef={
                i === limit
                  ? (el) => {
                      firstRevealed.current = el;
                    }
                  : undefined
              }
            />
          ))}
        </ul>
      )}
      {hidden > 0 ? (
        <button
          type="button"
          class="fl-more"
          onClick={() => {
            focusAfterExpand.current = true;
            setExpanded(true);
          }}
        >
          Show {hidden} more
        </button>
      ) : null}
    </article>
  );
}
