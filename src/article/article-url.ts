// The article page's address is the only channel between the worker (which opens it) and the page,
// so building and reading it live side by side and must stay each other's inverse.

/** Path of the article page inside the extension, for browser.runtime.getURL. */
export const ARTICLE_PAGE_PATH = 'src/article/index.html';

/** How much of the quote travels in the URL: enough to find it, short enough for any URL limit. */
export const QUOTE_PREFIX_LENGTH = 80;

export interface ArticleUrlFact {
  articleId: string;
  paragraph?: number;
  sentence?: number;
  text: string;
}

export interface ArticleLocation {
  articleId: string;
  paragraph: number | null;
  sentence: number | null;
  /** Start of the quoted sentence; '' when none was given. */
  quote: string;
}

function isIndex(n: number | undefined): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** Counts code points, not UTF-16 units, so a cut never splits a surrogate pair into U+FFFD. */
export function quotePrefix(text: string): string {
  return Array.from(text).slice(0, QUOTE_PREFIX_LENGTH).join('');
}

/** Query string (no leading "?") for the article page: `id`, then `p`, `s` and `q` when known. */
export function articleUrlParams(fact: ArticleUrlFact): string {
  const params = new URLSearchParams({ id: fact.articleId });
  if (isIndex(fact.paragraph)) params.set('p', String(fact.paragraph));
  if (isIndex(fact.sentence)) params.set('s', String(fact.sentence));
  const quote = quotePrefix(fact.text);
  if (quote) params.set('q', quote);
  return params.toString();
}

/** Extension-relative path with query, e.g. for `browser.runtime.getURL(articlePagePath(fact))`. */
export function articlePagePath(fact: ArticleUrlFact): string {
  return `${ARTICLE_PAGE_PATH}?${articleUrlParams(fact)}`;
}

function readIndex(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  return Number(value);
}

/** Reads what articleUrlParams wrote; null when there is no article id. */
export function parseArticleParams(search: string): ArticleLocation | null {
  const params = new URLSearchParams(search);
  const articleId = params.get('id')?.trim() ?? '';
  if (!articleId) return null;
  return {
    articleId,
    paragraph: readIndex(params.get('p')),
    sentence: readIndex(params.get('s')),
    quote: params.get('q') ?? '',
  };
}

export interface QuoteRange {
  paragraph: number;
  start: number;
  end: number;
}

// A sentence ends at . ! ? or … (plus closing quotes/brackets) before a capitalised word or paragraph end.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+[\p{Lu}\p{N}"“'‘(]|\s*$)/u;
const ENDS_SENTENCE = /[.!?…]+["'”’)\]]*$/u;

/**
 * Where the quote stands: its paragraph first, then anywhere, since the index may be stale.
 * A truncated prefix is extended to its sentence's end so the whole sentence is marked.
 */
export function findQuote(paragraphs: readonly string[], loc: ArticleLocation): QuoteRange | null {
  const quote = loc.quote;
  if (!quote.trim()) return null;
  const order = paragraphs.map((_, i) => i);
  if (loc.paragraph !== null && loc.paragraph < paragraphs.length) {
    order.splice(loc.paragraph, 1);
    order.unshift(loc.paragraph);
  }
  // A prefix that already ends a sentence is the whole sentence; extending it would swallow the next.
  const truncated = Array.from(quote).length >= QUOTE_PREFIX_LENGTH && !ENDS_SENTENCE.test(quote);
  for (const index of order) {
    const text = paragraphs[index] ?? '';
    const start = text.indexOf(quote);
    if (start < 0) continue;
    let end = start + quote.length;
    if (truncated) {
      const rest = text.slice(end);
      const stop = SENTENCE_END.exec(rest);
      end = stop ? end + stop.index + stop[0].length : text.length;
    }
    return { paragraph: index, start, end };
  }
  return null;
}
