// What a reader does and should see: the original of an imported article linked from its card and
// its article page, inferences named only where they are inferences, and the start script's
// pictures. The card is in a closed shadow root: its text is found as a reader finds it (the
// browser's find, which sees what is rendered), its links followed with the keyboard.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { cardFrame, openCardOn } from '../../scripts/open-card.mjs';
import { focusControl, host } from './harness/card-page';
import { getLocal, resetState, sendRaw } from './harness/extension-page';
import { waitFor } from './harness/marks';
import { ORIGINAL_PAGE, READER_PAGE } from './harness/reader-pages';
import { type BrowserKind, describeInBrowser, type Session } from './harness/session';

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

/** How many times `needle` is rendered on the page, shadow roots included, as Find in page counts it. */
/** How often `needle` is rendered in the page plus its card (the card's frame is searched from inside). */
async function renderedCount(page: Page, needle: string): Promise<number> {
  const frame = await cardFrame(page);
  const counts = await Promise.all([page, ...(frame ? [frame] : [])].map((where) => countIn(where, needle)));
  return counts.reduce((a, b) => a + b, 0);
}

function countIn(page: Page | Frame, needle: string): Promise<number> {
  return page.evaluate((n) => {
    const find = (window as unknown as { find(s: string, caseSensitive: boolean): boolean }).find;
    // From the top of the page, whatever has focus: find starts where the selection is.
    window.getSelection()?.collapse(document.body, 0);
    let count = 0;
    while (count < 100 && find.call(window, n, true)) count++;
    window.getSelection()?.removeAllRanges();
    return count;
  }, needle);
}

async function importThroughOptions(session: Session, path: string): Promise<{ page: Page; result: string }> {
  const page = await session.open(`${session.extensionOrigin}/src/options/index.html`);
  await page.waitForSelector('#marking-enabled');
  const batch = () => page.$eval('#import-status', (el) => Number(el.getAttribute('data-batch')));
  const before = await batch();
  const input = await page.waitForSelector('#import-files');
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
  await waitFor(
    () => page.$eval('#import-status', (el) => el.getAttribute('data-busy')),
    (busy) => busy !== 'true',
    'the import to finish',
  );
  await waitFor(batch, (n) => n > before, 'the import result');
  return { page, result: await text(page, '.import-results li') };
}

/**
 * Runs `act`, then returns the tab it opened whose address passes `accept`. Read from each new page
 * itself: Firefox reports extension pages' targets as about:blank.
 */
async function tabOpenedBy(session: Session, act: () => Promise<void>, accept: (url: string) => boolean) {
  const before = new Set(await session.browser.pages());
  await act();
  const found = await waitFor(
    async () => {
      for (const page of await session.browser.pages()) {
        if (before.has(page)) continue;
        const url = await page.evaluate(() => location.href).catch(() => '');
        if (accept(url)) return page;
      }
      return null;
    },
    (page) => page !== null,
    'a new tab',
  );
  if (!found) throw new Error('no new tab');
  return found;
}

async function openOptions(session: Session): Promise<Page> {
  const page = await session.open(`${session.extensionOrigin}/src/options/index.html`);
  await page.waitForSelector('#marking-enabled');
  return page;
}

