import browser from 'webextension-polyfill';
import { articleUrlParams } from '../article/article-url';
import { MATCHER_FILE } from '../core/match/dataset-matcher';
import { loadCardMark } from '../platform/card-mark-storage';
import { unwrapReply } from '../platform/messaging';
import { loadRepairedSettings, storeSettings } from '../platform/settings-storage';
import { DATASET_REVISION_KEY } from '../platform/storage-keys';
import { memoryUndoStore, sessionUndoStore } from './card-undo';
import { watchCommands } from './commands';
import { datasetGetter, loadBundledDataset, loadOverrides } from './dataset-store';
import { createHandlers } from './handlers';
import { createImportCompiler } from './import-compiler';
import { indexedDbImportStore } from './import-db';
import { quiet, tracked } from './message-activity';
import { isEnvelope, routeMessage } from './message-router';
import { createStorageWatcher, restrictToTrustedContexts } from './settings-broadcast';
import { WELCOME_PAGE, welcomeOnInstall } from './welcome';

const ARTICLE_PAGE = 'src/article/index.html';
const POPUP_PAGE = 'src/popup/index.html';

// Open tabs watch storage.local `datasetRevision` and fetch their match data again (see README, "Add
// articles"); it is written once the pending imported articles are compiled.
// Both read each other lazily: the dataset asks whether a compile is under way, and the compiler
// brings the dataset's search index up to date when it is done.
const getDataset = datasetGetter({
  busy: () => importCompiler.busy(),
  failure: () => importCompiler.failure(),
});
const importCompiler = createImportCompiler({
  store: indexedDbImportStore,
  loadOverrides,
  publishRevision: (revision) => browser.storage.local.set({ [DATASET_REVISION_KEY]: revision }),
  async publishedRevision() {
    const value = (await browser.storage.local.get(DATASET_REVISION_KEY))[DATASET_REVISION_KEY];
    return typeof value === 'number' ? value : undefined;
  },
  keepAlive: async () => void (await browser.runtime.getPlatformInfo()),
  whenQuiet: quiet,
  afterCompile: async () => (await getDataset()).search.prepare(),
});
const compileImports = () => void importCompiler.run().catch(() => undefined);

const handlers = createHandlers({
  getDataset,
  // Every worker read repairs what it finds on disk, so damaged settings are fixed there once.
  loadSettings: loadRepairedSettings,
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
  importsChanged: compileImports,
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
  return tracked(routeMessage(message, sender, handlers, ctx));
});

watchCommands();

// Content scripts run beside hostile pages: where the browser allows it they get no storage access,
// and follow the settings and dataset through the worker's messages instead (settings-broadcast.ts).
void restrictToTrustedContexts(browser.storage.local);
browser.storage.onChanged.addListener(
  createStorageWatcher({
    storeSettings,
    async broadcast(type, payload) {
      const tabs = await browser.tabs.query({});
      await Promise.all(
        tabs.map((tab) =>
          // No frameId: every frame of the tab. Tabs without Factlens (browser pages) refuse it.
          tab.id === undefined
            ? undefined
            : browser.tabs.sendMessage(tab.id, { factlens: 1, type, payload }).catch(() => undefined),
        ),
      );
    },
  }),
);
// Every wake finishes what a stopped worker left: articles stored but not compiled, or compiled but
// never announced to open tabs. A failure (the database unreadable) leaves the bundled names served.
compileImports();

// Top level too: onInstalled is dispatched once, to the worker the install itself started.
browser.runtime.onInstalled.addListener(
  welcomeOnInstall((url) => browser.tabs.create({ url }), browser.runtime.getURL(WELCOME_PAGE)),
);
// The card's mark of authenticity is drawn at install, before any card or settings page needs it.
browser.runtime.onInstalled.addListener(() => void loadCardMark().catch(() => undefined));
// The badge's colours are the extension's, not per tab; the options page's accent keeps it recognisable.
void browser.action.setBadgeBackgroundColor({ color: '#1f5fbf' });
void browser.action.setBadgeTextColor?.({ color: '#ffffff' });
