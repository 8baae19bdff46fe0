// What the card and the marks need to know about the page itself: whether it is dark, and the date
// it says it was published. Read only (computed styles and a few meta elements), never written.
import { type PageDateSources, pageDate } from '../core/page-date';

const MAX_SOURCES = 20;

/** [r, g, b, a] of a computed colour such as "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)"; null for anything else. */
function parseRgb(value: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance(r: number, g: number, b: number): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Whether the page lets the browser paint its canvas dark (color-scheme: dark, as CSS or a meta). */
function pageAllowsDark(): boolean {
  const declared = [
    getComputedStyle(document.documentElement).colorScheme,
    document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '',
  ];
  return declared.some((value) => /\bdark\b/.test(value));
}

/**
 * 'dark' or 'light' from the first opaque page background (body, then html). Without one the page
 * shows the browser's canvas, which is white unless the page opts into a dark scheme and the system
 * prefers it: the card matches what the reader sees, not the system setting alone.
 */
export function pageTheme(): 'light' | 'dark' {
  for (const el of [document.body, document.documentElement]) {
    if (!el) continue;
    const rgb = parseRgb(getComputedStyle(el).backgroundColor);
    if (rgb && rgb[3] >= 0.5) return luminance(rgb[0], rgb[1], rgb[2]) < 0.25 ? 'dark' : 'light';
  }
  return pageAllowsDark() && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function contents(selector: string, attribute: string, root: ParentNode = document): string[] {
  return [...root.querySelectorAll(selector)]
    .slice(0, MAX_SOURCES)
    .map((el) => el.getAttribute(attribute) ?? '');
}

/** The page's publication date (YYYY-MM-DD) when it states one; see core/page-date.ts. */
export function readPageDate(): string | undefined {
  const sources: PageDateSources = {
    meta: [
      ...contents('meta[property="article:published_time"]', 'content'),
      ...contents('meta[name="date" i]', 'content'),
    ],
    articleTimes: contents('article time[datetime]', 'datetime'),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')]
      .slice(0, MAX_SOURCES)
      .map((el) => el.textContent ?? ''),
  };
  return pageDate(sources) ?? undefined;
}

/** What a card shows about the page, read when it opens. */
export function cardContext(): { pageDate?: string; theme?: 'light' | 'dark' } {
  const pageDate = readPageDate();
  return { theme: pageTheme(), ...(pageDate ? { pageDate } : {}) };
}
