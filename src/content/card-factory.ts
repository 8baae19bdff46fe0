// Where the card's code comes from: injected on first hover (the default: the card and Preact are
// most of the content script, and most pages never open a card). A build made with
// FACTLENS_CARD=bundled resolves this module to card-factory-bundled.ts instead (see
// vite.config.ts), so neither build carries the other's code.
import type { FactView } from '../core/protocol';
import { removeOrphanCards } from './card-orphans';
import type { CardView } from './card-view';
import { LazyCardView } from './lazy-card-view';

export function createCardView(
  onOpenArticle: (fact: FactView) => void,
  onError: (error: unknown) => void,
): CardView {
  // Before anything of this run is on the page: what is there is an earlier run's.
  removeOrphanCards();
  return new LazyCardView(onOpenArticle, onError);
}
