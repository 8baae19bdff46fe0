// interaction.js: hover, cards and the rest of what a page needs once it has a mark, as its own
// script, injected into a frame's isolated world by the worker on the first mark (see
// interaction-factory.ts); it leaves its factory on a global of that world.
import { createInteraction } from './interaction';
import { INTERACTION_KEY, type InteractionFactory } from './interaction-types';

(globalThis as unknown as Record<typeof INTERACTION_KEY, InteractionFactory>)[INTERACTION_KEY] =
  createInteraction;
