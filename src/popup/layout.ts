// The same page serves the toolbar popup and a tab (a card's "Open in popup" opens it in one). A tab
// is wide: there the page takes a centred reading column instead of the popup's fixed 380 px.
import browser from 'webextension-polyfill';

/** Marks the document as shown in a tab; the toolbar popup has no tab of its own (getCurrent gives none). */
export async function markTabLayout(root: HTMLElement = document.documentElement): Promise<void> {
  const tab = await browser.tabs.getCurrent().catch(() => undefined);
  if (tab) root.dataset.layout = 'tab';
}
