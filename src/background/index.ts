import browser from 'webextension-polyfill';
import { articleUrlParams } from '../article/article-url';
import { MATCHER_FILE } from '../core/match/dataset-matcher';
import { unwrapReply } from '../platform/messaging';
import { loadSettings, storeSettings } from '../platform/settings-storage';
import { memoryUndoStore, sessionUndoStore } from './card-undo';
import { watchCommands } from './commands';
import { getDataset, loadBundledDataset } from './dataset-store';
import { createHandlers } from './handlers';
import { indexedDbImportStore } from './import-db';
import { isEnvelope, routeMessage } from './message-router';
import { WELCOME_PAGE, welcomeOnInstall } from './welcome';

const ARTICLE_PAGE = 'src/article/index.html';
const POPUP_PAGE = 'src/popup/index.html';

const handlers = createHandlers({
  getDataset,
  loadSettings,
  storeSettings,
  async openArticleTab(url, openerTabId) {
    await browser.tabs.create(openerTabId === undefined ? { url } : { url, openerTabId });
  },
  articlePageUrl: (params) => browser.runtime.getURL(`${ARTICLE_PAGE}?${params}`),
  async openPopupTab(url, openerTabId) {
    await browser.tabs.create(openerTabId === undefined ? { url } : { url, openerTabId });
  },
  popupPageUrl: (params) => browser.runtime.getURL(`${POPUP_PAGE}?${params}`),
  async sendToTopFrame(tabId, type, payload) {
    const reply = await browser.tabs.sendMessage(tabId, { factlens: 1, type, payload }, { frameId: 0 });
    return unwrapReply(reply, type);
  },
  async sendToFrame(tabId, frameId, type, payload) {
    const reply = await browser.tabs.sendMessage(tabId, { factlens: 1, type, payload }, { frameId });
    return unwrapReply(reply, type);
  },
  undoStore: browser.storage.session ? sessionUndoStore(browser.storage.session) : memoryUndoStore(),
  ...(import.meta.env.VITE_FACTLENS_LAZY_CARD === '1'
    ? {
        async injectCard(tabId: number, frameId: number) {
          await browser.scripting.executeScript({
            target: { tabId, frameIds: [frameId] },
            files: ['card.js'],
          });
        },
        async injectInteraction(tabId: number, frameId: number) {
          await browser.scripting.executeScript({
            target: { tabId, frameIds: [frameId] },
            files: ['interaction.js'],
          });
        },
      }
    : {}),
  articleUrlParams,
  async loadPackagedMatcher() {
    const response = await fetch(browser.runtime.getURL(MATCHER_FILE));
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  },
  store: indexedDbImportStore,
  loadBundled: loadBundledDataset,
  // Open tabs watch this key and fetch their match data again (see README, "Add articles").
  publishRevision: (revision) => browser.storage.local.set({ datasetRevision: revision }),
  now: () => Date.now(),
  async setBadgeText(tabId, text) {
    await browser.action.setBadgeText({ tabId, text });
  },
});

const ctx = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };

// Registered synchronously at top level: a restarted worker must be listening before the
// message that woke it is dispatched.
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Returning undefined leaves messages that are not ours to other listeners.
  if (!isEnvelope(message)) return undefined;
  return routeMessage(message, sender, handlers, ctx);
});

watchCommands();

// Top level too: onInstalled is dispatched once, to the worker the install itself started.
browser.runtime.onInstalled.addListener(
  welcomeOnInstall((url) => browser.tabs.create({ url }), browser.runtime.getURL(WELCOME_PAGE)),
);
// The badge's colours are the extension's, not per tab; the options page's accent keeps it recognisable.
void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' });
void browser.action.setBadgeTextColor?.({ color: '#ffffff' });
