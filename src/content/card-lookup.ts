// Entity cards from the worker, asked for once per entity and page: hovering the same name again
// opens at once. A lookup that failed is asked again at the hover's pace (the worker may have been
// waking), and a lookup that failed for good is asked again on the next hover instead of being cached.
import type { EntityCard } from '../core/protocol';
import { askWorker } from '../platform/messaging';
import { askForHover, type HoverRetryOptions } from './worker-retry';

export type CardLookup = (entityId: string) => Promise<EntityCard | null>;

export interface LookupOptions extends HoverRetryOptions {
  ask?: (entityId: string) => Promise<EntityCard | null>;
}

export function createCardLookup({
  ask = (entityId) => askWorker('lookupEntity', { entityId }),
  ...retry
}: LookupOptions = {}): CardLookup {
  const cards = new Map<string, Promise<EntityCard | null>>();
  return (entityId) => {
    let card = cards.get(entityId);
    if (!card) {
      card = askForHover(() => ask(entityId), retry);
      cards.set(entityId, card);
      card.catch(() => cards.delete(entityId));
    }
    return card;
  };
}
