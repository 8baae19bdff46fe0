// An export file arriving in slices, in the worker: gathered in order and restored whole once its last
// slice is in (an export is one JSON document), so a restore that never finishes changes nothing.
import { ArticleFileError } from '../article/article-error';
import { cleanFileName } from './article-record';
import { MAX_RESTORE_CHARS } from './export-file';
import { UploadOrderError } from './import-upload';

const MB = 1024 * 1024;

export class RestoreUpload {
  readonly file: string;
  private next = 0;
  private chars = 0;
  private readonly parts: string[] = [];

  constructor(
    name: string,
    private readonly size: number,
  ) {
    this.file = cleanFileName(name);
    if (size > MAX_RESTORE_CHARS)
      throw new ArticleFileError(this.file, `file is larger than ${MAX_RESTORE_CHARS / MB} MB`);
  }

  /** As ImportUpload.accept: false for a slice taken already, UploadOrderError for a gap. */
  accept(index: number, text: string): boolean {
    if (index < this.next) return false;
    if (index > this.next) throw new UploadOrderError(`slice ${index} arrived before slice ${this.next}`);
    this.next++;
    this.chars += text.length;
    if (this.chars > this.size) throw new ArticleFileError(this.file, 'file is larger than announced');
    this.parts.push(text);
    return true;
  }

  text(): string {
    return this.parts.join('');
  }
}
