import type {
  Reply,
  RequestOf,
  ResponseOf,
  TabMessageName,
  TabProtocol,
  WorkerMessageName,
  WorkerProtocol,
} from '../core/protocol';
import { extensionApi } from './extension-api';

/** A Reply's value, or its error thrown. */
export function unwrapReply<T>(reply: unknown, type: string): T {
  const r = reply as Reply<T> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error(`Factlens: no reply to ${type}`);
  if (!r.ok) throw new Error(`Factlens: ${type} failed: ${r.error}`);
  return r.value;
}

/** Typed request to the background worker; rejects with the worker's error message. */
export async function askWorker<K extends WorkerMessageName>(
  type: K,
  payload: RequestOf<WorkerProtocol, K>,
): Promise<ResponseOf<WorkerProtocol, K>> {
  const reply = await extensionApi().runtime.sendMessage({ factlens: 1, type, payload });
  return unwrapReply(reply, type);
}

/** Typed request to the content script of one tab (top frame). */
export async function askTab<K extends TabMessageName>(
  tabId: number,
  type: K,
  payload: RequestOf<TabProtocol, K>,
): Promise<ResponseOf<TabProtocol, K>> {
  const reply = await extensionApi().tabs.sendMessage(tabId, { factlens: 1, type, payload }, { frameId: 0 });
  return unwrapReply(reply, type);
}
