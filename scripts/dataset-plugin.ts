import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileDataset } from '../src/core/dataset/compile';

export const ARTICLES_DIR = 'assets/articles';

/** Reads every article file in assets/articles, in name order so the output is deterministic. */
export function readArticleFiles(dir = ARTICLES_DIR): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !/^readme/i.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Compiles the bundled dataset at build time and ships it as dataset.json.
 * A bad article throws before anything is emitted, so a failed build never leaves a partial dataset.
 */
export function datasetPlugin(): Plugin {
  return {
    name: 'factlens-dataset',
    buildStart() {
      this.addWatchFile(ARTICLES_DIR);
      const dataset = compileDataset(readArticleFiles());
      // Written only once the whole dataset compiled: a bad file leaves no partial dataset behind.
      this.emitFile({ type: 'asset', fileName: 'dataset.json', source: JSON.stringify(dataset) });
    },
  };
}
