// What a hover asks the worker for (the card's code, the entity's card) is asked again at once when
// the worker dropped the message, as Chromium does to the message that wakes a stopping worker; and
// a card code that cannot load is not asked for on every pointer move.
import { describe, expect, it } from 'vitest';
import { createCardLookup } from '../../src/content/card-lookup';
import type { CardContent, CardView, CardViewFactory } from '../../src/content/card-view';
import type { Mark } from '../../src/content/highlighter';
import { LazyCardView, LOAD_COOL_DOWN_MS } from '../../src/content/lazy-card-view';
import { HOVER_RETRY_DELAYS_MS } from '../../src/content/worker-retry';
import type { EntityCard } from '../../src/core/protocol';

const DROPPED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const noWait = async () => {};
const settle = () => new Promise((r) => setTimeout(r, 0));

function recordingView(shown: Mark[]): CardView {
  return {
    current: null,
    prepare() {},
    isHost: () => false,
    onDismiss() {},
    onPointerInCard() {},
    show: (mark) => void shown.push(mark),
    hide() {},
    focus: () => false,
    hasFocus: () => false,
    showToast() {},
    hideToast() {},
    toastHasFocus: () => false,
    reattach() {},
    dispose() {},
  };
}

/** A card-code loader that fails `failures` times, then gives a factory of a view recording its cards. */
function loader(failures: number, shown: Mark[]) {
  let calls = 0;
  const factory: CardViewFactory = () => recordingView(shown);
  return {
    load: async () => {
      calls++;
      if (calls <= failures) throw new Error(DROPPED);
      return factory;
    },
    calls: () => calls,
  };
}

const mark = { entityId: 'e1' } as unknown as Mark;
const content = { card: {} as EntityCard, props: {}, canGoBack: false } satisfies CardContent;

describe('the card code, loaded on first use', () => {
  it('still shows the hovered card when the first load was dropped by a waking worker', async () => {
    const shown: Mark[] = [];
    const code = loader(1, shown);
    const errors: unknown[] = [];
    const view = new LazyCardView(
      () => {},
      (e) => errors.push(e),
      { load: code.load, isFatal: () => false, sleep: noWait },
    );
    view.show(mark, content);
    await settle();
    expect(shown).toEqual([mark]);
    expect(code.calls()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('gives up after the quick retries, then pointer moves wait for the cool-down while a hover asks at once', async () => {
    let now = 0;
    const shown: Mark[] = [];
    const code = loader(Number.POSITIVE_INFINITY, shown);
    const errors: unknown[] = [];
    const view = new LazyCardView(
      () => {},
      (e) => errors.push(e),
      {
        load: code.load,
        isFatal: () => false,
        sleep: noWait,
        now: () => now,
      },
    );
    const tries = HOVER_RETRY_DELAYS_MS.length + 1;
    view.prepare();
    await settle();
    expect(code.calls()).toBe(tries);
    expect(errors).toHaveLength(1);

    // Sixty moves a second during the cool-down ask for nothing.
    for (let i = 0; i < 60; i++) view.prepare();
    await settle();
    expect(code.calls()).toBe(tries);

    // The reader hovers a name: that is asked for.
    view.show(mark, content);
    await settle();
    expect(code.calls()).toBe(2 * tries);

    now += LOAD_COOL_DOWN_MS + 1;
    view.prepare();
    await settle();
    expect(code.calls()).toBe(3 * tries);
    expect(shown).toEqual([]);
  });

  it('does not retry once the extension is gone', async () => {
    const code = loader(Number.POSITIVE_INFINITY, []);
    const view = new LazyCardView(
      () => {},
      () => {},
      { load: code.load, isFatal: () => true, sleep: noWait },
    );
    view.prepare();
    await settle();
    expect(code.calls()).toBe(1);
  });
});

describe('the card lookup', () => {
  it('asks again when the worker dropped the message, and keeps the answer for the next hover', async () => {
    let calls = 0;
    const card = { entity: { id: 'e1' } } as unknown as EntityCard;
    const lookup = createCardLookup({
      ask: async () => {
        calls++;
        if (calls === 1) throw new Error(DROPPED);
        return card;
      },
      isFatal: () => false,
      sleep: noWait,
    });
    await expect(lookup('e1')).resolves.toBe(card);
    await expect(lookup('e1')).resolves.toBe(card);
    expect(calls).toBe(2);
  });

  it('forgets a lookup that failed for good, so the next hover asks again', async () => {
    let calls = 0;
    const lookup = createCardLookup({
      ask: async () => {
        calls++;
        throw new Error('Factlens: lookupEntity failed: storage unreadable');
      },
      isFatal: () => false,
      sleep: noWait,
    });
    await expect(lookup('e1')).rejects.toThrow('storage unreadable');
    const tries = HOVER_RETRY_DELAYS_MS.length + 1;
    expect(calls).toBe(tries);
    await expect(lookup('e1')).rejects.toThrow('storage unreadable');
    expect(calls).toBe(2 * tries);
  });
});
