import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ArticleFileError, MAX_ARTICLE_FILE_BYTES } from '../src/core/article/parse-article';
import { DatasetCompiler } from '../src/core/dataset/compiler';
import { parseOverrides } from '../src/core/dataset/overrides';
import { HEAD_FILE, packDataset, shardFile } from '../src/core/dataset/packed-dataset';
import type { Dataset } from '../src/core/dataset/types';
import { validateDataset } from '../src/core/dataset/validate-dataset';
import { matcherAsset } from './matcher-asset';
import { searchIndexAssets } from './search-index-asset';

export const ARTICLES_DIR = 'assets/articles';
export const OVERRIDES_FILE = 'assets/overrides.json';
export const OVERRIDES_ASSET = 'overrides.json';

/** Article file names in name order (the order that fixes ids and tie-breaks). */
export function articleFileNames(dir = ARTICLES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !/^readme/i.test(name))
    .sort();
}

/** Reads every article file in the directory, in name order so the output is deterministic. */
export function readArticleFiles(dir = ARTICLES_DIR): { name: string; text: string }[] {
  return articleFileNames(dir).map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * Compiles a directory of article files one file at a time (only one file's text is read at once) with
 * the overrides file, if there is one. Throws ArticleFileError or OverrideError naming the file.
 */
export function compileArticleDir(dir = ARTICLES_DIR, overridesFile = OVERRIDES_FILE): Dataset {
  const overrides = existsSync(overridesFile)
    ? parseOverrides(overridesFile, readFileSync(overridesFile, 'utf8'))
    : [];
  const compiler = new DatasetCompiler({ overrides, overridesFile });
  for (const name of articleFileNames(dir)) {
    const path = join(dir, name);
    // Checked before reading, so a huge file costs no memory.
    const size = statSync(path).size;
    if (size > MAX_ARTICLE_FILE_BYTES)
      throw new ArticleFileError(
        name,
        `file is ${size} bytes, larger than ${MAX_ARTICLE_FILE_BYTES / 2 ** 20} MB`,
      );
    compiler.add({ name, text: readFileSync(path, 'utf8') });
  }
  return compiler.finish();
}

/**
 * Compiles and writes the dataset to `outFile`. Nothing is written unless the whole compile succeeds, and
 * the file is replaced atomically, so a reader never sees a half-written dataset.
 */
export function writeDatasetFile(
  outFile: string,
  dir = ARTICLES_DIR,
  overridesFile = OVERRIDES_FILE,
): Dataset {
  const dataset = compileArticleDir(dir, overridesFile);
  const temp = `${outFile}.tmp`;
  writeFileSync(temp, JSON.stringify(dataset));
  renameSync(temp, outFile);
  return dataset;
}

/**
 * Compiles the bundled dataset at build time and ships it packed (packed-dataset.ts): a head and shards.
 * A bad article or override throws before anything is emitted: a failed build leaves no partial dataset.
 */
export function datasetPlugin(): Plugin {
  return {
    name: 'factlens-dataset',
    buildStart() {
      this.addWatchFile(ARTICLES_DIR);
      if (existsSync(OVERRIDES_FILE)) this.addWatchFile(OVERRIDES_FILE);
      const dataset = compileArticleDir();
      // Validated here, once: the worker checks only the head's format and each shard's version.
      validateDataset(dataset);
      const { head, shards } = packDataset(dataset);
      this.emitFile({ type: 'asset', fileName: HEAD_FILE, source: JSON.stringify(head) });
      for (const [name, shard] of shards)
        this.emitFile({ type: 'asset', fileName: shardFile(name), source: JSON.stringify(shard) });
      // The worker recompiles when the reader imports articles; the same corrections must apply then.
      const overrides = existsSync(OVERRIDES_FILE) ? readFileSync(OVERRIDES_FILE, 'utf8') : '[]';
      this.emitFile({ type: 'asset', fileName: OVERRIDES_ASSET, source: overrides });
      this.emitFile(matcherAsset(dataset));
      for (const asset of searchIndexAssets(dataset)) this.emitFile(asset);
    },
  };
}
