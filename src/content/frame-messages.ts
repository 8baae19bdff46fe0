// A child frame's one tab message: the top frame closed the card it drew for this frame.
import type { Reply } from '../core/protocol';
import { addMessageListener } from '../platform/extension-api';

/** Registers the listener; returns the function that removes it. */
export function answerFrameMessages(onTopCardClosed: () => boolean): () => void {
  const listener = (message: unknown): Promise<Reply<{ closed: boolean }>> | undefined => {
    const m = message as { factlens?: unknown; type?: unknown } | null;
    if (typeof m !== 'object' || m === null || m.factlens !== 1 || m.type !== 'frameCardClosed')
      return undefined;
    return Promise.resolve({ ok: true, value: { closed: onTopCardClosed() } });
  };
  return addMessageListener(listener);
}
