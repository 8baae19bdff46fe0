import { expect, it } from 'vitest';
import { markPoint, openCardOn, waitForMark } from '../../scripts/open-card.mjs';
import { sendRaw } from './harness/extension-page';
import { NEAR_MISS_EXPECTED } from './harness/fixture-pages';
import { cardState, markCount, markedTexts, waitFor, waitForSeedMarks } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';
import { stopChromiumWorker } from './harness/worker';

const SEED_NAMES = [
  'Vladimir Putin',
  'Putin',
  'Shanghai Cooperation Organization',
  'Astana',
  'Russia',
  'Ukraine',
  'Kyiv',
  'NATO',
  'Moscow',
  'Institute for the Study of War',
  'ISW',
  'SCO',
  'Verkhovna Rada',
  'Rada',
  'Volodymyr Zelensky',
  'Donald Trump',
];

export function defineExtensionSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Factlens', (session) => {
    it('marks every name in the seed article without changing the page DOM', async () => {
      const page = await session().open('/article');
      const texts = await waitFor(
        () => markedTexts(page),
        // Scanning is sliced: more than 20 marks can be in before the last paragraph is.
        (t) => SEED_NAMES.every((name) => t.includes(name)),
        'marks on every seed name',
      );
      for (const name of SEED_NAMES) expect(texts, name).toContain(name);
      // Longest match wins: "Vladimir Putin" is one mark, so it is never followed by a separate "Vladimir".
      expect(texts).not.toContain('Vladimir');
      const unchanged = await page.evaluate(async () => {
        const served = await (await fetch(location.href)).text();
        const fresh = new DOMParser().parseFromString(served, 'text/html');
        return (
          fresh.body.innerHTML === document.body.innerHTML && document.querySelectorAll('mark').length === 0
        );
      });
      expect(unchanged).toBe(true);
      await page.close();
    });

    it('marks names in other sentences and nothing else', async () => {
      const page = await session().open('/near-misses');
      const texts = await waitFor(
        () => markedTexts(page),
        (t) => t.length >= NEAR_MISS_EXPECTED.length,
        'near-miss marks',
      );
      expect(texts).toEqual(NEAR_MISS_EXPECTED);
      await page.close();
    });

    it('opens a card with dated facts on hover and closes it with Escape', async () => {
      const page = await session().open('/article');
      await openCardOn(page, 'Putin');
      const card = await cardState(page);
      expect(card.entityId).toBe('vladimir-putin');
      expect(card.factCount).toBeGreaterThan(0);
      expect(card.factDates).toContain('2024-07-05');
      await page.keyboard.press('Escape');
      await waitFor(
        () => cardState(page),
        (c) => !c.open,
        'the card to close',
      );
      // Moving away closes it too, after a grace period that lets the pointer cross onto the card.
      await openCardOn(page, 'Putin');
      await page.mouse.move(5, 5);
      expect((await cardState(page)).open).toBe(true);
      await waitFor(
        () => cardState(page),
        (c) => !c.open,
        'the card to close after the pointer left',
      );
      await page.close();
    });

    it('marks content added after load', async () => {
      const page = await session().open('/dynamic');
      const texts = await waitFor(
        () => markedTexts(page),
        (t) => t.length >= 2,
        'marks on late content',
      );
      expect(texts).toEqual(['Zelensky', 'Verkhovna Rada']);
      await page.close();
    });

    it('finds the Shanghai Cooperation Organization from the popup search for "SCO"', async () => {
      const popup = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      await popup.waitForSelector('#search');
      await popup.type('#search', 'SCO');
      const card = await popup.waitForSelector(
        '#results [data-entity-id="shanghai-cooperation-organization"]',
      );
      expect(await card?.evaluate((el) => el.textContent)).toContain('Shanghai Cooperation Organization');
      await popup.close();
    });

    it('answers forged and malformed messages with an error, and keeps working', async () => {
      const page = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const bad = await sendRaw(page, { factlens: 1, type: 'search', payload: { query: 42 } });
      expect(bad).toMatchObject({ ok: false });
      const unknown = await sendRaw(page, { factlens: 1, type: 'dropDatabase', payload: {} });
      expect(unknown).toMatchObject({ ok: false });
      const good = await sendRaw(page, { factlens: 1, type: 'search', payload: { query: 'Zelensky' } });
      expect(good).toMatchObject({ ok: true });
      await page.close();
    });

    it('removes marks from an open tab when marking is turned off, and brings them back', async () => {
      const page = await session().open('/article');
      await waitForSeedMarks(page);
      const options = await session().open(`${session().extensionOrigin}/src/options/index.html`);
      const toggle = await options.waitForSelector('#marking-enabled');
      expect(await toggle?.evaluate((el) => (el as HTMLInputElement).checked)).toBe(true);
      await toggle?.click();
      await waitFor(
        () => markCount(page),
        (n) => n === 0,
        'marks to go',
      );
      await toggle?.click();
      await waitFor(
        () => markCount(page),
        (n) => n > 20,
        'marks to return',
      );
      await options.close();
      await page.close();
    });

    it('shows the quoted sentence highlighted on the article page', async () => {
      const page = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const reply = (await sendRaw(page, {
        factlens: 1,
        type: 'lookupEntity',
        payload: { entityId: 'institute-for-the-study-of-war' },
      })) as {
        ok: boolean;
        value: { facts: Array<{ text: string; articleId: string; paragraph: number; sentence: number }> };
      };
      const fact = reply.value.facts[0];
      expect(fact).toBeDefined();
      if (!fact) return;
      const params = new URLSearchParams({
        id: fact.articleId,
        p: String(fact.paragraph),
        s: String(fact.sentence),
        q: fact.text.slice(0, 80),
      });
      const article = await session().open(`${session().extensionOrigin}/src/article/index.html?${params}`);
      const quote = await article.waitForSelector('mark.fl-quote');
      expect(await quote?.evaluate((el) => el.textContent)).toBe(fact.text);
      await article.close();
      await page.close();
    });

    if (kind === 'chrome') {
      it('answers the first hover after the worker was terminated, each time', async () => {
        // Chromium drops the message that wakes a stopping worker about one hover in four: three rounds,
        // each a fresh page (no card code, no cards in the tab yet) and one pointer move onto a name.
        const rounds = [
          ['Volodymyr Zelensky', 'volodymyr-zelensky'],
          ['Putin', 'vladimir-putin'],
          ['Kyiv', 'kyiv'],
        ] as const;
        for (const [name, entityId] of rounds) {
          const page = await session().open('/article');
          await waitForSeedMarks(page);
          await stopChromiumWorker(session());
          await waitForMark(page, name);
          const point = await markPoint(page, name);
          if (!point) throw new Error(`no mark on ${name}`);
          await page.mouse.move(point.x, point.y);
          const card = await waitFor(
            () => cardState(page),
            (c) => c.open,
            `the card for ${name} after the worker stopped`,
          );
          expect(card.entityId).toBe(entityId);
          await page.close();
        }
      });
    }
  });
}
