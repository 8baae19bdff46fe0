// The frame's end of its channel to the content script that made it: the MessagePort handed over
// with this frame's token (see content/card-frame-link.ts). Anything else posted to this window,
// such as a page script's message, is ignored: the page cannot know the token.
import { CARD_HANDSHAKE_KEY, type FromFrame, type ToFrame } from '../core/card-frame-protocol';

export function acceptPort(
  token: string,
  open: (send: (message: FromFrame) => void) => (message: ToFrame) => void,
): void {
  let current: MessagePort | null = null;
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    const port = event.ports[0];
    if (token === '' || !port || typeof data !== 'object' || data === null) return;
    if ((data as Record<string, unknown>)[CARD_HANDSHAKE_KEY] !== token) return;
    // A content script that offers again (it had no answer in time) replaces the old port.
    current?.close();
    current = port;
    const receive = open((message) => port.postMessage(message));
    port.onmessage = (e: MessageEvent) => receive(e.data as ToFrame);
    port.postMessage({ kind: 'ready' } satisfies FromFrame);
  });
}
