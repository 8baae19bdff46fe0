// A hostile page against the marks (issue 12, items 1 and 4, and untrusted events): every attack is a
// script in the page's own world, as a page would run it, and what the reader sees is read from the
// screen or from the content script through an extension page, never from anything the page can read.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HIGHLIGHT_NAME } from '../../scripts/open-card.mjs';
import { servePages } from '../../scripts/serve-pages.mjs';
import { type ArticleFiles, writeArticleFiles } from './harness/article-files';
import { resetState, sendRaw } from './harness/extension-page';
import {
  type Box,
  FOREIGN_NAME,
  HOSTILE_PAGE,
  HOSTILE_STYLED_PAGE,
  hostilePages,
  IMPORTED_NAME,
  markLayer,
  registryTexts,
  textBox,
  tintedShare,
} from './harness/hostile-pages';
import { cardState, markedTexts, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser, type Session } from './harness/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const centre = (b: Box) => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

async function importThroughOptions(options: Page, path: string): Promise<void> {
  await options.waitForSelector('#marking-enabled');
  const batch = () => options.$eval('#import-status', (el) => Number(el.getAttribute('data-batch')));
  const before = await batch();
  const input = await options.waitForSelector('#import-files');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  await waitFor(batch, (n) => n > before, 'the import result', 60_000);
}

async function boxOf(page: Page, text: string): Promise<Box> {
  const box = await textBox(page, text);
  if (!box) throw new Error(`no "${text}" on the page`);
  return box;
}

/** The texts of the ranges in Factlens's own registry entry, read by the page. */
const entryTexts = (page: Page) =>
  page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    if (!highlight) return null;
    return [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, HIGHLIGHT_NAME);

/** The page plants its own range over some of its text in Factlens's highlight, or in one it sets in its place. */
const plant = (page: Page, text: string, how: 'add' | 'replace') =>
  page.evaluate(
    (name, wanted, mode) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? '').indexOf(wanted);
        if (at < 0) continue;
        const range = new StaticRange({
          startContainer: n,
          startOffset: at,
          endContainer: n,
          endOffset: at + wanted.length,
        });
        if (mode === 'add') CSS.highlights.get(name)?.add(range);
        else CSS.highlights.set(name, new Highlight(range));
        return;
      }
    },
    HIGHLIGHT_NAME,
    text,
    how,
  );

