// A child frame's one tab message: the top frame closed the card it drew for this frame.
import browser from 'webextension-polyfill';
import type { Reply } from '../core/protocol';

/** Registers the listener; returns the function that removes it. */
export function answerFrameMessages(onTopCardClosed: () => boolean): () => void {
  const listener = (message: unknown): Promise<Reply<{ closed: boolean }>> | undefined => {
    const m = message as { factlens?: unknown; type?: unknown } | null;
    if (typeof m !== 'object' || m === null || m.factlens !== 1 || m.type !== 'frameCardClosed')
      return undefined;
    return Promise.resolve({ ok: true, value: { closed: onTopCardClosed() } });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  };
}
