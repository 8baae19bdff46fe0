// The next/previous-mention keyboard shortcuts: the browser really assigns the suggested keys (a key it
// keeps for itself is silently left empty), and pressing them opens a card with the focus in it.
import { expect, it } from 'vitest';
import { host, setup } from './harness/card-page';
import { waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { assignedShortcuts, pressShortcutInChromium } from './harness/shortcut-keys';

export function defineShortcutsSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Shortcuts', (session) => {
    it('assigns Alt+Shift+J and Alt+Shift+K to the next and previous mention', async () => {
      const ext = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      const shortcuts = await assignedShortcuts(ext);
      expect(shortcuts['next-mention']).toBe('Alt+Shift+J');
      expect(shortcuts['previous-mention']).toBe('Alt+Shift+K');
      await ext.close();
    });

    // Firefox's driver cannot press a key that reaches extension commands (see harness/shortcut-keys.ts);
    // there the assignment above is what is checked.
    if (kind === 'chrome') {
      it('opens the next and previous mention’s card with the focus in it when the keys are pressed', async () => {
        const t = await setup(session());
        const focusedCard = (entityId?: string) =>
          waitFor(
            async () => ({
              open: await host(t.page, 'open'),
              focus: await host(t.page, 'focus'),
              id: await host(t.page, 'entityId'),
            }),
            (s) => s.open === 'true' && s.focus === 'name' && (entityId === undefined || s.id === entityId),
            'a card open with focus on its heading',
          );
        expect(await host(t.page, 'open')).not.toBe('true');
        await pressShortcutInChromium(t.page, 'Alt+Shift+J');
        const first = (await focusedCard()).id;
        await pressShortcutInChromium(t.page, 'Alt+Shift+J');
        const second = await waitFor(
          () => host(t.page, 'entityId'),
          (id) => id !== first,
          'the next mention’s card',
        );
        await focusedCard(second);
        await pressShortcutInChromium(t.page, 'Alt+Shift+K');
        await focusedCard(first);
        await t.done();
      });
    }
  });
}
