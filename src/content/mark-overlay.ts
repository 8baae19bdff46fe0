// Private marks (names that only the reader's imported articles give) are drawn here, not in the
// page-readable highlight registry: on one canvas inside a closed shadow root, from the ranges' boxes,
// once per frame after a scroll, a resize or a reflow, and only for the marks the highlight window
// keeps (those on or near the screen).
//
// What the page can and cannot observe: the host <div> exists on every page Factlens marks, created
// with the store whatever the page names, so its presence says only that Factlens runs here (the
// shared registry says so anyway). Its box is the viewport, always; it takes no pointer events, so
// elementsFromPoint and hovering never meet it; nothing inside it is reachable (closed root, no text
// to find); a canvas draws without DOM changes, layout shifts or any box that moves, and never
// overflows the host, so scroll sizes do not change either. What remains is timing: drawing costs the
// page's main thread a little time per frame while private marks are on screen.

import { liveRange } from './caret';
import type { MarkPaint } from './highlight-style';
import type { RangeSink } from './highlight-window';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0',
  'overflow: hidden',
  'pointer-events: none',
  'contain: strict',
  // Over the page, under the card (which takes the very top).
  'z-index: 2147483646',
]
  .map((d) => `${d} !important;`)
  .join(' ');

const CANVAS_STYLE = 'position: absolute; inset: 0; width: 100%; height: 100%; pointer-events: none;';

const DEFAULT_PAINT: MarkPaint = {
  fill: 'rgb(64 128 230 / 0.1)',
  line: 'rgb(64 128 230)',
  activeFill: 'rgb(64 128 230 / 0.26)',
  activeLine: 'rgb(64 128 230)',
  flash: 'rgb(255 200 0 / 0.6)',
};

export interface OverlayBox {
  range: AbstractRange;
  rect: DOMRect | null;
}

export interface MarkOverlay extends RangeSink {
  setPaint(paint: MarkPaint): void;
  /** The hovered mark (its card is open), drawn stronger; null for none. */
  setActive(range: AbstractRange | null): void;
  /** The popup's "show me where" on a private mark; null ends it. */
  setFlash(range: AbstractRange | null): void;
  /** Draws again at the next frame, when there is anything to draw or to wipe. */
  refresh(): void;
  /**
   * Puts the host back where and as it was, if the page moved, removed or restyled it, and redraws
   * when that was needed or the first drawn mark has moved (a reflow the resize observer missed).
   */
  repair(): void;
  /** The drawn ranges and their first box, for describeMarks. */
  boxes(): OverlayBox[];
  dispose(): void;
}

