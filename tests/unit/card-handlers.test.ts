import { describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../scripts/dataset-plugin';
import { createCardHandlers, senderHost } from '../../src/background/card-handlers';
import { memoryUndoStore } from '../../src/background/card-undo';
import { readerOf, serve } from '../../src/background/live-dataset';
import { compileDataset } from '../../src/core/dataset/compile';
import { isMarkingActive, mergeSettings, readSettings, type Settings } from '../../src/core/settings';
import { withSiteOff } from '../../src/core/site-switch';

const served = serve(readerOf(compileDataset(readArticleFiles())), 0);

function setup(initial: Partial<Settings> = {}) {
  let stored: Settings = mergeSettings(readSettings({}), initial);
  const opened: Array<{ url: string; opener?: number }> = [];
  const handlers = createCardHandlers({
    getDataset: async () => served,
    loadSettings: async () => stored,
    storeSettings: async (s) => {
      stored = s;
    },
    openPopupTab: async (url, opener) => {
      opened.push({ url, opener });
    },
    popupPageUrl: (p) => `ext://id/src/popup/index.html?${p}`,
    undoStore: memoryUndoStore(),
    now: () => 1000,
  });
  return { handlers, opened, stored: () => stored };
}

const only = (onlySites: string[]) => mergeSettings(readSettings({}), { siteMode: 'only', onlySites });

const frame = {
  id: 'ext',
  url: 'https://news.example.com/a',
  tab: { id: 7, url: 'https://news.example.com/a' },
};

describe('card handlers', () => {
  it('mutes a known entity once and refuses unknown ids', async () => {
    const { handlers, stored } = setup();
    await handlers.muteEntity({ entityId: 'vladimir-putin' }, frame);
    await handlers.muteEntity({ entityId: 'vladimir-putin' }, frame);
    expect(stored().mutedEntities).toEqual(['vladimir-putin']);
    await expect(handlers.muteEntity({ entityId: 'nobody' }, frame)).rejects.toThrow('no entity');
  });

  it('turns the sender frame’s host off, never anything from the payload', async () => {
    const { handlers, stored } = setup();
    const reply = await handlers.disableSiteForTab({}, frame);
    expect(reply.host).toBe('news.example.com');
    expect(stored().disabledSites).toEqual(['news.example.com']);
    expect(isMarkingActive(stored(), 'news.example.com')).toBe(false);
    expect(isMarkingActive(stored(), 'other.example.com')).toBe(true);
  });

  it('uses the tab’s host for an about:blank frame and refuses non-web senders', async () => {
    expect(senderHost({ url: 'about:blank', tab: { id: 1, url: 'https://a.example/' } })).toBe('a.example');
    const { handlers } = setup();
    await expect(
      handlers.disableSiteForTab({}, { url: 'chrome://settings', tab: { id: 1 } }),
    ).rejects.toThrow('not a web page');
  });

  it('in only-these-sites mode drops the exact entry, and adds a stay-off entry under a broader one', () => {
    const exact = withSiteOff(only(['news.example.com', 'b.example']), 'news.example.com');
    expect(exact.onlySites).toEqual(['b.example']);
    expect(exact.disabledSites).toEqual([]);
    const broad = withSiteOff(only(['example.com']), 'news.example.com');
    expect(broad.onlySites).toEqual(['example.com']);
    expect(broad.disabledSites).toEqual(['news.example.com']);
    expect(isMarkingActive(broad, 'news.example.com')).toBe(false);
    expect(isMarkingActive(broad, 'www.example.com')).toBe(true);
  });

  it('opens the popup page for the entity, reporting on the sender’s tab', async () => {
    const { handlers, opened } = setup();
    await handlers.openInPopup({ entityId: 'vladimir-putin' }, frame);
    expect(opened).toEqual([{ url: 'ext://id/src/popup/index.html?entity=vladimir-putin&tab=7', opener: 7 }]);
    await expect(handlers.openInPopup({ entityId: 'nobody' }, frame)).rejects.toThrow('no entity');
  });

  it('undoes a mute, and leaves an entity muted that was muted before', async () => {
    const { handlers, stored } = setup({ mutedEntities: ['nato'] });
    await handlers.muteEntity({ entityId: 'vladimir-putin' }, frame);
    expect(stored().mutedEntities).toEqual(['nato', 'vladimir-putin']);
    expect(await handlers.undoCardAction({}, frame)).toEqual({ undone: true });
    expect(stored().mutedEntities).toEqual(['nato']);
    // Once only: a second Undo has nothing to revert.
    expect(await handlers.undoCardAction({}, frame)).toEqual({ undone: false });
    await handlers.muteEntity({ entityId: 'nato' }, frame);
    await handlers.undoCardAction({}, frame);
    expect(stored().mutedEntities).toEqual(['nato']);
  });

  it('undoes site-off to the exact lists before, in either mode', async () => {
    for (const initial of [
      { disabledSites: ['a.example'] },
      only(['b.example', 'news.example.com', 'c.example']),
      only(['example.com']),
    ]) {
      const { handlers, stored } = setup(initial);
      const before = stored();
      await handlers.disableSiteForTab({}, frame);
      expect(isMarkingActive(stored(), 'news.example.com')).toBe(false);
      expect(await handlers.undoCardAction({}, frame)).toEqual({ undone: true });
      expect(stored()).toEqual(before);
    }
  });

  it('undoes only the sender tab’s own action, and site-off only from that site', async () => {
    const { handlers, stored } = setup();
    await handlers.disableSiteForTab({}, frame);
    expect(await handlers.undoCardAction({}, { ...frame, tab: { id: 8, url: frame.url } })).toEqual({
      undone: false,
    });
    const elsewhere = {
      id: 'ext',
      url: 'https://other.example/',
      tab: { id: 7, url: 'https://other.example/' },
    };
    expect(await handlers.undoCardAction({}, elsewhere)).toEqual({ undone: false });
    expect(stored().disabledSites).toEqual(['news.example.com']);
  });
});
