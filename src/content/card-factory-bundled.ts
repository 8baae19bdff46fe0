// The card's code bundled into the content script: what card-factory.ts resolves to in a build
// made with FACTLENS_CARD=bundled (no scripting permission, the card ready before the first hover).
import type { FactView } from '../core/protocol';
import { CardHost } from './card-host';
import { removeOrphanCards } from './card-orphans';
import type { CardView } from './card-view';

export function createCardView(
  onOpenArticle: (fact: FactView) => void,
  _onError: (error: unknown) => void,
): CardView {
  // Before anything of this run is on the page: what is there is an earlier run's.
  removeOrphanCards();
  return new CardHost(onOpenArticle);
}
