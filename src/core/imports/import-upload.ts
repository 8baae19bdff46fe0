// One file arriving in slices, in the worker: JSON Lines parsed as each slice comes, other formats
// gathered and parsed whole at the end. Nothing is stored here; finish() hands over the same plan a
// one-message import makes, which is then stored in one transaction, so a file that never finishes
// leaves nothing behind.
import { ArticleFileError } from '../article/article-error';
import type { ArticleFields } from '../article/article-fields';
import { JsonLinesStream } from '../article/json-lines-stream';
import { cleanFileName, toStored } from './article-record';
import { type ImportPlan, planImport } from './plan-import';
import type { StoredArticle } from './types';
import { isStreamedFormat, maxFileBytes } from './upload-limits';

const MB = 1024 * 1024;

export class ImportUpload {
  readonly file: string;
  /** The next slice expected: slices arrive in order, and a slice sent again is recognised. */
  private next = 0;
  private chars = 0;
  private readonly lines: JsonLinesStream | null;
  private readonly parts: string[] = [];
  private readonly records: StoredArticle[] = [];
  private readonly seen: Set<string>;
  private duplicates = 0;

  constructor(
    name: string,
    private readonly size: number,
    known: ReadonlySet<string>,
    private readonly importedAt: number,
    /** Most new articles one file may add: more is refused as soon as it is seen. */
    private readonly maxRecords: number,
  ) {
    this.file = cleanFileName(name);
    const limit = maxFileBytes(name);
    if (size > limit) throw new ArticleFileError(this.file, `file is larger than ${limit / MB} MB`);
    this.lines = isStreamedFormat(name) ? new JsonLinesStream(this.file) : null;
    this.seen = new Set(known);
  }

  /**
   * Takes slice `index`. Returns false for a slice already taken (its acknowledgement was lost and the
   * page sent it again); throws ArticleFileError for a bad file and UploadOrderError for a gap.
   */
  accept(index: number, text: string): boolean {
    if (index < this.next) return false;
    if (index > this.next) throw new UploadOrderError(`slice ${index} arrived before slice ${this.next}`);
    this.next++;
    // A character is at least one byte: more characters than the announced bytes means a wrong size.
    this.chars += text.length;
    if (this.chars > this.size) throw new ArticleFileError(this.file, 'file is larger than announced');
    if (this.lines) this.add(this.lines.push(text));
    else this.parts.push(text);
    return true;
  }

  /** The plan for the whole file; throws ArticleFileError for a bad or empty file. */
  finish(): ImportPlan {
    if (!this.lines) {
      return planImport(this.file, this.parts.join(''), this.seen, this.importedAt, maxFileBytes(this.file));
    }
    this.add(this.lines.end());
    if (this.records.length + this.duplicates === 0)
      throw new ArticleFileError(this.file, 'no article found');
    return { file: this.file, records: this.records, duplicates: this.duplicates };
  }

  private add(items: readonly ArticleFields[]): void {
    for (const item of items) {
      const record = toStored(item, this.file, this.importedAt);
      if (this.seen.has(record.key)) {
        this.duplicates++;
        continue;
      }
      this.seen.add(record.key);
      this.records.push(record);
      if (this.records.length > this.maxRecords)
        throw new ArticleFileError(
          this.file,
          `more than ${this.maxRecords.toLocaleString('en')} new articles; Factlens keeps at most that many imported articles`,
        );
    }
  }
}

export class UploadOrderError extends Error {
  override name = 'UploadOrderError';
}
