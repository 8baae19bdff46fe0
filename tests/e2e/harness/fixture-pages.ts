// Fixture pages for the e2e suite. Each lists, in the page itself, what must and must not be marked.

import { cardPathPages } from './card-path-pages';
import { firstRunPages } from './first-run-pages';
import { hostileDomPages } from './hostile-dom-pages';
import { scanningPages } from './scanning-pages';
import { scrollPages } from './scroll-pages';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/**
 * Names in sentences of their own, next to near-misses. NEAR_MISS_EXPECTED is the exact list of marked
 * texts in document order: anything else marked is a false positive.
 */
const NEAR_MISSES = `
<main>
  <p>Mr. Putin's spokesman and Putin’s aide spoke on Tuesday; the Putin-era rules stay.</p>
  <p>The disco near Moscow closed. Sco and sco are not the bloc, but the SCO is.</p>
  <p><b>Vladimir</b> Putin met <i>Donald Trump</i> in a story we made up for this test.</p>
  <p>putin in lower case is not a name; Putinism is not Putin either.</p>
  <p>NATOS is not a word, but NATO-led is; (ISW) analysts and the isw are different.</p>
  <p>KYIV IN HEADLINE CAPS, and Kyivan is an adjective.</p>
  <textarea>Putin in a textarea</textarea>
  <input value="Putin in an input">
  <div contenteditable="true">Putin in an editor</div>
  <script>const note = "Putin in a script";</script>
  <style>/* Putin in a style */</style>
  <noscript>Putin in noscript</noscript>
  <div hidden>Putin hidden</div>
  <div style="display:none">Putin not displayed</div>
</main>`;

export const NEAR_MISS_EXPECTED = [
  'Putin',
  'Putin',
  'Putin',
  'Moscow',
  'SCO',
  'Vladimir Putin',
  'Donald Trump',
  'Putin',
  'NATO',
  'ISW',
  'KYIV',
];

/** Appends a paragraph after load, then another one later, the way infinite scroll and SPAs do. */
const DYNAMIC = `
<main id="feed"><p>Nothing to mark here yet.</p></main>
<script>
  setTimeout(() => {
    const p = document.createElement('p');
    p.id = 'late';
    p.textContent = 'Later, Zelensky answered the Verkhovna Rada.';
    document.getElementById('feed').append(p);
  }, 800);
</script>`;

export function fixturePages(): Record<string, string> {
  return {
    ...scanningPages(),
    ...firstRunPages(),
    ...cardPathPages(),
    ...scrollPages(),
    ...hostileDomPages(),
    '/near-misses': page('Near misses', NEAR_MISSES),
    '/dynamic': page('Dynamic content', DYNAMIC),
  };
}
