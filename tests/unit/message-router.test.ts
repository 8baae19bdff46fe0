import { describe, expect, it } from 'vitest';
import type { Handlers, SenderInfo } from '../../src/background/message-router';
import { routeMessage } from '../../src/background/message-router';
import type { WorkerMessageName } from '../../src/core/protocol';
import { SETTINGS_DEFAULTS } from '../../src/core/settings';

const ctx = { extensionId: 'factlens-id', extensionOrigin: 'chrome-extension://factlens-id/' };
const contentScript: SenderInfo = { id: 'factlens-id', url: 'https://news.example/', tab: { id: 3 } };
const popup: SenderInfo = { id: 'factlens-id', url: 'chrome-extension://factlens-id/src/popup/index.html' };

/** Handlers that record what reached them: the router's job is to decide what may. */
function recordingHandlers() {
  const calls: Array<{ type: WorkerMessageName; payload: unknown }> = [];
  const record =
    <T>(type: WorkerMessageName, value: T) =>
    async (payload: unknown) => {
      calls.push({ type, payload });
      return value;
    };
  const handlers: Handlers = {
    getMatchData: record('getMatchData', { version: 'v', matcher: '', entities: [] }),
    startPage: record('startPage', { settings: SETTINGS_DEFAULTS, matchData: null }),
    lookupEntity: record('lookupEntity', null),
    search: record('search', { entities: [], facts: [], articles: [] }),
    getSettings: record('getSettings', SETTINGS_DEFAULTS),
    updateSettings: record('updateSettings', SETTINGS_DEFAULTS),
    openArticle: async () => {
      throw new Error('no article x');
    },
    getArticle: record('getArticle', null),
    getDatasetInfo: record('getDatasetInfo', {
      version: 'v',
      schemaVersion: 1,
      articles: 0,
      entities: 0,
      facts: 0,
      imported: 0,
    }),
    importArticles: record('importArticles', { file: 'a.txt', status: 'imported', added: 0, duplicates: 0 }),
    beginUpload: record('beginUpload', { uploadId: 'u1' }),
    uploadSlice: record('uploadSlice', { next: 1 }),
    finishUpload: record('finishUpload', { lost: true }),
    listImported: record('listImported', []),
    deleteImported: record('deleteImported', { removed: 0 }),
    exportData: record('exportData', { json: '{}' }),
    importExport: record('importExport', { added: 0, duplicates: 0 }),
    muteEntity: record('muteEntity', { muted: true }),
    disableSiteForTab: record('disableSiteForTab', { host: 'news.example' }),
    undoCardAction: record('undoCardAction', { undone: true }),
    openInPopup: record('openInPopup', { opened: true }),
    openCardInTop: record('openCardInTop', { shown: true }),
    closeCardInTop: record('closeCardInTop', { closed: true }),
    closedCardInTop: record('closedCardInTop', { sent: true }),
    loadCard: record('loadCard', { loaded: true }),
    loadInteraction: record('loadInteraction', { loaded: true }),
    reportMarkedNames: record('reportMarkedNames', { shown: '3' }),
  };
  return { handlers, calls };
}

const send = (message: unknown, sender: SenderInfo) => {
  const { handlers, calls } = recordingHandlers();
  return routeMessage(message, sender, handlers, ctx).then((reply) => ({ reply, calls }));
};

