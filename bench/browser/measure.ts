// One page, one browser: loads it, follows the marks until they settle, and reads the probes.

import type { Page } from 'puppeteer-core';
import { READ_MARKS } from './probe';

interface MarkSample {
  count: number;
  now: number;
  loadAt: number | null;
  highlightAt: number | null;
  firstVisibleAt: number | null;
  lastChangeAt: number | null;
}

export interface MarkTimes {
  marks: number;
  /** From the load event, and from the extension's registration of its highlight (its injection). */
  firstVisibleAfterLoadMs: number | null;
  firstVisibleAfterInjectionMs: number | null;
  allMarksAfterLoadMs: number | null;
  allMarksAfterInjectionMs: number | null;
}

/** Waits until the page's mark count has not changed for `quietMs`, then reads its timeline. */
export async function followMarks(page: Page, quietMs = 1_000, timeoutMs = 30_000): Promise<MarkTimes> {
  const start = Date.now();
  let s = (await page.evaluate(READ_MARKS)) as MarkSample;
  while (Date.now() - start < timeoutMs) {
    s = (await page.evaluate(READ_MARKS)) as MarkSample;
    if (s.count > 0 && s.lastChangeAt !== null && s.now - s.lastChangeAt > quietMs) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const span = (to: number | null, from: number | null) =>
    to !== null && from !== null ? Number((to - from).toFixed(1)) : null;
  return {
    marks: s.count,
    firstVisibleAfterLoadMs: span(s.firstVisibleAt, s.loadAt),
    firstVisibleAfterInjectionMs: span(s.firstVisibleAt, s.highlightAt),
    allMarksAfterLoadMs: span(s.lastChangeAt, s.loadAt),
    allMarksAfterInjectionMs: span(s.lastChangeAt, s.highlightAt),
  };
}

export interface PageCosts {
  /** Longest 'longtask' after the load event (the page itself runs nothing then); null where unsupported. */
  longestTaskMs: number | null;
  domNodesChanged: number;
}

export async function pageCosts(page: Page): Promise<PageCosts> {
  return page.evaluate(() => {
    const s = (
      window as unknown as {
        __bench: { longTasks: Array<{ start: number; duration: number }>; mutations: number; loadAt: number };
      }
    ).__bench;
    const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
    const after = s.longTasks.filter((t) => t.start >= s.loadAt);
    return {
      longestTaskMs: supported ? Math.max(0, ...after.map((t) => t.duration)) : null,
      domNodesChanged: s.mutations,
    };
  });
}
