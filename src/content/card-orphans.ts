// A card host left on the page by an earlier run of the content script: after the extension
// reloads or updates, Firefox stops the old script, so its card (pinned, say) would stay forever.
// The new script removes it as it starts; the old extension's frame died with the old extension.

/** The one attribute the host carries: it names no entity and holds nothing. */
export const CARD_HOST_MARKER = 'data-factlens-card';

export function removeOrphanCards(): void {
  for (const el of document.querySelectorAll(`[${CARD_HOST_MARKER}]`)) el.remove();
}
