// The popup opened from a card ("Open in popup"): ?entity=<id> names the entity whose card leads
// the page, so the reader keeps it at hand with the page's other mentions below.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EntityCard, FactView } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { FactCard } from '../ui/FactCard';
import { errorText } from './format';

type State =
  | { kind: 'loading' }
  | { kind: 'card'; card: EntityCard | null }
  | { kind: 'error'; message: string };

export function linkedEntityId(search = location.search): string | null {
  const id = new URLSearchParams(search).get('entity');
  return id && id.length <= 200 ? id : null;
}

export function LinkedEntity(props: {
  entityId: string;
  onOpenArticle: (fact: FactView) => void;
}): JSX.Element {
  const { entityId, onOpenArticle } = props;
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    askWorker('lookupEntity', { entityId }).then(
      (card) => setState({ kind: 'card', card }),
      (err: unknown) => setState({ kind: 'error', message: errorText(err) }),
    );
  }, [entityId]);
  return (
    <section id="linked-entity" class="linked-entity" aria-label="Card opened from the page">
      {state.kind === 'loading' ? (
        <p class="status">Loading…</p>
      ) : state.kind === 'error' ? (
        <p class="status error">Could not load this entry: {state.message}</p>
      ) : state.card ? (
        <FactCard card={state.card} onOpenArticle={onOpenArticle} />
      ) : (
        <p class="status">This entry is no longer in Factlens’s data.</p>
      )}
    </section>
  );
}
