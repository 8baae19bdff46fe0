// The dataset the worker serves: bundled articles and imported ones, compiled together so that an
// imported article can add facts to a bundled entity and the other way round.
import { compileDataset } from '../dataset/compile';
import type { Override } from '../dataset/overrides';
import type { Dataset } from '../dataset/types';
import { compileFileOf, jsonArticleOf } from './article-record';
import type { StoredArticle } from './types';

/**
 * The worker has the bundled dataset, not its source files, so each bundled article is rebuilt in the
 * JSON article format. Compiler file names are synthetic (they fix article ids); every article's `file` is
 * then set back to the name the reader knows.
 */
export function compileWithImports(
  bundled: Dataset,
  imported: readonly StoredArticle[],
  overrides: Override[] = [],
): Dataset {
  const shownName = new Map<string, string>();
  // One small input per article: no rebuilt file can outgrow the compiler's per-file size limit.
  const files = bundled.articles.map((article, i) => {
    const name = `b:${String(i).padStart(7, '0')}.json`;
    shownName.set(name, article.file);
    return { name, text: JSON.stringify(jsonArticleOf(article)) };
  });
  for (const stored of imported) {
    const input = compileFileOf(stored);
    shownName.set(input.name, stored.file);
    files.push(input);
  }
  // Not strict: an override written for the bundled articles may match nothing new, which is no error here.
  const dataset = compileDataset(files, {
    overrides,
    overridesFile: 'overrides.json',
    strictOverrides: false,
  });
  return {
    ...dataset,
    articles: dataset.articles.map((a) => ({ ...a, file: shownName.get(a.file) ?? a.file })),
  };
}
