// JSON Lines read as it arrives: text comes in pieces cut anywhere (inside a record, between the \r and
// \n of a line end), and each complete line is parsed as soon as it is whole, so a large file is never
// held as one string. Errors name the line, counted from the start of the file, as parseArticleFile does.
import type { ArticleFields } from './article-fields';
import { parseJsonLine } from './parse-article-json';

export class JsonLinesStream {
  /** The start of a line whose end has not arrived yet. */
  private partial = '';
  /** 1-based number of the line `partial` belongs to. */
  private line = 1;
  private first = true;

  constructor(private readonly file: string) {}

  /** Parses every line completed by `text`; throws ArticleFileError at the first bad one. */
  push(text: string): ArticleFields[] {
    let piece = text;
    if (this.first && piece !== '') {
      piece = piece.replace(/^\uFEFF/, '');
      this.first = false;
    }
    const items: ArticleFields[] = [];
    let from = 0;
    let end = piece.indexOf('\n');
    while (end >= 0) {
      const head = this.partial + piece.slice(from, end);
      this.partial = '';
      this.take(head, items);
      from = end + 1;
      end = piece.indexOf('\n', from);
    }
    this.partial += piece.slice(from);
    return items;
  }

  /** The last line, which needs no line end. */
  end(): ArticleFields[] {
    const items: ArticleFields[] = [];
    const last = this.partial;
    this.partial = '';
    this.take(last, items);
    return items;
  }

  private take(raw: string, items: ArticleFields[]): void {
    const item = parseJsonLine(this.file, raw.endsWith('\r') ? raw.slice(0, -1) : raw, this.line);
    this.line++;
    if (item) items.push(item);
  }
}
