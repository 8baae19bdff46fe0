// Runs in the page before its own scripts (evaluateOnNewDocument): records long tasks and DOM
// changes, and lets the benchmark read mark counts and timings from the page's own clock.

// tsx compiles the benchmark with esbuild's keepNames, which wraps functions handed to page.evaluate
// in __name(); the page needs that helper too.
export const PROBE = `globalThis.__name = globalThis.__name || ((f) => f);
(() => {
  const state = { longTasks: [], mutations: 0, loadAt: null, highlightAt: null, firstVisibleAt: null, lastChangeAt: null, count: 0 };
  window.__bench = state;
  // Sampled every frame by the page itself: a poll from outside would queue behind the scan's slices.
  const sample = () => {
    const h = CSS.highlights.get('factlens-mention');
    if (h) {
      const now = performance.now();
      if (state.highlightAt === null) state.highlightAt = now;
      if (h.size !== state.count) { state.count = h.size; state.lastChangeAt = now; }
      if (state.firstVisibleAt === null && h.size > 0) {
        let n = 0;
        for (const r of h) {
          if (n++ > 400) break;
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const b = range.getBoundingClientRect();
          if (b.bottom > 0 && b.top < innerHeight) { state.firstVisibleAt = now; break; }
        }
      }
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  addEventListener('load', () => {
    state.loadAt = performance.now();
    new MutationObserver((records) => {
      for (const r of records) state.mutations += r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})();`;

/** The page's record of the marks so far. */
export const READ_MARKS = `(() => {
  const s = window.__bench;
  return { count: s.count, now: performance.now(), loadAt: s.loadAt, highlightAt: s.highlightAt, firstVisibleAt: s.firstVisibleAt, lastChangeAt: s.lastChangeAt };
})()`;
