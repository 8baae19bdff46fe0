// mark.js (npm) as a user would run it: whole words, the alias list as phrases, once at load.

import type { Page } from 'puppeteer-core';

export interface MarkJsRun {
  marks: number;
  /** mark.js works in one synchronous pass: its first mark appears when all do. */
  allMarksMs: number;
}

export async function runMarkJs(page: Page, source: string, keywords: string[]): Promise<MarkJsRun> {
  await page.addScriptTag({ content: source });
  return page.evaluate(
    (words) =>
      new Promise<MarkJsRun>((resolve) => {
        type MarkCtor = new (el: Element) => { mark(k: string[], o: object): void };
        const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
        const t = performance.now();
        new Mark(document.body).mark(words, {
          separateWordSearch: false,
          accuracy: {
            value: 'exactly',
            limiters: [',', '.', ';', ':', '!', '?', '(', ')', "'", '’', '"', '-'],
          },
          done: (marks: number) => resolve({ marks, allMarksMs: Number((performance.now() - t).toFixed(1)) }),
        });
      }),
    keywords,
  );
}
