// One iframe of the card's frame page (src/card-frame) and the private channel to it. The frame's
// URL carries a fresh random token; once the frame has loaded, this side hands it a MessagePort
// with that token, posted to the frame's own window (never the page's), so the page sees neither
// the port nor a message on it. Runtime ports would not do: in Firefox an extension frame inside a
// web page gets neither content scripts' runtime ports nor the tabs API.
import type { CardFrameRole, FromFrame, ToFrame } from '../core/card-frame-protocol';
import { CARD_HANDSHAKE_KEY } from '../core/card-frame-protocol';
import { extensionAlive, extensionOrigin, webAccessibleUrl } from '../platform/extension-url';

export const CARD_FRAME_PAGE = 'src/card-frame/index.html';
/** A frame that has not answered the handshake by then is offered a new port. */
const HANDSHAKE_RETRY_MS = 400;

export class FrameLink {
  readonly iframe: HTMLIFrameElement;
  private readonly token = crypto.randomUUID();
  private readonly origin: string;
  private port: MessagePort | null = null;
  private ready = false;
  private queue: ToFrame[] = [];
  private retry: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    role: CardFrameRole,
    private readonly onMessage: (message: FromFrame) => void,
    /** The extension went away (reloaded, updated, removed): the frame is dead with it. */
    private readonly onLost: () => void,
  ) {
    const page = webAccessibleUrl(CARD_FRAME_PAGE);
    this.origin = extensionOrigin();
    const iframe = document.createElement('iframe');
    iframe.src = `${page}#${role}.${this.token}`;
    // The Copy button writes the citation from inside the frame.
    iframe.allow = 'clipboard-write';
    iframe.setAttribute('aria-label', role === 'card' ? 'Factlens card' : 'Factlens');
    // Each load is a new document (the host was moved, the frame reloaded): it gets a new port.
    iframe.addEventListener('load', () => this.handshake());
    this.iframe = iframe;
  }

  send(message: ToFrame): void {
    if (this.ready && this.port) this.port.postMessage(message);
    else this.queue.push(message);
  }

  dispose(): void {
    this.disposed = true;
    this.drop();
    this.iframe.remove();
  }

  private drop(): void {
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    this.port?.close();
    this.port = null;
    this.ready = false;
  }

  private handshake(): void {
    if (this.disposed) return;
    this.drop();
    if (!extensionAlive()) {
      this.onLost();
      return;
    }
    const target = this.iframe.contentWindow;
    if (!target) return;
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = (event: MessageEvent) => this.receive(port1, event.data as FromFrame);
    this.port = port1;
    // The frame's origin only: were the frame navigated elsewhere, the port would not be delivered.
    target.postMessage({ [CARD_HANDSHAKE_KEY]: this.token }, this.origin, [port2]);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.ready && this.iframe.isConnected) this.handshake();
    }, HANDSHAKE_RETRY_MS);
  }

  private receive(port: MessagePort, message: FromFrame): void {
    if (port !== this.port) return;
    if (message.kind !== 'ready') {
      this.onMessage(message);
      return;
    }
    this.ready = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const queued = this.queue;
    this.queue = [];
    for (const q of queued) port.postMessage(q);
  }
}