// A closure, not a class: its names minify, and every page loads this at start.
export function createMarkOverlay(signal?: AbortSignal): MarkOverlay {
  const host = document.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const canvas = document.createElement('canvas');
  canvas.setAttribute('style', CANVAS_STYLE);
  canvas.width = canvas.height = 0;
  host.attachShadow({ mode: 'closed' }).append(canvas);
  const ranges = new Set<AbstractRange>();
  let active: AbstractRange | null = null;
  let flashing: AbstractRange | null = null;
  let paint = DEFAULT_PAINT;
  let frame: number | null = null;
  /** Whether the canvas holds anything: an empty one keeps no backing store. */
  let drawn = false;
  /** Where the first drawn range's box was at the last draw: repair() redraws only when it moved. */
  let anchor = '';
  const anchorOf = () => {
    const first = ranges.values().next().value;
    const box = first ? liveRange(first)?.getBoundingClientRect() : undefined;
    return box ? `${box.left},${box.top},${box.width}` : '';
  };

  const attach = () => {
    const html = document.documentElement;
    if (html && host.parentNode !== html) html.append(host);
  };
  const schedule = () => {
    frame ??= requestAnimationFrame(draw);
  };
  const refresh = () => {
    if (ranges.size > 0 || drawn) schedule();
  };
  const draw = () => {
    frame = null;
    if (ranges.size === 0 && !flashing) {
      // Zero size frees the backing store: a page without private marks on screen pays nothing.
      if (drawn) canvas.width = canvas.height = 0;
      drawn = false;
      return;
    }
    const box = host.getBoundingClientRect();
    const scale = window.devicePixelRatio || 1;
    const width = Math.round(box.width * scale);
    const height = Math.round(box.height * scale);
    // Setting the size clears the canvas; when it is unchanged, clearRect does.
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.clearRect(0, 0, box.width, box.height);
    for (const range of ranges) {
      const on = range === active;
      paintRange(
        ctx,
        range,
        box,
        on ? paint.activeFill : paint.fill,
        on ? paint.activeLine : paint.line,
        !on,
      );
    }
    if (flashing) paintRange(ctx, flashing, box, paint.flash, null, false);
    drawn = true;
    anchor = anchorOf();
  };

  attach();
  const redraw = (e: Event) => {
    // A page can dispatch scroll events of its own: only the browser's are worth a frame.
    if (e.isTrusted) refresh();
  };
  document.addEventListener('scroll', redraw, { capture: true, passive: true, signal });
  window.addEventListener('resize', redraw, { passive: true, signal });
  // Content above a mark grew or shrank (an image loaded, a font swapped): the page's height changes.
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(refresh) : null;
  if (document.body) resize?.observe(document.body);

  const overlay: MarkOverlay = {
    add(range) {
      ranges.add(range);
      schedule();
    },
    delete(range) {
      if (!ranges.delete(range)) return;
      if (active === range) active = null;
      schedule();
    },
    clear() {
      ranges.clear();
      active = flashing = null;
      schedule();
    },
    setPaint(next) {
      paint = next;
      schedule();
    },
    setActive(range) {
      active = range;
      schedule();
    },
    setFlash(range) {
      flashing = range;
      schedule();
    },
    refresh,
    repair() {
      let moved = host.parentNode !== document.documentElement;
      attach();
      for (const name of host.getAttributeNames()) {
        if (name === 'style') continue;
        host.removeAttribute(name);
        moved = true;
      }
      if (host.getAttribute('style') !== HOST_STYLE) {
        host.setAttribute('style', HOST_STYLE);
        moved = true;
      }
      // One box read per beat, and only while private marks are drawn: no redraw on a page at rest.
      if (moved || (ranges.size > 0 && anchorOf() !== anchor)) refresh();
    },
    boxes: () => [...ranges].map((range) => ({ range, rect: liveRange(range)?.getClientRects()[0] ?? null })),
    dispose() {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      resize?.disconnect();
      ranges.clear();
      host.remove();
    },
  };
  signal?.addEventListener('abort', () => overlay.dispose(), { once: true });
  return overlay;
}

/**
 * Paints one range's boxes that are on screen and not covered: a box whose centre the page shows
 * something else at (a fixed header, a clipping scroller) stays unpainted, as a highlight would be.
 */
function paintRange(
  ctx: CanvasRenderingContext2D,
  range: AbstractRange,
  view: DOMRect,
  fill: string,
  line: string | null,
  dotted: boolean,
): void {
  const live = liveRange(range);
  const owner = range.startContainer.parentElement;
  if (!live || !owner) return;
  const root = range.startContainer.getRootNode() as Document | ShadowRoot;
  for (const rect of live.getClientRects()) {
    if (rect.width === 0 || rect.bottom <= 0 || rect.top >= view.height) continue;
    if (rect.right <= 0 || rect.left >= view.width) continue;
    const hit = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    if (!hit || !(hit === owner || owner.contains(hit) || hit.contains(owner))) continue;
    // Clipped to the viewport: nothing drawn outside the host, so nothing can overflow it.
    const left = Math.max(0, rect.left);
    const top = Math.max(0, rect.top);
    const right = Math.min(view.width, rect.right);
    const bottom = Math.min(view.height, rect.bottom);
    ctx.fillStyle = fill;
    ctx.fillRect(left, top, right - left, bottom - top);
    if (line) {
      ctx.strokeStyle = line;
      ctx.lineWidth = 2;
      ctx.setLineDash(dotted ? [2, 2] : []);
      ctx.beginPath();
      ctx.moveTo(left, bottom - 1);
      ctx.lineTo(right, bottom - 1);
      ctx.stroke();
    }
  }
}
