// A tab with the demo article and an extension page to drive it from: the card tests' setup. The card
// is an extension frame the page cannot read: what it shows is read from inside it (cardData).
import type { Frame, Page } from 'puppeteer-core';
import { cardData } from '../../../scripts/open-card.mjs';
import { resetState, sendRaw, sendToTab, tabIdOf } from './extension-page';
import { waitFor, waitForSeedMarks } from './marks';
import type { Session } from './session';
import { assignedShortcuts, pressShortcutInChromium } from './shortcut-keys';

/**
 * One field the card shows, as its frame mirrors it ('' when there is no card frame): the card's
 * ('open', 'entityId', 'header', 'cardBox'…), the Undo note's ('toast'), or both ('focus': the
 * focused control in whichever has keyboard focus; 'controls': every button's centre).
 */
export async function host(owner: Page | Frame, key: string): Promise<string> {
  if (key === 'toast') return (await cardData(owner, 'toast'))?.toast ?? 'false';
  const card = await cardData(owner, 'card');
  if (key !== 'focus' && key !== 'controls') return card?.[key] ?? '';
  const toast = await cardData(owner, 'toast');
  if (key === 'controls')
    return JSON.stringify({ ...JSON.parse(card?.controls || '{}'), ...JSON.parse(toast?.controls || '{}') });
  const focusIn = (data: Record<string, string> | null) =>
    data?.focused === 'true' ? (data.focus ?? '') : '';
  return focusIn(card) || focusIn(toast);
}

/**
 * What a test does to a tab from the extension page beside it: change settings, read the page's
 * mentions, and send the message a next/previous-mention command sends.
 */
export function tabDriver(ext: Page, page: Page, tabId: number) {
  const step = async (direction: 1 | -1) => {
    await page.bringToFront();
    return sendToTab(ext, tabId, { factlens: 1, type: 'stepMention', payload: { direction } });
  };
  const settings = (patch: object) =>
    sendRaw(ext, { factlens: 1, type: 'updateSettings', payload: { patch } });
  const mentions = async () =>
    (
      (await sendToTab(ext, tabId, { factlens: 1, type: 'getPageMentions', payload: {} })) as {
        value: { mentions: Array<{ entityId: string; count: number }> };
      }
    ).value.mentions;
  return { step, settings, mentions };
}

export async function setup(session: Session) {
  const ext = await session.open(`${session.extensionOrigin}/src/options/index.html`);
  await resetState(ext);
  const page = await session.open('/article');
  await waitForSeedMarks(page);
  const tabId = await tabIdOf(ext, `${session.origin}/article`);
  if (tabId === undefined) throw new Error('no tab id for the article');
  const { step, settings, mentions } = tabDriver(ext, page, tabId);
  const shortcuts = await assignedShortcuts(ext);
  /**
   * The next/previous-mention shortcut: pressed on the keyboard in Chromium; in Firefox, where the
   * driver's key presses cannot reach extension commands (see shortcut-keys.ts), the message the
   * command sends.
   */
  const command = async (direction: 1 | -1) => {
    if (session.kind !== 'chrome') {
      await step(direction);
      return;
    }
    const shortcut = shortcuts[direction === 1 ? 'next-mention' : 'previous-mention'];
    if (!shortcut) throw new Error('the browser assigned no shortcut');
    await pressShortcutInChromium(page, shortcut);
  };
  /** Opens the next mention's card the way the keyboard command does, and waits for focus on it. */
  const openByKeyboard = async () => {
    await command(1);
    await waitFor(
      () => host(page, 'focus'),
      (v) => v === 'name',
      'focus on the card heading',
    );
  };
  const done = async () => {
    await resetState(ext);
    await page.close();
    await ext.close();
  };
  return { ext, page, tabId, step, command, openByKeyboard, settings, mentions, done };
}

type TabsApi = {
  tabs: {
    query(q: object): Promise<Array<{ id: number; url?: string }>>;
    remove(ids: number[]): Promise<void>;
  };
};

export function popupTabs(ext: Page): Promise<Array<{ id: number; url: string }>> {
  return ext.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    const tabs = await (scope.browser ?? scope.chrome).tabs.query({});
    return tabs
      .filter((x) => x.url?.includes('/src/popup/index.html?entity='))
      .map((x) => ({ id: x.id, url: x.url ?? '' }));
  });
}

export function closeTabs(ext: Page, ids: number[]): Promise<void> {
  return ext.evaluate(async (list) => {
    const scope = globalThis as unknown as { browser?: TabsApi; chrome: TabsApi };
    await (scope.browser ?? scope.chrome).tabs.remove(list);
  }, ids);
}

/** Tabs through the card until the named control has focus (the host mirrors it). */
export async function focusControl(page: Page, name: string, back = false): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if ((await host(page, 'focus')) === name) return;
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
  }
  throw new Error(`no "${name}" control in the card`);
}
