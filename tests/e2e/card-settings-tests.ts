// The card suite's tests of the settings' live effect on marks and of the popup's reveal, run in the
// Card suite's browser (see card-suite.ts).
import { expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../src/core/settings';
import { setup } from './harness/card-page';
import { markedTexts, waitFor } from './harness/marks';
import type { Session } from './harness/session';

export function defineCardSettingsTests(session: () => Session): void {
  it('applies mark types, muted names and first mention only live', async () => {
    const t = await setup(session());
    // Counts come from the store (every mark); the registered highlight may hold only those near the viewport.
    const ids = async () => (await t.mentions()).map((m) => m.entityId);
    const before = await t.mentions();
    await t.settings({ markTypes: ['place'] });
    const places = await waitFor(ids, (x) => x.length > 0 && !x.includes('vladimir-putin'), 'places only');
    expect(places).toContain('kyiv');
    expect(places).not.toContain('nato');
    expect(await markedTexts(t.page)).not.toContain('Putin');
    await t.settings({ markTypes: [...ENTITY_TYPES], mutedEntities: ['vladimir-putin'] });
    const muted = await waitFor(ids, (x) => x.includes('nato'), 'all types back');
    expect(muted).not.toContain('vladimir-putin');
    await t.settings({ mutedEntities: [], firstMentionOnly: true });
    const firsts = await waitFor(
      t.mentions,
      (list) => list.length === before.length && list.every((m) => m.count === 1),
      'one mark per entity',
    );
    expect(firsts.length).toBeGreaterThan(5);
    expect(before.some((m) => m.count > 1)).toBe(true);
    await t.settings({ firstMentionOnly: false });
    await waitFor(t.mentions, (list) => list.some((m) => m.count > 1), 'every mention again');
    await t.done();
  });

  it('changes the mark style live', async () => {
    const t = await setup(session());
    const sheet = () =>
      t.page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .filter((text) => text.includes('factlens-mention'))
          .join('\n'),
      );
    expect(await sheet()).toMatch(/underline/);
    await t.settings({ markStyle: { kind: 'background', color: '#aa3300' } });
    const css = await waitFor(
      sheet,
      (text) => text.includes('170 51 0') || text.includes('170, 51, 0'),
      'new colour',
    );
    expect(css).not.toMatch(/dotted/);
    await t.done();
  });

  it('reveals a mention from the popup: scrolls the page and flashes it', async () => {
    const t = await setup(session());
    await t.page.setViewport({ width: 800, height: 240 });
    await t.page.evaluate(() => window.scrollTo(0, 0));
    const popup = await session().open(`${session().extensionOrigin}/src/popup/index.html?tab=${t.tabId}`);
    const button = await popup.waitForSelector('.mention[data-entity-id="donald-trump"]');
    await button?.click();
    // The flash lasts 1.5 s: look for it before anything else.
    await waitFor(
      () => t.page.evaluate(() => CSS.highlights.get('factlens-flash')?.size ?? 0),
      (n) => n === 1,
      'the flashed mention',
      1400,
    );
    await waitFor(
      () => popup.$eval('#on-page-jump', (el) => el.textContent ?? ''),
      (x) => x.startsWith('Showing'),
      'jump',
    );
    expect(await t.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await t.done();
  });
}
