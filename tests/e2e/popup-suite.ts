// The popup: grouped search with the keyboard, dataset line, and "On this page" for a named tab.
import { expect, it } from 'vitest';
import { tabIdOf } from './harness/extension-page';
import { waitFor, waitForSeedMarks } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

export function definePopupSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Popup', (session) => {
    it('searches as you type, grouped, and is driven by the keyboard', async () => {
      const popup = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      await popup.waitForSelector('#dataset-line');
      expect(await popup.$eval('#dataset-line', (el) => el.textContent)).toMatch(/\d+ articles?, \d+ entit/);
      await popup.type('#search', 'ceasefire');
      await popup.waitForSelector('.result-group[data-kind="fact"] [role="option"]');
      await popup.click('#search', { count: 3 });
      await popup.keyboard.press('Backspace');
      await popup.type('#search', 'putin');
      await popup.waitForSelector('#results-list [data-entity-id="vladimir-putin"]');
      const active = () => popup.$eval('#search', (el) => el.getAttribute('aria-activedescendant'));
      const first = await active();
      await popup.keyboard.press('ArrowDown');
      expect(await active()).not.toBe(first);
      await popup.keyboard.press('ArrowUp');
      expect(await active()).toBe(first);
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('#search-card .fl-card');
      await popup.keyboard.press('Escape');
      await popup.waitForSelector('#search-card .fl-card', { hidden: true });
      await popup.keyboard.press('Escape');
      expect(await popup.$eval('#search', (el) => (el as HTMLInputElement).value)).toBe('');
      await popup.close();
    });

    it('lists what is on a named tab with counts and asks it to reveal a mention', async () => {
      const article = await session().open('/article');
      await waitForSeedMarks(article);
      const probe = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const tabId = await tabIdOf(probe, `${session().origin}/article`);
      await probe.close();
      expect(tabId).toBeDefined();
      const popup = await session().open(`${session().extensionOrigin}/src/popup/index.html?tab=${tabId}`);
      const button = await popup.waitForSelector('.mention[data-entity-id="vladimir-putin"]');
      expect(await button?.evaluate((el) => el.textContent)).toMatch(/Vladimir Putin.*\d+ mentions/);
      await button?.click();
      // The page's side of revealMention belongs to the content script; any answer in words will do.
      await waitFor(
        () => popup.$eval('#on-page-jump', (el) => el.textContent ?? ''),
        (t) => t !== '',
        'jump',
      );
      await popup.waitForSelector('#on-page-card .fl-card');
      await popup.close();
      await article.close();
    });
  });
}