describe('routeMessage', () => {
  it('runs a valid request and returns its value', async () => {
    const { reply, calls } = await send({ factlens: 1, type: 'search', payload: { query: 'SCO' } }, popup);
    expect(reply).toEqual({ ok: true, value: { entities: [], facts: [], articles: [] } });
    expect(calls).toEqual([{ type: 'search', payload: { query: 'SCO' } }]);
  });

  it('refuses messages from another extension', async () => {
    const { reply, calls } = await send(
      { factlens: 1, type: 'getSettings', payload: {} },
      { ...contentScript, id: 'someone-else' },
    );
    expect(reply.ok).toBe(false);
    expect(calls).toEqual([]);
  });

  it('refuses page-only messages from a content script', async () => {
    for (const [type, payload] of [
      ['updateSettings', { patch: { markingEnabled: false } }],
      ['search', { query: 'x' }],
      ['getArticle', { articleId: 'a1' }],
    ] as const) {
      const { reply, calls } = await send({ factlens: 1, type, payload }, contentScript);
      expect(reply, type).toMatchObject({ ok: false, error: `${type} is not allowed from this sender` });
      expect(calls).toEqual([]);
    }
  });

  it('refuses a sender that is neither a tab nor an extension page', async () => {
    const { reply } = await send({ factlens: 1, type: 'getSettings', payload: {} }, { id: 'factlens-id' });
    expect(reply.ok).toBe(false);
  });

  it('rejects malformed payloads with the path of the problem', async () => {
    const cases: unknown[] = [
      { factlens: 1, type: 'search', payload: { query: 42 } },
      { factlens: 1, type: 'search', payload: { query: 'x'.repeat(201) } },
      { factlens: 1, type: 'search', payload: { query: 'x', extra: true } },
      { factlens: 1, type: 'search', payload: null },
      { factlens: 1, type: 'search' },
      { factlens: 1, type: 'updateSettings', payload: { patch: { hoverDelayMs: Number.POSITIVE_INFINITY } } },
      { factlens: 1, type: 'updateSettings', payload: { patch: { markingEnabled: 'no' } } },
      { factlens: 1, type: 'updateSettings', payload: JSON.parse('{"patch": {"__proto__": {"x": 1}}}') },
    ];
    for (const message of cases) {
      const { reply, calls } = await send(message, popup);
      expect(reply.ok, JSON.stringify(message)).toBe(false);
      expect(calls).toEqual([]);
    }
    const { reply } = await send({ factlens: 1, type: 'search', payload: { query: 42 } }, popup);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('query') });
  });

  it('rejects unknown and inherited message names', async () => {
    for (const type of ['dropAll', '__proto__', 'constructor', 'toString', 42]) {
      const { reply } = await send({ factlens: 1, type, payload: {} }, popup);
      expect(reply.ok).toBe(false);
    }
  });

  it('turns a handler failure into an error reply', async () => {
    const { reply } = await send(
      { factlens: 1, type: 'openArticle', payload: { articleId: 'x' } },
      contentScript,
    );
    expect(reply).toEqual({ ok: false, error: 'no article x' });
  });

  it('does not answer messages that are not ours', async () => {
    for (const message of [null, 'hello', { type: 'search' }, { factlens: 2, type: 'search' }]) {
      const { reply } = await send(message, popup);
      expect(reply.ok).toBe(false);
    }
  });
});

describe('card messages', () => {
  it('lets a content script mute an entity, turn its site off and open the popup', async () => {
    for (const [type, payload] of [
      ['muteEntity', { entityId: 'vladimir-putin' }],
      ['disableSiteForTab', {}],
      ['openInPopup', { entityId: 'vladimir-putin' }],
    ] as const) {
      const { reply } = await send({ factlens: 1, type, payload }, contentScript);
      expect(reply.ok, type).toBe(true);
    }
  });

  it('refuses a host or any other field in the site-off payload', async () => {
    for (const payload of [{ host: 'bank.example' }, { url: 'https://bank.example/' }, null, 'x']) {
      const { reply, calls } = await send({ factlens: 1, type: 'disableSiteForTab', payload }, contentScript);
      expect(reply.ok).toBe(false);
      expect(calls).toEqual([]);
    }
  });

  it('refuses forged entity ids and extra fields', async () => {
    for (const payload of [
      { entityId: '' },
      { entityId: 'x'.repeat(201) },
      { entityId: 1 },
      { entityId: 'a', tab: 9 },
    ]) {
      for (const type of ['muteEntity', 'openInPopup'] as const) {
        const { reply, calls } = await send({ factlens: 1, type, payload }, contentScript);
        expect(reply.ok, `${type} ${JSON.stringify(payload)}`).toBe(false);
        expect(calls).toEqual([]);
      }
    }
  });

  it('keeps site-off and open-in-popup to content scripts, which have a tab', async () => {
    for (const type of ['disableSiteForTab', 'openInPopup'] as const) {
      const payload = type === 'openInPopup' ? { entityId: 'a' } : {};
      const { reply } = await send({ factlens: 1, type, payload }, popup);
      expect(reply.ok).toBe(false);
    }
  });

  it('takes a badge count from content scripts only, as a small whole number', async () => {
    const ok = await send({ factlens: 1, type: 'reportMarkedNames', payload: { count: 3 } }, contentScript);
    expect(ok.reply).toEqual({ ok: true, value: { shown: '3' } });
    expect(
      (await send({ factlens: 1, type: 'reportMarkedNames', payload: { count: 3 } }, popup)).reply.ok,
    ).toBe(false);
    for (const payload of [
      { count: -1 },
      { count: 1.5 },
      { count: 2_000_000 },
      { count: '3' },
      { count: 3, tabId: 1 },
    ]) {
      const { reply, calls } = await send({ factlens: 1, type: 'reportMarkedNames', payload }, contentScript);
      expect(reply.ok, JSON.stringify(payload)).toBe(false);
      expect(calls).toEqual([]);
    }
  });
});
