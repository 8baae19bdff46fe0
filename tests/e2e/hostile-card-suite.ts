// A hostile page against the fact card, as an attacker runs it: scripts in the page's main world
// try to read the card (window.find and the selection, data-* on its host), drive it (untrusted
// clicks on its buttons, rewriting its text), suppress it (removing its host, defining the custom
// element its host once was) and fake it (a top-layer popover over it, reading the mark of
// authenticity). The reader's side is real: pointer moves and clicks.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cardFrame, HOST_SELECTOR, openCardOn } from '../../scripts/open-card.mjs';
import { host } from './harness/card-page';
import { getLocal } from './harness/extension-page';
import { serveHostilePages } from './harness/hostile-card-pages';
import { markCount, waitFor } from './harness/marks';
import { readerSetup } from './harness/reader-page';
import { type BrowserKind, describeInBrowser, type Session } from './harness/session';

declare global {
  interface Window {
    /** Non-standard, in both browsers: finds text in the page and selects it. */
    find(text: string, caseSensitive?: boolean, backwards?: boolean, wrapAround?: boolean): boolean;
  }
}

/** Text only the card shows (the page's own text has none of it). */
const CARD_ONLY = ['Open article', 'Off here', 'also: Putin', 'Russian President'];

async function clickAt(page: Page, name: string): Promise<void> {
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

/** The page's script: finds `word` with window.find and presses the button around the selection. */
const pressByFind = (page: Page, word: string) =>
  page.evaluate((w) => {
    getSelection()?.removeAllRanges();
    if (!window.find(w, true, false, true)) return 'not found';
    const node = getSelection()?.anchorNode;
    const button = (node instanceof Element ? node : node?.parentElement)?.closest('button');
    if (!button) return 'found, no button';
    button.click();
    return 'clicked';
  }, word);

export function defineHostileCardSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Hostile page against the card', (session) => {
    let pages: Awaited<ReturnType<typeof serveHostilePages>>;
    beforeAll(async () => {
      pages = await serveHostilePages();
    });
    afterAll(() => {
      // The browser keeps connections to this server open until it closes, after this suite's tests.
      session().browser.once('disconnected', () => void pages.close());
    });
    const setupOn = (s: Session, path: string) =>
      readerSetup(s, `${pages.origin}${path}`, (url) => s.open(url));

    it('lets no page script find the card’s text with window.find or read it from the selection', async () => {
      const t = await setupOn(session(), '/hostile');
      await openCardOn(t.page, 'Vladimir Putin');
      const leaks = await t.page.evaluate((words) => {
        const found: string[] = [];
        for (const w of words) {
          getSelection()?.removeAllRanges();
          if (window.find(w, false, false, true)) found.push(`${w} → ${getSelection()?.toString()}`);
        }
        return found;
      }, CARD_ONLY);
      expect(leaks).toEqual([]);
      expect(await host(t.page, 'open')).toBe('true');
      await t.done();
    });

    it('leaves nothing about the card on any element the page can read', async () => {
      const t = await setupOn(session(), '/hostile');
      await openCardOn(t.page, 'Vladimir Putin');
      const named = await t.page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter(
              (a) =>
                /putin|vladimir|\d{4}-\d\d-\d\d/i.test(a.value) ||
                /^data-(entity|fact-|header|pinned|controls|card-box|theme|focus|open)/.test(a.name),
            )
            .map((a) => `${el.tagName.toLowerCase()} ${a.name}="${a.value}"`),
        ),
      );
      expect(named).toEqual([]);
      await t.done();
    });

    it('ignores the page’s untrusted clicks on the card’s buttons and its rewrites of the card', async () => {
      const t = await setupOn(session(), '/hostile');
      await openCardOn(t.page, 'Vladimir Putin');
      const marks = await markCount(t.page);
      const tabs = (await session().browser.pages()).length;
      const pin = await pressByFind(t.page, 'Pin');
      await new Promise((r) => setTimeout(r, 300));
      expect(await host(t.page, 'pinned'), `Pin: ${pin}`).toBe('false');
      const forged = await t.page.evaluate(() => {
        getSelection()?.removeAllRanges();
        if (!window.find('also: Putin', true, false, true)) return 'not found';
        const node = getSelection()?.anchorNode;
        if (node) node.textContent = 'FORGED: a fact Factlens never had';
        return 'rewritten';
      });
      expect(await host(t.page, 'header'), `rewrite: ${forged}`).not.toContain('FORGED');
      const open = await pressByFind(t.page, 'Open article');
      const mute = await pressByFind(t.page, 'Mute');
      await new Promise((r) => setTimeout(r, 800));
      expect(await markCount(t.page), `Mute: ${mute}`).toBe(marks);
      expect((await session().browser.pages()).length, `Open article: ${open}`).toBe(tabs);
      await t.done();
    });

    it('opens the next card after the page removed the host of a pinned card', async () => {
      const t = await setupOn(session(), '/hostile');
      await openCardOn(t.page, 'Vladimir Putin');
      await clickAt(t.page, 'pin');
      await waitFor(
        () => host(t.page, 'pinned'),
        (v) => v === 'true',
        'the card pinned',
      );
      // Everything the page did not put there itself goes.
      const removed = await t.page.evaluate(() => {
        const foreign = [...document.documentElement.children].filter(
          (el) => el !== document.head && el !== document.body,
        );
        for (const el of foreign) el.remove();
        return foreign.length;
      });
      expect(removed).toBeGreaterThan(0);
      await openCardOn(t.page, 'Moscow');
      expect(await host(t.page, 'entityId')).toBe('moscow');
      await t.done();
    });

    it('opens cards on a page that defined the old host’s custom element before Factlens ran', async () => {
      const t = await setupOn(session(), '/hostile-element');
      expect(await t.page.evaluate(() => customElements.get('factlens-card-host') !== undefined)).toBe(true);
      await openCardOn(t.page, 'Vladimir Putin');
      expect(await host(t.page, 'entityId')).toBe('vladimir-putin');
      await t.done();
    });

    it('keeps the real card above a page popover opened over it, and the reader’s click reaches it', async () => {
      const t = await setupOn(session(), '/hostile');
      await openCardOn(t.page, 'Vladimir Putin');
      const box = await waitFor(
        async () => (await host(t.page, 'cardBox')).split(',').map(Number),
        (b) => b.length === 4 && (b[2] ?? 0) > 0,
        'the card placed',
      );
      const [left = 0, top = 0, width = 0, height = 0] = box;
      const onTop = await t.page.evaluate(
        async (b, sel) => {
          const fake = document.createElement('div');
          fake.setAttribute('popover', 'manual');
          fake.textContent = 'Vladimir Putin: a fake fact from the page';
          Object.assign(fake.style, {
            position: 'fixed',
            inset: 'auto',
            margin: '0',
            left: `${b.left - 20}px`,
            top: `${b.top - 20}px`,
            width: `${b.width + 40}px`,
            height: `${b.height + 40}px`,
            background: '#fff',
          });
          document.body.append(fake);
          fake.showPopover();
          await new Promise((r) => setTimeout(r, 300));
          const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
          return hit === fake ? 'the page’s popover' : hit?.matches(sel) ? 'the card' : String(hit?.tagName);
        },
        { left, top, width, height },
        HOST_SELECTOR,
      );
      expect(onTop).toBe('the card');
      await clickAt(t.page, 'pin');
      await waitFor(
        () => host(t.page, 'pinned'),
        (v) => v === 'true',
        'pinned by the reader’s click',
      );
      await t.done();
    });

    it('shows the install’s mark of authenticity in the card, where the page cannot read it', async () => {
      const s = session();
      const t = await setupOn(s, '/hostile');
      const mark = (await getLocal(t.ext, 'cardMark')) as { symbol?: string; digits?: string } | undefined;
      const code = `${mark?.symbol ?? '?'}${mark?.digits ?? '?'}`;
      expect(code).toMatch(/^\S\d\d$/);
      await openCardOn(t.page, 'Vladimir Putin');
      const frame = await cardFrame(t.page);
      const shown = await frame?.evaluate(() => document.querySelector('.fl-mark')?.textContent ?? '');
      expect(shown).toBe(code);
      const seen = await t.page.evaluate((c) => {
        getSelection()?.removeAllRanges();
        return window.find(c, true, false, true) || document.documentElement.outerHTML.includes(c);
      }, code);
      expect(seen).toBe(false);
      // The settings page shows it, so the reader learns what a real card carries.
      await waitFor(
        () => t.ext.evaluate(() => document.body.textContent ?? ''),
        (text) => text.includes(code),
        `the mark ${code} on the settings page`,
      );
      await t.done();
    });
  });
}

