// The interaction code bundled into the content script: what interaction-factory.ts resolves to in
// a build made with FACTLENS_CARD=bundled (no scripting permission, nothing injected later).
import { createInteraction } from './interaction';
import type { InteractionFactory } from './interaction-types';

export function forgetInteraction(): void {}

export async function loadInteraction(): Promise<InteractionFactory> {
  return createInteraction;
}
