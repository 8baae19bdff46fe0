// The page's own publication date, when the page states one, so a card can flag facts newer than the
// page. Pure and string-based: the content script hands in what it read from the DOM.

/** What the content script found on the page, in the order they are trusted. */
export interface PageDateSources {
  /** <meta property="article:published_time"> and <meta name="date"> contents. */
  meta: readonly string[];
  /** <time datetime> values inside <article>. */
  articleTimes: readonly string[];
  /** Text of <script type="application/ld+json"> blocks. */
  jsonLd: readonly string[];
}

const MAX_JSON_LD_CHARS = 200_000;
const MAX_DEPTH = 8;

/** YYYY-MM-DD from an ISO-like date or date-time, or null; impossible dates (2024-02-31) are refused. */
export function isoDay(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  return `${y}-${mo}-${d}`;
}

function datePublished(node: unknown, depth: number): string | null {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null) return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = datePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  const own = record.datePublished;
  if (typeof own === 'string' && isoDay(own)) return isoDay(own);
  return datePublished(record['@graph'], depth + 1);
}

function fromJsonLd(text: string): string | null {
  if (text.length > MAX_JSON_LD_CHARS) return null;
  try {
    return datePublished(JSON.parse(text), 0);
  } catch {
    // Broken JSON-LD is common on the web; it just says nothing.
    return null;
  }
}

/** The first date that parses, meta tags first (the most deliberate statement), then article times, then JSON-LD. */
export function pageDate(sources: PageDateSources): string | null {
  for (const value of [...sources.meta, ...sources.articleTimes]) {
    const day = isoDay(value);
    if (day) return day;
  }
  for (const text of sources.jsonLd) {
    const day = fromJsonLd(text);
    if (day) return day;
  }
  return null;
}
