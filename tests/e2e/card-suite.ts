// The card's keyboard path (the commands' stepMention), pin, related entities with Back, the card's
// buttons, each new setting's live effect on marks, and the popup's reveal. The card is in a closed
// shadow root: tests read the state its host mirrors and press keys, as a keyboard user would.
import { expect, it } from 'vitest';
import { HOST_SELECTOR } from '../../scripts/open-card.mjs';
import { defineCardSettingsTests } from './card-settings-tests';
import { closeTabs, focusControl, host, popupTabs, setup } from './harness/card-page';
import { getLocal, seriousViolations } from './harness/extension-page';
import { markCount, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

export function defineCardSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Card', (session) => {
    it('steps through mentions by command, focuses the card, pins it and gives focus back on Escape', async () => {
      const t = await setup(session());
      await t.command(1);
      await waitFor(
        () => host(t.page, 'open'),
        (v) => v === 'true',
        'card open by command',
      );
      await waitFor(
        () => host(t.page, 'focus'),
        (v) => v === 'name',
        'focus on the card heading',
      );
      const first = await host(t.page, 'entityId');
      await t.openByKeyboard();
      await t.command(-1);
      await waitFor(
        () => host(t.page, 'entityId'),
        (v) => v === first,
        'back to the first mention',
      );
      await focusControl(t.page, 'pin');
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => host(t.page, 'pinned'),
        (v) => v === 'true',
        'pinned',
      );
      // Away from the mark and the card, past the close grace period: a pinned card stays.
      await t.page.mouse.move(5, 5);
      await t.page.mouse.move(8, 9);
      await new Promise((r) => setTimeout(r, 900));
      expect(await host(t.page, 'open')).toBe('true');
      await t.page.keyboard.press('Escape');
      await waitFor(
        () => host(t.page, 'open'),
        (v) => v === 'false',
        'closed by Escape',
      );
      const focusInCard = await t.page.evaluate(
        (sel) => document.activeElement === document.querySelector(sel),
        HOST_SELECTOR,
      );
      expect(focusInCard).toBe(false);
      await t.done();
    });

    it('opens a related entity inside the card and goes Back', async () => {
      const t = await setup(session());
      await t.openByKeyboard();
      const first = await host(t.page, 'entityId');
      expect(await host(t.page, 'canGoBack')).toBe('false');
      await focusControl(t.page, 'related-open');
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => host(t.page, 'canGoBack'),
        (v) => v === 'true',
        'related card with Back',
      );
      expect(await host(t.page, 'entityId')).not.toBe(first);
      await focusControl(t.page, 'back', true);
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => host(t.page, 'entityId'),
        (v) => v === first,
        'Back to the first entity',
      );
      expect(await host(t.page, 'canGoBack')).toBe('false');
      await t.done();
    });

    it('mutes an entity from the card, which removes its marks', async () => {
      const t = await setup(session());
      await t.openByKeyboard();
      const entity = await host(t.page, 'entityId');
      expect((await t.mentions()).some((m) => m.entityId === entity)).toBe(true);
      await focusControl(t.page, 'mute');
      await t.page.keyboard.press('Enter');
      await waitFor(
        t.mentions,
        (list) => list.length > 0 && !list.some((m) => m.entityId === entity),
        'unmarked',
      );
      await t.done();
    });

    it('turns Factlens off on this site from the card, which removes every mark', async () => {
      const t = await setup(session());
      await t.openByKeyboard();
      await focusControl(t.page, 'site-off');
      await t.page.keyboard.press('Enter');
      await waitFor(
        () => markCount(t.page),
        (n) => n === 0,
        'marks gone from the page',
      );
      // The worker took the host from the tab itself, not from anything the page could say.
      const settings = (await getLocal(t.ext, 'settings')) as { disabledSites: string[] };
      expect(settings.disabledSites).toContain('127.0.0.1');
      await t.done();
    });

    it('opens the card in the popup page, for this tab', async () => {
      const t = await setup(session());
      await t.openByKeyboard();
      const entity = await host(t.page, 'entityId');
      await focusControl(t.page, 'popup');
      await t.page.keyboard.press('Enter');
      // Read through the tabs API: Firefox's WebDriver BiDi does not report extension pages as targets.
      const opened = await waitFor(
        () => popupTabs(t.ext),
        (tabs) => tabs.length > 0,
        'the popup page in a tab',
      );
      const url = new URL(opened[0]?.url ?? '');
      expect(url.searchParams.get('entity')).toBe(entity);
      expect(url.searchParams.get('tab')).toBe(String(t.tabId));
      await closeTabs(
        t.ext,
        opened.map((x) => x.id),
      );
      await t.done();
    });

    defineCardSettingsTests(session);

    it('shows an entity card in the popup opened from a card, without serious axe violations', async () => {
      const popup = await session().open(
        `${session().extensionOrigin}/src/popup/index.html?entity=vladimir-putin`,
      );
      await popup.waitForSelector('#linked-entity .fl-card');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });
  });
}
