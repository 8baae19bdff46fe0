// Whether this content script still belongs to a live extension. After an update, reload or
// uninstall the script keeps running in the page but every extension API call fails.

import { extensionApi } from '../platform/extension-api';

export function isContextAlive(): boolean {
  try {
    return Boolean(extensionApi().runtime?.id);
  } catch {
    // Firefox throws "can't access dead object" once the extension is gone.
    return false;
  }
}

export function isContextError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|dead object|Receiving end does not exist/i.test(message) || !isContextAlive();
}
