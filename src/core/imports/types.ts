// Shapes of imported articles, shared by the worker's store, the protocol and the options page.
import type { ArticleFields } from '../article/article-fields';

/** What an article says, in the fields every import format ends up with: the parser's own shape. */
export type ArticleContent = ArticleFields;

export interface StoredArticle extends ArticleContent {
  /** Content hash: the same article imported twice gets the same key, which is how duplicates are found. */
  key: string;
  /** Name of the file it came from, shown as its provenance. */
  file: string;
  /** Epoch milliseconds. */
  importedAt: number;
}

export type ImportedSummary = Pick<StoredArticle, 'key' | 'title' | 'date' | 'file' | 'importedAt'>;

/** The outcome for one file; a rejected file changed nothing. */
export type ImportResult =
  | { file: string; status: 'imported'; added: number; duplicates: number }
  | { file: string; status: 'rejected'; reason: string; line?: number };

export interface ImportedState {
  /** Bumped by every change to the imported articles. */
  revision: number;
  count: number;
}
