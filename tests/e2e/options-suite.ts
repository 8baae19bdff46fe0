// Settings, import and accessibility of the options page and popup, in one browser session.
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { type ArticleFiles, HOSTILE_TITLE, writeArticleFiles } from './harness/article-files';
import { getLocal, resetState, sendRaw, seriousViolations, setLocal } from './harness/extension-page';
import { markCount, waitFor } from './harness/marks';
import { type BrowserKind, describeInBrowser } from './harness/session';

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

async function upload(options: Page, selector: string, path: string): Promise<void> {
  const input = await options.waitForSelector(selector);
  await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
}

/** Uploads one file and waits for its result line. */
async function importFile(options: Page, path: string): Promise<string> {
  const batch = () =>
    options.$eval('#import-status', (el) => ({
      n: Number(el.getAttribute('data-batch')),
      busy: el.getAttribute('data-busy') === 'true',
    }));
  const before = (await batch()).n;
  await upload(options, '#import-files', path);
  await waitFor(batch, (b) => b.n > before && !b.busy, 'the import to finish');
  return text(options, '.import-results li');
}

export function defineOptionsSuite(kind: BrowserKind): void {
  describeInBrowser(kind, 'Options and popup', (session) => {
    let files: ArticleFiles;
    // One extension page kept open for storage and messages, so tests open as few pages as they can.
    let control: Page;
    const optionsUrl = () => `${session().extensionOrigin}/src/options/index.html`;
    const openOptions = async () => {
      const page = await session().open(optionsUrl());
      await page.waitForSelector('#marking-enabled');
      return page;
    };

    beforeAll(async () => {
      files = writeArticleFiles();
      control = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
    });
    beforeEach(() => resetState(control));

    it('migrates settings stored by version 0 and 1 when the page opens', async () => {
      await setLocal(control, {
        settings: { markingEnabled: false, hoverDelayMs: 250, disabledSites: ['Example.COM'] },
      });
      const options = await openOptions();
      expect(await options.$eval('#marking-enabled', (el) => (el as HTMLInputElement).checked)).toBe(false);
      expect(await options.$eval('#hover-delay', (el) => (el as HTMLInputElement).value)).toBe('250');
      expect(await text(options, '#site-sites .site-list')).toContain('example.com');
      expect(await options.$eval('#site-mode-all-except', (el) => (el as HTMLInputElement).checked)).toBe(
        true,
      );
      expect(await options.$eval('#type-person', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await options.close();
    });

    it('turns marking off on a listed site and in only-these-sites mode, live', async () => {
      const article = await session().open('/article');
      const marked = (n: number) => n > 20;
      await waitFor(() => markCount(article), marked, 'marks');
      const sheets = (page: Page) => page.evaluate(() => document.adoptedStyleSheets.length);
      // The marks' colours: one sheet of ours, whichever script installed it.
      expect(await sheets(article)).toBe(1);
      const options = await openOptions();
      await options.type('#site-input', '127.0.0.1');
      await options.click('#site-add');
      await waitFor(
        () => markCount(article),
        (n) => n === 0,
        'marks to go on a disabled site',
      );
      await options.click('#site-sites button.remove');
      await waitFor(() => markCount(article), marked, 'marks to return');
      await options.click('#site-mode-only');
      await waitFor(
        () => markCount(article),
        (n) => n === 0,
        'marks to go in only mode',
      );
      // A page opened where Factlens is off keeps no style sheet of ours (one goes in at
      // document_start, before the settings are read, and must leave once they are).
      const offPage = await session().open('/article');
      await waitFor(
        () => sheets(offPage),
        (n) => n === 0,
        'no style sheet on a page where Factlens is off',
      );
      await offPage.close();
      await options.waitForSelector('#only-input');
      await options.type('#only-input', '127.0.0.1');
      await options.click('#only-add');
      await waitFor(() => markCount(article), marked, 'marks on a listed site');
      await waitFor(
        () => text(options, '#save-status'),
        (t) => t === 'Saved',
        'Saved',
      );
      await options.close();
      await article.close();
    });

    it('saves types, style, first mention and unmutes a muted entity', async () => {
      const options = await openOptions();
      await sendRaw(options, {
        factlens: 1,
        type: 'updateSettings',
        payload: { patch: { mutedEntities: ['vladimir-putin'] } },
      });
      await options.waitForSelector('[data-muted="vladimir-putin"]');
      // The row appears with the id at once and with the name once the worker has looked it up.
      await waitFor(
        () => text(options, '#muted'),
        (shown) => shown.includes('Vladimir Putin'),
        'the muted entity to be shown by name',
      );
      await options.click('#type-place');
      await options.click('#style-background');
      await options.click('#first-mention-only');
      await options.click('[data-muted="vladimir-putin"] button');
      const stored = await waitFor(
        () => getLocal(options, 'settings') as Promise<Record<string, unknown>>,
        (s) => Array.isArray(s?.mutedEntities) && s.mutedEntities.length === 0 && s.firstMentionOnly === true,
        'settings to be stored',
      );
      expect(stored.markTypes).toEqual(['person', 'organisation', 'other']);
      expect(stored.markStyle).toEqual({ kind: 'background', color: '#4080e6' });
      await options.close();
    });

    it('imports a valid file, skips it as a duplicate, and deletes it', async () => {
      const options = await openOptions();
      expect(await importFile(options, files.valid)).toContain('1 article added');
      await options.waitForSelector('.imported-list li');
      expect(await text(options, '.imported-list')).toContain(
        'Ingrid Halvorsen Opens the Arctic Fisheries Forum',
      );
      await waitFor(
        () => text(options, '[data-count="imported"]'),
        (t) => t.includes('1 included'),
        'counts',
      );
      expect(typeof (await getLocal(options, 'datasetRevision'))).toBe('number');
      expect(await importFile(options, files.valid)).toContain('0 articles added, 1 duplicate skipped');
      await options.click('.imported-list li button.remove');
      await options.waitForSelector('.imported-list', { hidden: true });
      await options.close();
    });

    it('rejects malformed, hostile and oversized files and changes nothing', async () => {
      const options = await openOptions();
      expect(await importFile(options, files.malformed)).toMatch(
        /broken\.jsonl: not imported, line 2: invalid date/,
      );
      expect(await importFile(options, files.hostileKeys)).toMatch(
        /proto\.jsonl: not imported, line 2: forbidden key "__proto__"/,
      );
      expect(await importFile(options, files.oversized)).toMatch(
        /huge\.txt: not imported: the file is 32\.0 MB; text and \.json files up to 32 MB can be imported/,
      );
      expect(await text(options, '#imported')).toContain('No imported articles yet');
      expect(await importFile(options, files.hostileTitle)).toContain('1 article added');
      await options.waitForSelector('.imported-list li');
      expect(await text(options, '.imported-list .article-title')).toBe(HOSTILE_TITLE);
      const injected = await options.evaluate(
        () =>
          document.querySelectorAll('#imported img, #imported script').length +
          (document.body.dataset.pwned ? 1 : 0),
      );
      expect(injected).toBe(0);
      await options.close();
    });

    it('exports settings and articles and restores them', async () => {
      const options = await openOptions();
      await importFile(options, files.valid);
      await options.click('#marking-enabled');
      await waitFor(
        () => text(options, '#save-status'),
        (t) => t === 'Saved',
        'Saved',
      );
      const reply = (await sendRaw(options, { factlens: 1, type: 'exportData', payload: {} })) as {
        value: { json: string };
      };
      const exportPath = `${files.dir}/export.json`;
      writeFileSync(exportPath, reply.value.json);
      await resetState(options);
      const fresh = await openOptions();
      expect(await fresh.$eval('#marking-enabled', (el) => (el as HTMLInputElement).checked)).toBe(true);
      await upload(fresh, '#restore-file', exportPath);
      await waitFor(
        () => text(fresh, '#backup-status'),
        (t) => t.startsWith('Restored'),
        'restore',
      );
      expect(await text(fresh, '#backup-status')).toContain('1 article added');
      await waitFor(
        () => fresh.$eval('#marking-enabled', (el) => (el as HTMLInputElement).checked),
        (checked) => !checked,
        'restored settings',
      );
      await fresh.waitForSelector('.imported-list li');
      writeFileSync(
        exportPath,
        '{"format": "factlens-export", "formatVersion": 1, "settings": {}, "articles": [{"title": "x"}]}',
      );
      await upload(fresh, '#restore-file', exportPath);
      await waitFor(
        () => text(fresh, '#backup-status'),
        (t) => t.startsWith('Not restored'),
        'refusal',
      );
      expect(await text(fresh, '#backup-status')).toContain('article 1');
      await options.close();
      await fresh.close();
    });

    it('has no serious accessibility violations on the options page and the popup', async () => {
      const options = await openOptions();
      await importFile(options, files.valid);
      expect(await seriousViolations(options)).toEqual([]);
      await options.close();
      const popup = await session().open(`${session().extensionOrigin}/src/popup/index.html`);
      await popup.type('#search', 'putin');
      await popup.waitForSelector('#results-list [role="option"]');
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
    });
  });
}
