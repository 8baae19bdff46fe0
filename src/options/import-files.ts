// Sends article files to the worker one at a time: each file is stored all or nothing, and progress
// can be shown between files. Files over the limit are refused here without being read.
import { MAX_ARTICLE_FILE_BYTES } from '../core/article/parse-article';
import type { ImportResult } from '../core/imports/types';
import { askWorker } from '../platform/messaging';
import { errorText } from './error-text';

export const ACCEPTED = '.txt,.text,.json,.jsonl,.ndjson';
const MB = 1024 * 1024;

export interface ImportProgress {
  doneBytes: number;
  totalBytes: number;
  current: string;
  index: number;
  count: number;
}

async function importOne(file: File): Promise<ImportResult> {
  if (file.size > MAX_ARTICLE_FILE_BYTES) {
    const size = (file.size / MB).toFixed(1);
    return {
      file: file.name,
      status: 'rejected',
      reason: `the file is ${size} MB; files up to ${MAX_ARTICLE_FILE_BYTES / MB} MB can be imported`,
    };
  }
  try {
    return await askWorker('importArticles', { name: file.name, text: await file.text() });
  } catch (error) {
    return { file: file.name, status: 'rejected', reason: errorText(error) };
  }
}

export async function importFiles(
  files: readonly File[],
  onProgress: (progress: ImportProgress) => void,
  onResult: (result: ImportResult) => void,
): Promise<void> {
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  let doneBytes = 0;
  for (const [index, file] of files.entries()) {
    onProgress({ doneBytes, totalBytes, current: file.name, index, count: files.length });
    onResult(await importOne(file));
    doneBytes += file.size;
  }
  onProgress({ doneBytes, totalBytes, current: '', index: files.length, count: files.length });
}
