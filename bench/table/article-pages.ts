// Saved-article-like pages for the "real pages" row: what a news or reference page carries around its
// article (site header and navigation, a byline, related links, comments, a footer of links), with a
// real-like article (real-like-articles.ts) as its body. Some pages mention the dataset's names (some
// often, some once), some none, and their sizes vary from a short item to a long read, as the pages
// a reader opens do. Written here, nothing downloaded.

import type { MatchAlias } from '../../src/core/protocol';
import { aliasRegExp } from '../alias-regex';
import { rng } from '../corpus';
import { realLikeArticles } from '../real-like-articles';

export interface ArticlePage {
  path: string;
  html: string;
  /** Characters of visible text, roughly. */
  textChars: number;
  /** Whether the page names any of the dataset's aliases. */
  mentions: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SECTIONS = ['World', 'Politics', 'Business', 'Science', 'Culture', 'Sport', 'Opinion', 'Travel'];
const FOOTER = ['About us', 'Contact', 'Careers', 'Advertise', 'Privacy policy', 'Cookie settings', 'Terms'];

export function articlePages(count: number, aliases: readonly MatchAlias[]): ArticlePage[] {
  const rand = rng(23);
  const names: string[] = [];
  const articles = [...realLikeArticles(count * 9, { seed: 5, onName: (n) => names.push(n) })];
  const wanted = [...new Set(aliases.map((a) => a.alias))];
  const pages: ArticlePage[] = [];
  for (let i = 0; i < count; i++) {
    // Two to eight articles' worth of text: a report to a long read.
    const parts = 2 + Math.floor(rand() * 7);
    const bodies = articles.slice(i * 9, i * 9 + parts).map((a) => a.text.split('\n\n'));
    const title = (bodies[0]?.[0] ?? 'Report').replace(/^date \S+ /, '');
    let paragraphs = bodies.flatMap((b) => b.slice(1)).filter((p) => p.trim());
    // A third of the pages name nothing of the dataset; the rest name one to all of its names.
    const mentions = i % 3 !== 2 && wanted.length > 0;
    if (mentions) {
      const k = 1 + Math.floor(rand() * wanted.length);
      const chosen = wanted.slice(0, k);
      const present = [...new Set(names)]
        .filter((n) => paragraphs.some((p) => p.includes(n)))
        .slice(0, k * 2);
      if (present.length > 0) {
        const to = new Map(present.map((n, j) => [n, chosen[j % chosen.length] as string]));
        const re = aliasRegExp(present);
        paragraphs = paragraphs.map((p) => p.replace(re, (n) => to.get(n) ?? n));
      }
    }
    const related = articles
      .slice((i * 9 + 3) % articles.length, ((i * 9 + 3) % articles.length) + 4)
      .map((a) => `<li><a href="#">${esc(a.text.split('\n')[0]?.replace(/^date \S+ /, '') ?? '')}</a></li>`)
      .join('');
    const comments = Array.from(
      { length: Math.floor(rand() * 5) },
      (_, c) =>
        `<li><b>reader${c + 1}</b> <time>2 hours ago</time><p>${esc(paragraphs[(c * 3) % paragraphs.length]?.slice(0, 160) ?? '')}</p></li>`,
    ).join('');
    const body =
      `<header><a href="#" class="logo">The Daily Ledger</a><nav>${SECTIONS.map((s) => `<a href="#">${s}</a>`).join(' ')}</nav>` +
      `<form><input type="search" placeholder="Search"><button>Go</button></form></header>` +
      `<main><article><h1>${esc(title)}</h1><p class="byline">By Staff Reporter · <time>4 March 2024</time> · ${2 + parts * 3} min read</p>` +
      paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n') +
      `</article><aside><h2>Related</h2><ul>${related}</ul></aside>` +
      `<section class="comments"><h2>Comments</h2><ol>${comments}</ol></section></main>` +
      `<footer>${FOOTER.map((f) => `<a href="#">${f}</a>`).join(' · ')}<p>© 2024 The Daily Ledger</p></footer>`;
    const html =
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
      '<style>body{font:17px/1.6 Georgia,serif;max-width:42em;margin:auto}header nav a{margin-right:.6em}aside{font-size:.9em}</style>' +
      `</head><body>${body}</body></html>`;
    pages.push({
      path: `/real/${i}`,
      html,
      textChars: paragraphs.reduce((s, p) => s + p.length, 0),
      mentions,
    });
  }
  return pages;
}
