// The extension APIs the content script uses, without webextension-polyfill (a third of the script
// it ran at every page's start): Firefox's `browser` returns promises, and so does Chromium's
// `chrome` in Manifest V3, except that a runtime.onMessage listener answers through sendResponse.
// Typed here, as the polyfill's types are the whole API surface.

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

type StorageListener = (changes: Record<string, StorageChange>, area: string) => void;
type RawMessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (reply: unknown) => void,
) => unknown;

interface Event<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

interface ExtensionApi {
  runtime: {
    readonly id?: string;
    getURL?: (path: string) => string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Event<RawMessageListener>;
    /** Firefox only: the frame id of a frame element. */
    getFrameId?: (target: Element | Window) => number;
  };
  tabs: {
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: Event<StorageListener>;
  };
}

const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };

/** The browser's own API object; read on each use, as Firefox drops it when the extension goes. */
export function extensionApi(): ExtensionApi {
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!api) throw new Error('Extension context invalidated');
  return api;
}

/** The parts of runtime.MessageSender a content script trusts: the browser fills them in. */
export interface MessageSender {
  id?: string;
  url?: string;
}

/** A listener that answers with a promise, or returns undefined to leave the message to others. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** Whether a message came from one of the extension's own pages (or its worker), not a content script. */
export function fromOwnPage(sender: MessageSender): boolean {
  const api = extensionApi();
  const origin = api.runtime.getURL?.('') ?? '';
  return sender.id === api.runtime.id && origin !== '' && sender.url?.startsWith(origin) === true;
}

/** Registers listener on runtime.onMessage; returns the function that removes it. */
export function addMessageListener(listener: MessageListener): () => void {
  const raw: RawMessageListener = (message, sender, sendResponse) => {
    const reply = listener(message, (sender ?? {}) as MessageSender);
    if (reply === undefined) return undefined;
    reply.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    // Keeps the channel open until sendResponse is called.
    return true;
  };
  const onMessage = extensionApi().runtime.onMessage;
  onMessage.addListener(raw);
  return () => {
    try {
      onMessage.removeListener(raw);
    } catch {
      // The extension is already gone, and its listeners with it.
    }
  };
}
