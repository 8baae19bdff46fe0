// Where the card's code comes from: injected on first hover (the default: the card and Preact are
// most of the content script, and most pages never open a card), or bundled into the content
// script in a build made with FACTLENS_CARD=bundled.
import type { FactView } from '../core/protocol';
import { CardHost } from './card-host';
import type { CardView } from './card-view';
import { LazyCardView } from './lazy-card-view';

export function createCardView(
  onOpenArticle: (fact: FactView) => void,
  onError: (error: unknown) => void,
): CardView {
  return import.meta.env.VITE_FACTLENS_LAZY_CARD === '1'
    ? new LazyCardView(onOpenArticle, onError)
    : new CardHost(onOpenArticle);
}
