// Renders the bundled articles as an ordinary news web page, the page `npm start` and the e2e tests open.
// It reads the dataset the build wrote, so the demo always shows exactly what ships.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const escapeHtml = (s) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The built dataset's entities and articles in dataset order, read from its shards (src/core/dataset/packed-dataset.ts). */
export function readBuiltDataset(kind = 'chrome') {
  const dir = resolve('dist', kind, 'dataset');
  const head = JSON.parse(readFileSync(resolve(dir, 'head.json'), 'utf8'));
  const records = [];
  for (let n = 0; n < head.articleShards; n++)
    records.push(...Object.values(JSON.parse(readFileSync(resolve(dir, `a-${n}.json`), 'utf8')).records));
  records.sort((a, b) => a.order - b.order);
  const { entities } = JSON.parse(readFileSync(resolve(dir, 'entities.json'), 'utf8'));
  return { ...head, entities, articles: records.map((r) => r.article) };
}

/** @param {{ articles: Array<{ title: string, date: string, section: string, paragraphs: string[] }> }} dataset */
export function renderDemoPage(dataset) {
  const articles = dataset.articles
    .map(
      (a) => `<article>
  <p class="section">${escapeHtml(a.section)}</p>
  <h1>${escapeHtml(a.title)}</h1>
  <p class="date"><time datetime="${escapeHtml(a.date)}">${escapeHtml(a.date)}</time></p>
  ${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n  ')}
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Factlens demo: ${escapeHtml(dataset.articles[0]?.title ?? 'articles')}</title>
<style>
  body { font: 18px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
  .section, .date { font: 14px/1.4 system-ui, sans-serif; color: #57606a; }
  h1 { font: 700 2rem/1.2 system-ui, sans-serif; }
  @media (prefers-color-scheme: dark) {
    body { background: #0d1117; color: #e6edf3; }
    .section, .date { color: #8b949e; }
  }
</style>
</head>
<body>
<main>
${articles}
</main>
</body>
</html>
`;
}
