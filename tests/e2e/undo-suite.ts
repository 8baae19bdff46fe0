// Undo after a card's Mute and "Off on this site", as a reader does it: hover a name, click the
// button, then Undo in the toast by pointer or by keyboard. The card is in a closed shadow root:
// its host mirrors where its buttons are, and the pointer moves there and clicks.
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { openCardOn } from '../../scripts/open-card.mjs';
import { host, setup } from './harness/card-page';
import { sendRaw } from './harness/extension-page';
import { markCount, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

/** Moves the pointer onto a card or toast button (by its fl- class without the prefix) and clicks. */
async function clickControl(page: Page, name: string): Promise<void> {
  const centres = await waitFor(
    async () => JSON.parse((await host(page, 'controls')) || '{}') as Record<string, [number, number]>,
    (c) => name in c,
    `the "${name}" button`,
  );
  const [x, y] = centres[name] ?? [0, 0];
  await page.mouse.move(x - 10, y, { steps: 3 });
  await page.mouse.move(x, y, { steps: 2 });
  await page.mouse.down();
  await page.mouse.up();
}

/** Where focus is, as the page sees it: the card's host stands for anything in its shadow root. */
const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? el.tagName.toLowerCase() : 'none';
  });

const settingsOf = async (ext: Page) =>
  ((await sendRaw(ext, { factlens: 1, type: 'getSettings', payload: {} })) as { value: unknown }).value;

export function defineUndoSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Card undo', (session) => {
    it('undoes Mute from the toast by pointer: the marks come back, settings as before, focus kept', async () => {
      const t = await setup(session());
      const before = await settingsOf(t.ext);
      const count = (await t.mentions()).find((m) => m.entityId === 'vladimir-putin')?.count ?? 0;
      expect(count).toBeGreaterThan(1);
      await openCardOn(t.page, 'Putin');
      expect(await host(t.page, 'entityId')).toBe('vladimir-putin');
      await clickControl(t.page, 'mute');
      await waitFor(
        t.mentions,
        (list) => list.length > 0 && !list.some((m) => m.entityId === 'vladimir-putin'),
        'the muted entity unmarked',
      );
      await waitFor(
        () => host(t.page, 'toast'),
        (shown) => shown === 'true',
        'the Undo note',
      );
      expect(await host(t.page, 'open')).toBe('false');
      expect(await activeElement(t.page)).not.toBe('body');
      await clickControl(t.page, 'undo');
      await waitFor(
        t.mentions,
        (list) => list.find((m) => m.entityId === 'vladimir-putin')?.count === count,
        'the marks back',
      );
      expect(await settingsOf(t.ext)).toEqual(before);
      // The card is back on the same mark, with focus on the button that was pressed.
      await waitFor(
        () => host(t.page, 'focus'),
        (v) => v === 'mute',
        'focus back on Mute',
      );
      expect(await host(t.page, 'entityId')).toBe('vladimir-putin');
      expect(await host(t.page, 'toast')).toBe('false');
      expect(await activeElement(t.page)).not.toBe('body');
      await t.done();
    });

    it('undoes Off on this site with Enter on the toast’s Undo: every mark returns, the site lists as before', async () => {
      const t = await setup(session());
      // A list of its own first, so restoring "what was there" is not the same as an empty list.
      await t.settings({ disabledSites: ['elsewhere.example'] });
      const before = await settingsOf(t.ext);
      const marks = await waitFor(
        () => markCount(t.page),
        (n) => n > 20,
        'marks before',
      );
      await openCardOn(t.page, 'Putin');
      await clickControl(t.page, 'site-off');
      await waitFor(
        () => markCount(t.page),
        (n) => n === 0,
        'marks gone from the page',
      );
      // The note's frame is made when the note is wanted: it shows once that frame has drawn it.
      await waitFor(
        () => host(t.page, 'toast'),
        (shown) => shown === 'true',
        'the Undo note',
      );
      expect(await activeElement(t.page)).not.toBe('body');
      await waitFor(
        () => host(t.page, 'focus'),
        (v) => v === 'undo',
        'focus on Undo',
      );
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => markCount(t.page),
        (n) => n === marks,
        'every mark back',
      );
      expect(await settingsOf(t.ext)).toEqual(before);
      await waitFor(
        () => host(t.page, 'focus'),
        (v) => v === 'site-off',
        'focus back on Off on this site',
      );
      expect(await activeElement(t.page)).not.toBe('body');
      await t.done();
    });
  });
}
