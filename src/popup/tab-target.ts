// Which tab the popup reports on: the one named by ?tab=<id> (when the popup is opened as a page of
// its own, as the tests do), otherwise the active tab of the current window.
import browser from 'webextension-polyfill';

export interface TargetTab {
  id?: number;
  url?: string;
}

export async function targetTab(search = location.search): Promise<TargetTab> {
  const raw = new URLSearchParams(search).get('tab');
  const named = raw === null || raw === '' ? Number.NaN : Number(raw);
  if (Number.isInteger(named) && named >= 0) {
    const tab = await browser.tabs.get(named);
    return { id: tab.id, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id, url: tab?.url };
}
