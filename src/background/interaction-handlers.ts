// The worker's side of interaction.js: a content script that has its first mark asks for its hover
// and card code, and the worker runs the packaged file in that frame's isolated world
// (scripting.executeScript, so nothing needs to be web-accessible).
import type { Handlers } from './message-router';

export interface InteractionDeps {
  /** Runs interaction.js in one frame's isolated world; lazy builds only. */
  injectInteraction?(tabId: number, frameId: number): Promise<void>;
}

export function createInteractionHandlers(deps: InteractionDeps): Pick<Handlers, 'loadInteraction'> {
  return {
    async loadInteraction(_payload, sender) {
      const tabId = sender.tab?.id;
      if (!deps.injectInteraction || tabId === undefined) {
        throw new Error('the interaction code is bundled in this build');
      }
      // Into the sender's own frame only, and only our packaged file: the sender chooses nothing.
      await deps.injectInteraction(tabId, sender.frameId ?? 0);
      return { loaded: true };
    },
  };
}
