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
  /**
   * From navigation start (the page's time origin: nothing of the extension's, matcher delivery
   * included, is left out), from the load event, and from the extension's registration of its
   * highlight (after its matcher has arrived: kept to compare with earlier runs, not as the figure).
   */
  firstVisibleAfterNavigationMs: number | null;
  allMarksAfterNavigationMs: number | null;
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
    firstVisibleAfterNavigationMs: span(s.firstVisibleAt, 0),
    allMarksAfterNavigationMs: span(s.lastChangeAt, 0),
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

export interface TotalTimes {
  /** Every mark the extension holds (registered with the highlight or not), from the popup's question. */
  totalMarks: number;
  /** When the content script finished reading the page (its own record). Epoch ms, on the page's clock. */
  readAtEpochMs: number | null;
}

/**
 * Asks the content script for its mark counts ("On this page") from an extension page, every 100 ms,
 * until it has finished reading and the total has not changed for `quietMs`. Start it before the
 * page loads: it waits for the tab. The time of completion is the content script's own record, so
 * the polling's message round trips do not add to it.
 */
export function followTotal(extensionPage: Page, url: string, quietMs = 1_000, timeoutMs = 30_000) {
  return extensionPage.evaluate(
    async (u, quiet, timeout) => {
      type Api = {
        tabs: {
          query(q: object): Promise<Array<{ id?: number; url?: string }>>;
          sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
        };
      };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      const api = scope.browser ?? scope.chrome;
      const start = Date.now();
      let total = -1;
      let lastChange: number | null = null;
      let readAt: number | null = null;
      while (Date.now() - start < timeout) {
        const tab = (await api.tabs.query({})).find((t) => t.url === u);
        let count: number | null = null;
        let reading = true;
        if (tab?.id !== undefined) {
          try {
            const reply = (await api.tabs.sendMessage(
              tab.id,
              { factlens: 1, type: 'getPageMentions', payload: {} },
              { frameId: 0 },
            )) as
              | {
                  ok: boolean;
                  value?: { mentions: Array<{ count: number }>; reading: boolean; readAt: number | null };
                }
              | undefined;
            if (reply?.ok && reply.value) {
              count = reply.value.mentions.reduce((s, m) => s + m.count, 0);
              reading = reply.value.reading;
              readAt = reply.value.readAt;
            }
          } catch {
            // No content script in the tab yet.
          }
        }
        const now = Date.now();
        if (count !== null && count !== total) {
          total = count;
          lastChange = now;
        } else if (count !== null && !reading && total > 0 && lastChange !== null && now - lastChange > quiet)
          break;
        // Seldom: the completion time is the content script's own record, and each question costs the tab a task.
        await new Promise((r) => setTimeout(r, 100));
      }
      return { totalMarks: total, readAtEpochMs: readAt } as TotalTimes;
    },
    url,
    quietMs,
    timeoutMs,
  );
}

/** The page's navigation start (its time origin) as epoch ms. */
export function navigationEpochMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.timeOrigin);
}

/** The page's clock as epoch ms at the extension's highlight registration (after its matcher arrived). */
export function injectionEpochMs(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const s = (window as unknown as { __bench: { highlightAt: number | null } }).__bench;
    return s.highlightAt === null ? null : performance.timeOrigin + s.highlightAt;
  });
}

/**
 * Jumps from the top to the end of the page and times, frame by frame, how long until a registered
 * mark lies in the page's last block on screen (marks far from the viewport may not be registered).
 */
export function jumpToEnd(page: Page): Promise<number | null> {
  return page.evaluate(
    () =>
      new Promise<number | null>((resolve) => {
        const blocks = document.querySelectorAll('main > *');
        const last = blocks[blocks.length - 1];
        if (!last) return resolve(null);
        const t = performance.now();
        scrollTo(0, document.documentElement.scrollHeight);
        const check = () => {
          const h = CSS.highlights.get('factlens-mention');
          if (h)
            for (const r of h) if (last.contains(r.startContainer)) return resolve(performance.now() - t);
          if (performance.now() - t > 5_000) return resolve(null);
          requestAnimationFrame(check);
        };
        check();
      }),
  );
}