export function defineHostileMarksSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'A hostile page against the marks', (session) => {
    let server: { origin: string; close(): Promise<void> } | undefined;
    let files: ArticleFiles;
    let options: Page;
    beforeAll(async () => {
      server = await servePages(hostilePages());
      files = writeArticleFiles();
      options = await session().open(`${session().extensionOrigin}/src/options/index.html`);
    });
    afterAll(() => {
      // Not awaited: the browser holds keep-alive connections until the session closes it, after this hook.
      void server?.close();
    });
    const open = async (s: Session, path: string) => {
      const page = await s.open(`${server?.origin}${path}`);
      await waitFor(
        () => markedTexts(page),
        (texts) => texts.includes('Moscow'),
        'the bundled name marked',
        20_000,
      );
      return page;
    };

    it('a page script reading every highlight learns no imported name, which the reader still sees marked', async () => {
      await resetState(options);
      await importThroughOptions(options, files.valid);
      const page = await open(session(), HOSTILE_PAGE);
      await waitFor(
        () => markLayer(page, IMPORTED_NAME),
        (layer) => layer !== null,
        'the imported name marked',
        30_000,
      );
      expect(await markLayer(page, IMPORTED_NAME)).toBe('overlay');
      expect(await markLayer(page, 'Moscow')).toBe('shared');
      // The attack: every Highlight in the registry, every range, as text.
      const seen = await registryTexts(page);
      expect(seen).toContain('Moscow');
      expect(seen.join('|')).not.toMatch(/Halvorsen|Ingrid/);
      // Hit-testing at the name meets only the page's own elements.
      const name = await boxOf(page, IMPORTED_NAME);
      const strangers = await page.evaluate(
        ({ x, y }) =>
          document
            .elementsFromPoint(x, y)
            .filter((e) => e !== document.documentElement && !document.body.contains(e))
            .map((e) => e.tagName),
        centre(name),
      );
      expect(strangers).toEqual([]);
      // The reader sees it marked: the mark colour on screen, where the unmarked word has none.
      await waitFor(
        () => tintedShare(page, name, 'blue'),
        (share) => share > 0.3,
        'the imported name painted',
      );
      expect(await tintedShare(page, await boxOf(page, 'fleet'), 'blue')).toBeLessThan(0.05);
      await page.close();
      await resetState(options);
    });

    it("keeps marks painted against the page's ::highlight(factlens-mention) { … !important }", async () => {
      await resetState(options);
      // A strong red tint: painted marks are then easy to tell from unmarked text in a screenshot.
      await sendRaw(options, {
        factlens: 1,
        type: 'updateSettings',
        payload: { patch: { markStyle: { kind: 'background', color: '#ff0000' } } },
      });
      const page = await open(session(), HOSTILE_STYLED_PAGE);
      const moscow = await boxOf(page, 'Moscow');
      await waitFor(
        () => tintedShare(page, moscow, 'red'),
        (share) => share > 0.3,
        'Moscow painted despite the page rule',
        5_000,
      );
      expect(await tintedShare(page, await boxOf(page, 'Talks'), 'red')).toBeLessThan(0.05);
      await page.close();
      await resetState(options);
    });

    it("drops a range the page adds to Factlens's highlight, and hovering it opens no card", async () => {
      await resetState(options);
      const page = await open(session(), HOSTILE_PAGE);
      await plant(page, FOREIGN_NAME, 'add');
      await waitFor(
        () => entryTexts(page),
        (texts) => texts?.includes('Moscow') === true && !texts.includes(FOREIGN_NAME),
        'the foreign range dropped',
        5_000,
      );
      const foreign = centre(await boxOf(page, FOREIGN_NAME));
      await page.mouse.move(foreign.x - 30, foreign.y - 30);
      await page.mouse.move(foreign.x, foreign.y, { steps: 4 });
      await sleep(1_200);
      expect((await cardState(page)).open).toBe(false);
      await page.close();
    });

    it('puts its highlight back when the page deletes or replaces the registry entry', async () => {
      await resetState(options);
      const page = await open(session(), HOSTILE_PAGE);
      await page.evaluate((name) => CSS.highlights.delete(name), HIGHLIGHT_NAME);
      await waitFor(
        () => entryTexts(page),
        (texts) => texts?.includes('Moscow') === true,
        'the marks back after the entry was deleted',
        5_000,
      );
      await plant(page, FOREIGN_NAME, 'replace');
      await waitFor(
        () => entryTexts(page),
        (texts) => texts?.includes('Moscow') === true && !texts.includes(FOREIGN_NAME),
        "Factlens's highlight back after the entry was replaced",
        5_000,
      );
      await page.close();
    });

    it('opens no card for pointer events the page dispatches, and ignores its Escape', async () => {
      await resetState(options);
      const page = await open(session(), HOSTILE_PAGE);
      const moscow = centre(await boxOf(page, 'Moscow'));
      // The attack: a second of synthetic pointer and mouse events resting on the mark.
      await page.evaluate(async ({ x, y }) => {
        const target = document.elementFromPoint(x, y) ?? document.body;
        const init = { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: 'mouse' };
        for (let i = 0; i < 20; i++) {
          for (const type of ['pointerover', 'pointerenter', 'pointermove'])
            target.dispatchEvent(new PointerEvent(type, init));
          for (const type of ['mouseover', 'mousemove']) target.dispatchEvent(new MouseEvent(type, init));
          await new Promise((r) => setTimeout(r, 50));
        }
      }, moscow);
      await sleep(800);
      expect((await cardState(page)).open).toBe(false);
      // The reader's own pointer still opens it, and the page's Escape does not close it.
      await page.mouse.move(moscow.x - 30, moscow.y - 30);
      await page.mouse.move(moscow.x, moscow.y, { steps: 4 });
      await waitFor(
        async () => (await cardState(page)).open,
        (shown) => shown,
        'the card opened by the real pointer',
      );
      await page.evaluate(() =>
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
      );
      await sleep(600);
      expect((await cardState(page)).open).toBe(true);
      await page.close();
    });
  });
}
