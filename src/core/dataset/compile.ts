// One-call compile: article files in, one Dataset out (the build and the tests). The work is done by the
// streaming DatasetCompiler; this only fixes the file order. Same files in → byte-identical JSON out.
import { type ArticleFile, type CompileOptions, DatasetCompiler } from './compiler';
import { compareStrings } from './extract-entities';
import type { Dataset } from './types';

export type { ArticleFile, CompileOptions } from './compiler';

/** Throws ArticleFileError for the first bad file (in name order); never returns a partial dataset. */
export function compileDataset(files: ArticleFile[], options: CompileOptions = {}): Dataset {
  // Name order, not input order, so the result does not depend on how the caller listed the files.
  const compiler = new DatasetCompiler(options);
  for (const file of [...files].sort((a, b) => compareStrings(a.name, b.name))) compiler.add(file);
  return compiler.finish();
}