async function upload(page: Page, selector: string, path: string): Promise<void> {
  const input = await page.waitForSelector(selector);
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Mean brightness (0–255) of a PNG file, measured by drawing it in a page. */
function meanBrightness(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return -1;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4)
        sum += 0.2126 * (data[i] ?? 0) + 0.7152 * (data[i + 1] ?? 0) + 0.0722 * (data[i + 2] ?? 0);
      return sum / (data.length / 4);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

function runStartScript(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--no-build', '--headless', ...args]);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

export function defineReaderPathsSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Reader paths', (session) => {
    const dir = mkdtempSync(join(tmpdir(), 'factlens-reader-'));

    it("links an imported article's original from its card and its article page", async () => {
      const originalUrl = `${session().origin}${ORIGINAL_PAGE}`;
      const file = join(dir, 'halvorsen.json');
      writeFileSync(
        file,
        JSON.stringify({
          title: 'Halvorsen Meets the Fleet',
          date: '2024-08-03',
          source: 'Nordic Wire',
          url: originalUrl,
          body: 'Norwegian Fisheries Minister Ingrid Halvorsen met the fishing fleet in Bodø on Friday.',
        }),
      );
      const badFile = join(dir, 'script-url.json');
      writeFileSync(
        badFile,
        JSON.stringify({
          title: 'T',
          date: '2024-08-03',
          body: 'Ingrid Halvorsen spoke.',
          url: 'javascript:alert(1)',
        }),
      );
      const refused = await importThroughOptions(session(), badFile);
      expect(refused.result).toBe(
        'script-url.json: not imported: "url" must be a web address starting with http:// or https://, not "javascript:alert(1)". Nothing was changed.',
      );
      await resetState(refused.page);
      await refused.page.close();
      const { page: options, result } = await importThroughOptions(session(), file);
      expect(result).toContain('1 article added');

      const reader = await session().open(READER_PAGE);
      await openCardOn(reader, 'Ingrid Halvorsen');
      expect(await renderedCount(reader, 'Original at 127.0.0.1')).toBe(1);
      // Followed as a keyboard user does: Tab to the link, Enter. It opens a new tab that knows neither
      // the page it came from (no referrer) nor can reach it (no opener).
      await focusControl(reader, 'original');
      const original = await tabOpenedBy(
        session(),
        () => reader.keyboard.press('Enter'),
        (url) => url === originalUrl,
      );
      await original.waitForSelector('h1');
      expect(await original.evaluate(() => ({ referrer: document.referrer, opener: window.opener }))).toEqual(
        {
          referrer: '',
          opener: null,
        },
      );
      await original.close();
      await reader.close();

      const again = await session().open(READER_PAGE);
      await openCardOn(again, 'Ingrid Halvorsen');
      await focusControl(again, 'open');
      const article = await tabOpenedBy(
        session(),
        () => again.keyboard.press('Enter'),
        (url) => url.includes('/src/article/index.html'),
      );
      const link = await article.waitForSelector('.byline a.original');
      expect(
        await link?.evaluate((a) => ({
          href: a.getAttribute('href'),
          rel: a.getAttribute('rel'),
          target: a.getAttribute('target'),
          text: a.textContent,
        })),
      ).toEqual({
        href: originalUrl,
        rel: 'noopener noreferrer',
        target: '_blank',
        text: `Original at ${new URL(originalUrl).host} (opens in a new tab)`,
      });
      await article.close();
      await again.close();
      await resetState(options);
      await options.close();
    });

    it('shows "Inferred" on the seed only for the sentence that names Putin by a pronoun', async () => {
      const control = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      const reply = (await sendRaw(control, {
        factlens: 1,
        type: 'lookupEntity',
        payload: { entityId: 'vladimir-putin' },
      })) as { value: { facts: Array<{ text: string }> } };
      const facts = reply.value.facts;
      // The card quotes many sentences that say "Putin": none of them may be called an inference.
      expect(facts.filter((f) => f.text.includes('Putin')).length).toBeGreaterThanOrEqual(8);
      const page = await session().open('/article');
      const pronoun = 'He emphasized that any ceasefire';
      // The article itself says it once; the card quoting it makes twice.
      const inArticle = await renderedCount(page, pronoun);
      await openCardOn(page, 'Putin');
      const pages = Math.ceil(facts.length / 3);
      let inferred = 0;
      for (let shown = 1; ; shown++) {
        const here = await renderedCount(page, 'Inferred:');
        if (here > 0) expect(await renderedCount(page, pronoun)).toBe(inArticle + 1);
        inferred += here;
        if (shown === pages) break;
        // To the "Next facts" button: on later pages "Previous facts" comes first, then it.
        await focusControl(page, 'page');
        if (shown > 1) await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        // A turned page puts focus on its first fact.
        await waitFor(
          () => host(page, 'focus'),
          (focus) => focus === 'fact',
          `page ${shown + 1} of the facts`,
        );
      }
      expect(inferred).toBe(1);
      expect(await host(page, 'open')).toBe('true');
      await page.close();
      await control.close();
    });

    it('refuses ".com" in the site list and says what "*.example.com" covers', async () => {
      const options = await openOptions(session());
      await options.click('#site-input');
      await options.keyboard.type('.com');
      await options.click('#site-add');
      await waitFor(
        () => text(options, '#site-error'),
        (t) => t !== '',
        'the error',
      );
      expect(await text(options, '#site-error')).toBe(
        '“.com” is a whole top-level domain: it would cover every site ending in .com. Enter one site, such as example.com.',
      );
      expect(await text(options, '#site-sites .empty')).toBe('No sites yet.');
      expect(await getLocal(options, 'settings')).toBeUndefined();

      // Typed over: select what is there and replace it, as a reader does.
      await options.click('#site-input');
      await options.keyboard.down('Control');
      await options.keyboard.press('KeyA');
      await options.keyboard.up('Control');
      await options.keyboard.type('*.example.com');
      expect(await text(options, '#site-covers')).toBe(
        'Covers example.com and all its subdomains (saved as example.com).',
      );
      await options.keyboard.press('Enter');
      await options.waitForSelector('#site-sites li[data-site="example.com"]');
      expect(await text(options, '#site-sites li .site-covers')).toBe('example.com and all its subdomains');
      expect(await text(options, '#site-added')).toBe(
        'Added “*.example.com” as example.com: it covers example.com and all its subdomains.',
      );
      expect(await text(options, '#site-error')).toBe('');
      await waitFor(
        async () =>
          ((await getLocal(options, 'settings')) as { disabledSites?: string[] } | undefined)?.disabledSites,
        (sites) => JSON.stringify(sites) === '["example.com"]',
        'the site to be stored',
      );
      await resetState(options);
      await options.close();
    });

    it('says in plain words why a wrong file is not restored, and changes nothing', async () => {
      const options = await openOptions(session());
      const before = await getLocal(options, 'settings');
      const restore = async (name: string, content: string) => {
        const path = join(dir, name);
        writeFileSync(path, content);
        const previous = await text(options, '#backup-status');
        await upload(options, '#restore-file', path);
        return waitFor(
          () => text(options, '#backup-status'),
          (t) => t.startsWith('Not restored') && t !== previous,
          'the refusal',
        );
      };
      // An article file chosen by mistake, then an export whose article lost its text.
      expect(await restore('article.json', '{"title": "T", "date": "2024-08-01", "body": "B"}')).toBe(
        'Not restored: it is not a Factlens export file. Choose a file made with “Export…”. Nothing was changed.',
      );
      expect(
        await restore(
          'damaged-export.json',
          '{"format": "factlens-export", "formatVersion": 1, "settings": {"markingEnabled": false}, "articles": [{"title": "x", "date": "2024-08-01"}]}',
        ),
      ).toBe('Not restored: article 1 of 1: "body" is missing. Nothing was changed.');
      expect(await getLocal(options, 'settings')).toEqual(before);
      expect(await options.$eval('#marking-enabled', (el) => (el as HTMLInputElement).checked)).toBe(true);
      expect(await text(options, '#imported')).toContain('No imported articles yet');
      await options.close();
    });

    it('shows "Saved" for a moment, never over the Add button', async () => {
      const options = await openOptions(session());
      // A window whose bottom edge is just below the Add button, where a floating pill would sit.
      const add = await options.$eval('#site-add', (el) => el.getBoundingClientRect().bottom);
      await options.setViewport({ width: 760, height: Math.ceil(add + 12) });
      await options.click('#marking-enabled');
      await waitFor(
        () => text(options, '#save-status'),
        (t) => t === 'Saved',
        'Saved',
      );
      const boxes = await options.evaluate(() => {
        const box = (sel: string) => {
          const r = document.querySelector(sel)?.getBoundingClientRect();
          return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
        };
        const button = document.querySelector('#site-add')?.getBoundingClientRect();
        const atButton = button
          ? document.elementFromPoint(button.x + button.width - 4, button.y + button.height / 2)?.id
          : undefined;
        return { saved: box('#save-status'), add: box('#site-add'), atButton };
      });
      expect(boxes.saved && boxes.add && overlaps(boxes.saved, boxes.add)).toBe(false);
      expect(boxes.atButton).toBe('site-add');
      await waitFor(
        () => text(options, '#save-status'),
        (t) => t === '',
        '"Saved" to clear',
        6000,
      );
      await resetState(options);
      await options.close();
    });

    it('takes the dark card picture in this browser with npm start -- --headless --dark', async () => {
      const file = join(dir, `card-dark-${kind}.png`);
      const { code, output } = await runStartScript([
        ...(kind === 'firefox' ? ['--firefox'] : []),
        '--dark',
        '--screenshot',
        file,
      ]);
      expect(output).toContain(`Saved ${file}`);
      expect(code).toBe(0);
      const page = await session().open(ORIGINAL_PAGE);
      // The demo page and the card in their dark colours: mostly dark pixels.
      expect(await meanBrightness(page, readFileSync(file))).toBeLessThan(80);
      await page.close();
    });
  });
}
