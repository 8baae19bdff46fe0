// Entity cards from the worker, asked for once per entity and page: hovering the same name again
// opens at once. A failed lookup is retried on the next hover instead of being cached.
import type { EntityCard } from '../core/protocol';
import { askWorker } from '../platform/messaging';

export type CardLookup = (entityId: string) => Promise<EntityCard | null>;

export function createCardLookup(): CardLookup {
  const cards = new Map<string, Promise<EntityCard | null>>();
  return (entityId) => {
    let card = cards.get(entityId);
    if (!card) {
      card = askWorker('lookupEntity', { entityId });
      cards.set(entityId, card);
      card.catch(() => cards.delete(entityId));
    }
    return card;
  };
}
