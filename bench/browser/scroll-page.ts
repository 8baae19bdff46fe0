// An infinite-scroll page: 200 paragraphs of real-like news text appended every 200 ms, the page
// timing its own appends. Each tick is scheduled 200 ms after the previous one ended, so whatever
// holds the main thread (the page's layout, or an extension's scan) stretches the whole run.

import type { MatchAlias } from '../../src/core/protocol';
import { rng } from '../corpus';
import { realLikeArticles } from '../real-like-articles';

export interface ScrollPageOptions {
  ticks: number;
  perTick: number;
  intervalMs: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Paragraphs of real-like articles; about one sentence in four also names someone from the dataset,
 * so the extension has names to mark as it would on a news feed.
 */
export function scrollParagraphs(aliases: readonly MatchAlias[], count: number): string[] {
  const rand = rng(11);
  const out: string[] = [];
  for (const article of realLikeArticles(Math.ceil(count / 6) + 10, { seed: 17 })) {
    for (const para of article.text.split(/\n\n+/)) {
      const sentences = para.match(/[^.?!]+[.?!]+\s*/g) ?? [para];
      const text = sentences
        .map((s) => {
          if (rand() >= 0.25 || aliases.length === 0) return s;
          const alias = aliases[Math.floor(rand() * aliases.length)] as MatchAlias;
          return `According to ${alias.alias}, ${s.charAt(0).toLowerCase()}${s.slice(1)}`;
        })
        .join('');
      out.push(`<p>${escapeHtml(text.trim())}</p>`);
      if (out.length >= count) return out;
    }
  }
  return out;
}

export function scrollPage(aliases: readonly MatchAlias[], options: ScrollPageOptions): string {
  const paras = scrollParagraphs(aliases, 50 + options.ticks * options.perTick);
  return (
    '<!doctype html><html lang="en" data-factlens-trace><head><meta charset="utf-8"><title>Feed</title>' +
    '<style>body{font:16px/1.5 serif;max-width:60em;margin:auto}</style></head>' +
    `<body><main id="feed">${paras.slice(0, 50).join('')}</main><script>
      const paras = ${JSON.stringify(paras.slice(50))};
      const { ticks, perTick, intervalMs } = ${JSON.stringify(options)};
      window.__scroll = null;
      window.__startScroll = () => {
        const feed = document.getElementById('feed');
        const started = performance.now();
        let tick = 0;
        let appendMs = 0;
        const step = () => {
          const t = performance.now();
          for (let i = 0; i < perTick; i++) {
            const holder = document.createElement('div');
            holder.innerHTML = paras[tick * perTick + i];
            feed.append(holder.firstChild);
          }
          // A feed measures what it added (to know when to load more): a layout per tick.
          void feed.offsetHeight;
          appendMs += performance.now() - t;
          if (++tick < ticks) setTimeout(step, intervalMs);
          else requestAnimationFrame(() => {
            window.__scroll = { totalMs: performance.now() - started, appendMs };
          });
        };
        setTimeout(step, intervalMs);
      };
    </script></body></html>`
  );
}

/** 3,000 custom elements, each with an open shadow root holding a paragraph of real-like text. */
export function shadowPage(aliases: readonly MatchAlias[], hosts = 3_000): string {
  const paras = scrollParagraphs(aliases, hosts).map((p) => p.replace(/^<p>|<\/p>$/g, ''));
  return (
    '<!doctype html><html lang="en" data-factlens-trace><head><meta charset="utf-8"><title>Cards</title>' +
    '<style>body{font:16px/1.5 serif;max-width:60em;margin:auto}</style></head>' +
    `<body><main id="cards"></main><script>
      const paras = ${JSON.stringify(paras)};
      customElements.define('news-card', class extends HTMLElement {
        constructor() {
          super();
          const p = document.createElement('p');
          p.textContent = this.dataset.text;
          this.attachShadow({ mode: 'open' }).append(p);
        }
      });
      const cards = document.getElementById('cards');
      for (const text of paras) {
        const card = document.createElement('news-card');
        card.dataset.text = text;
        cards.append(card);
      }
    </script></body></html>`
  );
}

/** 500 shadow roots, each inside the one before, each level holding a paragraph of real-like text. */
export function nestedShadowPage(aliases: readonly MatchAlias[], depth = 500): string {
  const paras = scrollParagraphs(aliases, depth).map((p) => p.replace(/^<p>|<\/p>$/g, ''));
  return (
    '<!doctype html><html lang="en" data-factlens-trace><head><meta charset="utf-8"><title>Nested</title>' +
    '<style>body{font:16px/1.5 serif;max-width:60em;margin:auto}</style></head>' +
    `<body><main id="outer"></main><script>
      const paras = ${JSON.stringify(paras)};
      let host = document.getElementById('outer');
      for (const text of paras) {
        const root = host.attachShadow({ mode: 'open' });
        const p = document.createElement('p');
        p.textContent = text;
        const next = document.createElement('div');
        root.append(p, next);
        host = next;
      }
    </script></body></html>`
  );
}
