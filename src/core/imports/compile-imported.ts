// One segment of imported articles compiled on its own (see background/import-compiler.ts): the bundled
// dataset is never compiled again, so an import costs what its own articles cost, and the bundled names
// are served from the package whatever happens to the imports.
import { compileDataset } from '../dataset/compile';
import type { Override } from '../dataset/overrides';
import type { Dataset } from '../dataset/types';
import { validateDataset } from '../dataset/validate-dataset';
import { compileFileOf } from './article-record';
import type { StoredArticle } from './types';

/**
 * Compiler file names are synthetic (they fix article ids, which therefore never change with the segment
 * an article lands in); every article's `file` is then set back to the name the reader knows. Validated
 * here, once: a reader of the packed segment checks only its head.
 */
export function compileImported(imported: readonly StoredArticle[], overrides: Override[] = []): Dataset {
  const shownName = new Map<string, string>();
  const files = imported.map((stored) => {
    const input = compileFileOf(stored);
    shownName.set(input.name, stored.file);
    return input;
  });
  // Not strict: an override written for the bundled articles matches nothing here, which is no error.
  const dataset = compileDataset(files, {
    overrides,
    overridesFile: 'overrides.json',
    strictOverrides: false,
  });
  const shown = {
    ...dataset,
    articles: dataset.articles.map((a) => ({ ...a, file: shownName.get(a.file) ?? a.file })),
  };
  validateDataset(shown);
  return shown;
}
