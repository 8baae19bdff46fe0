// Entities named in the same sentences. With a host that can load their cards they are buttons that
// open the card in place; without one they are plain text, never a control that does nothing.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { RelatedView } from '../core/protocol';
import { countOf, entityTypeLabel } from './entity-labels';

export interface RelatedEntitiesProps {
  related: readonly RelatedView[] | undefined;
  onOpenEntity?: ((entityId: string) => void) | undefined;
}

function Entry({ entity }: { entity: RelatedView }): JSX.Element {
  const together = countOf(entity.count, 'sentence', 'sentences');
  return (
    <>
      <span class="fl-related-name">{entity.name}</span>
      <span class="fl-vh">
        , {entityTypeLabel(entity.type)}, named together in {together}
      </span>
      <span class="fl-count" aria-hidden="true">
        {entity.count}
      </span>
    </>
  );
}

export function RelatedEntities({ related, onOpenEntity }: RelatedEntitiesProps): JSX.Element | null {
  const labelId = useId();
  if (!related || related.length === 0) return null;
  return (
    <section class="fl-related" aria-labelledby={labelId}>
      <h3 class="fl-section-label" id={labelId}>
        Named with
      </h3>
      <ul class="fl-related-list">
        {related.map((entity) => {
          const hint = `${entityTypeLabel(entity.type)}; named together in ${countOf(entity.count, 'sentence', 'sentences')}`;
          return (
            <li key={entity.id} class="fl-related-item" data-entity-id={entity.id}>
              {onOpenEntity ? (
                <button
                  type="button"
                  class="fl-chip fl-related-open"
                  title={hint}
                  onClick={() => onOpenEntity(entity.id)}
                >
                  <Entry entity={entity} />
                </button>
              ) : (
                <span class="fl-chip" title={hint}>
                  <Entry entity={entity} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
