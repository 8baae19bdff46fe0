// Benchmark pages: a ~1 MB page of ~50,000 text nodes, a page that keeps appending content, and a
// page that edits its own DOM, all of news-like text (news-text.ts) that names the bundled dataset's
// entities, so the extension has work to do and meets the near misses real text holds.

import type { MatchAlias } from '../../src/core/protocol';
import { newsTextMentioning } from '../news-text';

const INLINE = ['b', 'i', 'a', 'span', 'em'];

const html = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font:16px/1.5 serif;max-width:60em;margin:auto}</style></head><body>${body}</body></html>`;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Paragraphs of ~7 text nodes each: every other chunk of words wrapped in an inline element. */
export function paragraphs(text: string, wordsPerNode = 4): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\n+/)) {
    const sentences = para.match(/[^.?]+[.?]\s*/g) ?? [para];
    for (let s = 0; s < sentences.length; s += 3) {
      const words = sentences
        .slice(s, s + 3)
        .join('')
        .split(' ');
      let p = '';
      for (let w = 0, k = 0; w < words.length; w += wordsPerNode, k++) {
        const chunk = escapeHtml(words.slice(w, w + wordsPerNode).join(' '));
        const tag = INLINE[k % INLINE.length] as string;
        p += k % 2 === 1 ? ` <${tag}${tag === 'a' ? ' href="#"' : ''}>${chunk}</${tag}> ` : chunk;
      }
      out.push(`<p>${p}</p>`);
    }
  }
  return out;
}

export function bigPage(aliases: readonly MatchAlias[], chars = 1_000_000): string {
  const text = newsTextMentioning(chars, aliases, 3);
  const paras = paragraphs(text);
  // Sections of 20 paragraphs, as long articles and feeds are built (and a flat list of 7,000
  // siblings makes every browser hit test linear).
  const sections: string[] = [];
  for (let i = 0; i < paras.length; i += 20)
    sections.push(`<section>${paras.slice(i, i + 20).join('\n')}</section>`);
  return html('Big page', `<main>${sections.join('\n')}</main>`);
}

/** Appends one paragraph with names every 50 ms for 10 s, the way infinite scroll does. */
export function appendingPage(aliases: readonly MatchAlias[]): string {
  const chunks = paragraphs(newsTextMentioning(200_000, aliases, 5));
  return html(
    'Appending page',
    `<main id="feed">${chunks.slice(0, 50).join('')}</main><script>
      const chunks = ${JSON.stringify(chunks.slice(50, 250))};
      let i = 0;
      window.__appendDone = false;
      const timer = setInterval(() => {
        const holder = document.createElement('div');
        holder.innerHTML = chunks[i++ % chunks.length];
        document.getElementById('feed').append(holder.firstChild);
        if (i >= 200) { clearInterval(timer); window.__appendDone = true; }
      }, 50);
    </script>`,
  );
}

/** A page whose own script edits its DOM 2,000 times on request and reports how long that took. */
export function editingPage(aliases: readonly MatchAlias[]): string {
  const chunks = paragraphs(newsTextMentioning(150_000, aliases, 9));
  const names = aliases.map((a) => a.alias);
  return html(
    'Editing page',
    `<main id="doc">${chunks.join('')}</main><script>
      window.__runEdits = (count) => {
        const ps = document.querySelectorAll('#doc p');
        const names = ${JSON.stringify(names)};
        const t = performance.now();
        for (let i = 0; i < count; i++) {
          const p = ps[(i * 7919) % ps.length];
          // Short paragraphs run out of children: an edit there appends instead.
          const first = p.firstChild;
          if (i % 3 === 0 && first && first.nodeType === 3) first.data = 'Edited ' + i + ' by ' + names[i % names.length] + ' ';
          else if (i % 3 === 2 && p.childNodes.length > 1) p.lastChild.remove();
          else p.append(Object.assign(document.createElement('span'), { textContent: ' ' + names[i % names.length] }));
          // Reading layout each time is what real pages do, and what live ranges or wrappers slow down.
          if (i % 10 === 0) p.getBoundingClientRect();
        }
        return performance.now() - t;
      };
    </script>`,
  );
}
