// card.js: the card's rendering code as its own script, injected into a frame's isolated world by
// the worker on the first hover (the lazy-card build; see lazy-card-view.ts).
import { CardHost } from './card-host';
import type { CardViewFactory } from './card-view';
import { CARD_FACTORY_KEY } from './lazy-card-view';

const factory: CardViewFactory = (onOpenArticle) => new CardHost(onOpenArticle);
(globalThis as unknown as Record<typeof CARD_FACTORY_KEY, CardViewFactory>)[CARD_FACTORY_KEY] = factory;
