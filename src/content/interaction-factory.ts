// Where the interaction code comes from: injected by the worker when a page first needs it (the
// default: a page with nothing to mark never loads hover, card or badge code). A build made with
// FACTLENS_CARD=bundled resolves this module to interaction-factory-bundled.ts instead (see
// vite.config.ts): no scripting permission, everything in the content script.
import { askWorker } from '../platform/messaging';
import { INTERACTION_KEY, type InteractionFactory } from './interaction-types';
import { askForHover } from './worker-retry';

type FactorySlot = Record<typeof INTERACTION_KEY, InteractionFactory | undefined>;

/** Forgets a factory left by an earlier copy of the content script (an extension update or reload). */
export function forgetInteraction(): void {
  (globalThis as unknown as FactorySlot)[INTERACTION_KEY] = undefined;
}

/** Asks the worker to run interaction.js in this frame, once (again soon if the worker was waking); rejects when it could not. */
export async function loadInteraction(): Promise<InteractionFactory> {
  const slot = globalThis as unknown as FactorySlot;
  if (!slot[INTERACTION_KEY]) await askForHover(() => askWorker('loadInteraction', {}));
  const factory = slot[INTERACTION_KEY];
  if (!factory) throw new Error('Factlens: the interaction code did not load');
  return factory;
}