/**
 * The card hosts on the page. (The overlay host of imported names is outside the body too; an orphaned
 * script removes it on the reader's next input, which this test does not make.)
 */
const foreignElements = (page: Page) =>
  page.evaluate((selector) => document.querySelectorAll(selector).length, HOST_SELECTOR);

export function defineOrphanCardSuite(kind: BrowserKind): void {
  // A browser of its own: the extension is reloaded under it.
  describeInBrowser(kind, 'Card after the extension reloads', (session) => {
    let pages: Awaited<ReturnType<typeof serveHostilePages>>;
    beforeAll(async () => {
      pages = await serveHostilePages();
    });
    afterAll(() => {
      // The browser keeps connections to this server open until it closes, after this suite's tests.
      session().browser.once('disconnected', () => void pages.close());
    });

    it('removes a pinned card the old content script left when the extension reloads', async () => {
      const s = session();
      const t = await readerSetup(s, `${pages.origin}/hostile`, (url) => s.open(url));
      await openCardOn(t.page, 'Vladimir Putin');
      await clickAt(t.page, 'pin');
      await waitFor(
        () => host(t.page, 'pinned'),
        (v) => v === 'true',
        'the card pinned',
      );
      const [left = 0, top = 0, width = 0, height = 0] = (await host(t.page, 'cardBox'))
        .split(',')
        .map(Number);
      expect(await foreignElements(t.page)).toBe(1);
      // The extension reloads (an update does the same): its pages close, the tab stays.
      void t.ext
        .evaluate(() => {
          type Runtime = { runtime: { reload(): void } };
          const scope = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
          (scope.browser ?? scope.chrome).runtime.reload();
        })
        .catch(() => undefined);
      await waitFor(
        () => foreignElements(t.page),
        (n) => n === 0,
        'the old card’s host gone',
      );
      const under = await t.page.evaluate(
        (x, y) => document.body.contains(document.elementFromPoint(x, y)),
        left + width / 2,
        top + height / 2,
      );
      expect(under, 'the page’s own text is under where the card was').toBe(true);
      await t.page.close();
    });
  });
}
