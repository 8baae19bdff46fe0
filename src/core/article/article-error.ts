// One error type for every way an article file can be bad, so the build and the import UI can name the
// file and the reason without parsing messages.

export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
  readonly file: string;
  readonly reason: string;
  /** 1-based line of the problem, when one line is to blame. */
  readonly line: number | undefined;

  constructor(file: string, reason: string, line?: number) {
    const where = line === undefined ? reason : `line ${line}: ${reason}`;
    super(`${file}: ${where}`);
    this.file = file;
    this.reason = where;
    this.line = line;
  }
}
