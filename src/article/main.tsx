// The article page: shows one bundled article in full and marks the quoted sentence the reader
// came from, so every fact can be checked in its context.

import type { JSX } from 'preact';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/dataset/types';
import { askWorker } from '../platform/messaging';
import { OriginalLink } from '../ui/OriginalLink';
import { type ArticleLocation, findQuote, parseArticleParams, type QuoteRange } from './article-url';
import './article.css';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; article: Article; quote: QuoteRange | null };

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function Paragraph({ text, range }: { text: string; range: QuoteRange | null }): JSX.Element {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const mark = markRef.current;
    if (!mark) return;
    // Focus first (without its own jump) so screen readers start at the quote, then centre it.
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
  }, []);
  if (!range) return <p>{text}</p>;
  // Three text nodes around one <mark>: the article text is never parsed as HTML.
  return (
    <p>
      {text.slice(0, range.start)}
      <mark class="fl-quote" ref={markRef} tabIndex={-1}>
        {text.slice(range.start, range.end)}
      </mark>
      {text.slice(range.end)}
    </p>
  );
}

function ArticleView({
  article,
  quote,
  wanted,
}: {
  article: Article;
  quote: QuoteRange | null;
  wanted: boolean;
}) {
  return (
    <article>
      <header>
        {article.section ? <p class="section">{article.section}</p> : null}
        <h1>{article.title}</h1>
        <p class="byline">
          <time dateTime={article.date}>{article.date}</time>
          {article.source ? ` · ${article.source}` : ''}
          {article.url ? (
            <>
              {' · '}
              <OriginalLink url={article.url} class="original" />
            </>
          ) : null}
        </p>
      </header>
      {wanted && !quote ? (
        <p class="notice" role="status">
          The quoted sentence could not be found in this article; the full text is shown below.
        </p>
      ) : null}
      <div class="body">
        {article.paragraphs.map((text, i) => (
          // Paragraphs never reorder, so their position is a stable key.
          <Paragraph key={i} text={text} range={quote?.paragraph === i ? quote : null} />
        ))}
      </div>
      <p class="file">From {article.file}</p>
    </article>
  );
}

function ArticlePage({ location }: { location: ArticleLocation | null }): JSX.Element {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    if (!location) {
      setState({ kind: 'failed', message: 'No article was chosen. Open one from a fact card.' });
      return;
    }
    let live = true;
    askWorker('getArticle', { articleId: location.articleId })
      .then((article) => {
        if (!live) return;
        if (!article) {
          setState({ kind: 'failed', message: 'This article is not in Factlens’s data any more.' });
          return;
        }
        document.title = `${article.title} – Factlens`;
        setState({ kind: 'ready', article, quote: findQuote(article.paragraphs, location) });
      })
      .catch((err: unknown) => {
        if (live) setState({ kind: 'failed', message: `Could not load the article: ${errorText(err)}` });
      });
    return () => {
      live = false;
    };
  }, [location]);

  return (
    <main>
      {state.kind === 'loading' ? (
        <p class="notice" role="status">
          Loading article…
        </p>
      ) : state.kind === 'failed' ? (
        <p class="notice" role="alert">
          {state.message}
        </p>
      ) : (
        <ArticleView article={state.article} quote={state.quote} wanted={Boolean(location?.quote.trim())} />
      )}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<ArticlePage location={parseArticleParams(window.location.search)} />, root);
