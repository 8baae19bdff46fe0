// A child frame's one tab message: the top frame closed the card it drew for this frame. Part of
// interaction.js: the start script's tab-listener.ts hands it over.
import type { Reply } from '../core/protocol';

/** The reply to frameCardClosed; undefined for any other message. */
export function answerFrameMessage(
  message: unknown,
  onTopCardClosed: () => boolean,
): Reply<{ closed: boolean }> | undefined {
  const m = message as { factlens?: unknown; type?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.factlens !== 1 || m.type !== 'frameCardClosed')
    return undefined;
  return { ok: true, value: { closed: onTopCardClosed() } };
}
