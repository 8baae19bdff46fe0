// @vitest-environment happy-dom
// The start script's tab listener: what a page without marks can answer, it answers without loading
// interaction.js; everything else waits for that code and is answered by it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageInteraction } from '../../src/content/interaction-types';
import { listenToTab } from '../../src/content/tab-listener';

type Raw = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;

/** A stand-in for the browser's runtime.onMessage: delivers a message as the browser would. */
function fakeRuntime() {
  const listeners: Raw[] = [];
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: {
      id: 'test',
      onMessage: { addListener: (l: Raw) => listeners.push(l), removeListener: () => undefined },
    },
  };
  return (message: unknown) =>
    new Promise<unknown>((resolve) => {
      const kept = listeners.map((l) => l(message, {}, resolve));
      if (!kept.includes(true)) resolve('not answered');
    });
}

const ui = (answer: unknown): PageInteraction => ({
  attach: () => {
    throw new Error('not used');
  },
  marksChanged: () => undefined,
  answerTab: () => ({ ok: true, value: answer }),
  dispose: () => undefined,
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('the tab listener of the start script', () => {
  it('answers the popup on a page without marks without loading the interaction code', async () => {
    const send = fakeRuntime();
    const load = vi.fn(async () => ui('loaded'));
    listenToTab({
      unmarkedMentions: () => ({ mentions: [], reading: true, readAt: null }),
      loaded: () => null,
      describeMarks: () => [],
      load,
    });
    expect(await send({ factlens: 1, type: 'getPageMentions', payload: {} })).toEqual({
      ok: true,
      value: { mentions: [], reading: true, readAt: null },
    });
    expect(await send({ factlens: 1, type: 'closeFrameCard', payload: { frameId: 3 } })).toEqual({
      ok: true,
      value: { closed: false },
    });
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the interaction code for what needs it, and lets it answer', async () => {
    const send = fakeRuntime();
    const load = vi.fn(async () => ui({ found: true }));
    listenToTab({ unmarkedMentions: () => null, loaded: () => null, describeMarks: () => [], load });
    expect(await send({ factlens: 1, type: 'stepMention', payload: { direction: 1 } })).toEqual({
      ok: true,
      value: { found: true },
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so with an error when the interaction code could not load, and leaves other messages alone', async () => {
    const send = fakeRuntime();
    listenToTab({
      unmarkedMentions: () => null,
      loaded: () => null,
      describeMarks: () => [],
      load: async () => null,
    });
    expect(await send({ factlens: 1, type: 'revealMention', payload: { entityId: 'x' } })).toEqual({
      ok: false,
      error: 'Factlens: the page is not ready',
    });
    expect(await send({ factlens: 1, type: 'somethingElse', payload: {} })).toBe('not answered');
    expect(await send({ type: 'getPageMentions' })).toBe('not answered');
    // A child frame's message is not the top frame's to answer.
    expect(await send({ factlens: 1, type: 'frameCardClosed', payload: {} })).toBe('not answered');
  });
});
