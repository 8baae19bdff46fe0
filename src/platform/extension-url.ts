// The extension's own URLs and whether it is still there, without webextension-polyfill (the
// content script does not carry it).

interface RuntimeApi {
  runtime: { readonly id?: string; readonly dynamicId?: string; getURL(path: string): string };
}

const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };

function api(): RuntimeApi {
  const found = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (!found?.runtime?.id) throw new Error('Extension context invalidated');
  return found;
}

/** Whether this script's extension is still there (not reloaded, updated or removed since it started). */
export function extensionAlive(): boolean {
  try {
    return api().runtime.id !== undefined;
  } catch {
    return false;
  }
}

/**
 * A web-accessible file's URL. Chromium serves `use_dynamic_url` files under the per-session
 * `runtime.dynamicId` (not the fixed extension id), so a page cannot fingerprint the extension
 * from the address; Firefox's address already holds the per-install UUID.
 */
export function webAccessibleUrl(path: string): string {
  const { runtime } = api();
  const fixed = runtime.getURL(path);
  if (!runtime.dynamicId || !runtime.id) return fixed;
  return fixed.replace(`//${runtime.id}/`, `//${runtime.dynamicId}/`);
}

/** The origin the extension's documents run in (a dynamic URL's document has the fixed one). */
export const extensionOrigin = (): string => new URL(api().runtime.getURL('')).origin;
