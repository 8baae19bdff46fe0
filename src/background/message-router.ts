import * as v from 'valibot';
import type { Reply, RequestOf, ResponseOf, WorkerMessageName, WorkerProtocol } from '../core/protocol';
import { ALLOWED_SENDERS, describeIssues, REQUEST_SCHEMAS, type SenderKind } from './message-schemas';

/** The parts of runtime.MessageSender the router trusts; filled in by the browser, not by the sender. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface RouterContext {
  extensionId: string;
  /** Origin of the extension's own pages, e.g. "chrome-extension://abc/". */
  extensionOrigin: string;
}

export type Handlers = {
  [K in WorkerMessageName]: (
    payload: RequestOf<WorkerProtocol, K>,
    sender: SenderInfo,
  ) => Promise<ResponseOf<WorkerProtocol, K>>;
};

export function classifySender(sender: SenderInfo, ctx: RouterContext): SenderKind | null {
  if (sender.id !== ctx.extensionId) return null;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ctx.extensionOrigin);
  if (fromOwnPage) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

function isMessageName(type: unknown): type is WorkerMessageName {
  return typeof type === 'string' && Object.hasOwn(REQUEST_SCHEMAS, type);
}

/** True for messages addressed to Factlens at all; anything else on the channel is left alone. */
export function isEnvelope(message: unknown): message is { factlens: 1; type: unknown; payload: unknown } {
  return (
    typeof message === 'object' && message !== null && (message as { factlens?: unknown }).factlens === 1
  );
}

/** Validates sender and payload, runs the handler, and always resolves to a Reply: never throws. */
export async function routeMessage(
  message: unknown,
  sender: SenderInfo,
  handlers: Handlers,
  ctx: RouterContext,
): Promise<Reply<unknown>> {
  if (!isEnvelope(message)) return { ok: false, error: 'not a Factlens message' };
  const { type, payload } = message;
  if (!isMessageName(type)) return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  const kind = classifySender(sender, ctx);
  if (!kind || !ALLOWED_SENDERS[type].includes(kind)) {
    return { ok: false, error: `${type} is not allowed from this sender` };
  }
  const parsed = v.safeParse(REQUEST_SCHEMAS[type], payload);
  if (!parsed.success)
    return { ok: false, error: `invalid ${type} payload: ${describeIssues(parsed.issues)}` };
  try {
    // The schema map and the handler map share the key type, so this call is checked per message.
    const handler = handlers[type] as (p: unknown, s: SenderInfo) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.output, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
