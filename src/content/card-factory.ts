// Where the card's code comes from: bundled into the content script (the default, measured faster
// to a visible card; see README, "Performance"), or injected on first hover in a build made with
// FACTLENS_CARD=lazy.
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
