// mark.js (npm) used as its documentation shows for a set of names: one `markRegExp` call with one
// regular expression of all of them (built as alias-regex.ts builds it), once at load. Passing the
// names as an array to `mark()` instead makes mark.js walk the page once per name, which flatters
// anything compared with it by the number of names.

import type { Page } from 'puppeteer-core';
import { ALIAS_REGEX_FLAGS, aliasRegExpSource } from '../alias-regex';

export interface MarkJsRun {
  marks: number;
  /** mark.js works in one synchronous pass: its first mark appears when all do. */
  allMarksMs: number;
  /** The same pass from navigation start, had it been started at the load event. */
  allMarksAfterNavigationMs: number;
}

export async function runMarkJs(page: Page, source: string, names: readonly string[]): Promise<MarkJsRun> {
  await page.addScriptTag({ content: source });
  return page.evaluate(
    (pattern, flags) =>
      new Promise<MarkJsRun>((resolve) => {
        type MarkCtor = new (el: Element) => { markRegExp(re: RegExp, o: object): void };
        const Mark = (window as unknown as { Mark: MarkCtor }).Mark;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        const loadAt = nav?.loadEventStart ?? 0;
        const t = performance.now();
        new Mark(document.body).markRegExp(new RegExp(pattern, flags), {
          done: (marks: number) => {
            const ms = performance.now() - t;
            resolve({
              marks,
              allMarksMs: Number(ms.toFixed(1)),
              allMarksAfterNavigationMs: Number((loadAt + ms).toFixed(1)),
            });
          },
        });
      }),
    aliasRegExpSource(names),
    ALIAS_REGEX_FLAGS,
  );
}
