// Sends article files to the worker one at a time, each in slices read from the file as they are sent
// (a large file is never read whole here), with every slice acknowledged before the next. Each file is
// stored all or nothing when its last slice has arrived. If the channel drops (the worker was stopped
// mid-file), the slice is sent again; if the worker has forgotten the file, the file is sent again from
// the start, a few times at most, and then reported as not imported. Files over the limit are refused
// here without being read.

import { MAX_RESTORE_CHARS } from '../core/imports/export-file';
import { textSlices } from '../core/imports/file-slices';
import type { ImportResult } from '../core/imports/types';
import { isStreamedFormat, maxFileBytes, UPLOAD_SLICE_BYTES } from '../core/imports/upload-limits';
import { askWorker } from '../platform/messaging';
import { errorText } from './error-text';

export const ACCEPTED = '.txt,.text,.json,.jsonl,.ndjson';
const MB = 1024 * 1024;
/** Times one file is sent from its start before it is reported as not imported. */
const MAX_ATTEMPTS = 3;

export interface ImportProgress {
  doneBytes: number;
  totalBytes: number;
  current: string;
  index: number;
  count: number;
  /** 1, or the how-many-th time the current file is being sent after the worker lost it. */
  attempt: number;
}

/** Asks twice: a dropped channel loses one reply, and asking again finds out what the worker still has. */
async function askAgainOnce<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch {
    return ask();
  }
}

/** One pass over the file: its result, or 'lost' when the worker forgot the upload midway. */
async function sendFile(
  file: File,
  onBytes: (bytes: number) => void,
  restore: boolean,
): Promise<ImportResult | 'lost'> {
  const request = { name: file.name, size: file.size, ...(restore ? { restore: true as const } : {}) };
  const begun = await askAgainOnce(() => askWorker('beginUpload', request));
  if ('result' in begun) return begun.result;
  const { uploadId } = begun;
  for await (const slice of textSlices(file, UPLOAD_SLICE_BYTES)) {
    const reply = await askAgainOnce(() =>
      askWorker('uploadSlice', { uploadId, index: slice.index, text: slice.text }),
    );
    if ('lost' in reply) return 'lost';
    if ('result' in reply) return reply.result;
    onBytes(slice.endByte);
  }
  const finished = await askAgainOnce(() => askWorker('finishUpload', { uploadId }));
  return 'lost' in finished ? 'lost' : finished.result;
}

/** `report`: bytes of this file sent so far, and which attempt this is. */
async function importOne(
  file: File,
  report: (bytes: number, attempt: number) => void,
  restore = false,
): Promise<ImportResult> {
  const limit = restore ? MAX_RESTORE_CHARS : maxFileBytes(file.name);
  if (file.size > limit) {
    const size = (file.size / MB).toFixed(1);
    const kind = restore
      ? 'export files'
      : isStreamedFormat(file.name)
        ? 'JSON Lines files'
        : 'text and .json files';
    return {
      file: file.name,
      status: 'rejected',
      reason: `the file is ${size} MB; ${kind} up to ${limit / MB} MB can be imported`,
    };
  }
  let failure = '';
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    report(0, attempt);
    try {
      const outcome = await sendFile(file, (bytes) => report(bytes, attempt), restore);
      if (outcome !== 'lost') return outcome;
      failure = 'the background worker stopped while the file was being sent';
    } catch (error) {
      failure = errorText(error);
    }
  }
  return {
    file: file.name,
    status: 'rejected',
    reason: `${failure} (tried ${MAX_ATTEMPTS} times); nothing from this file was stored, so it can be imported again`,
  };
}

/**
 * An export file sent the same way, in slices with every slice acknowledged, and restored whole when
 * its last slice has arrived: an export of the store's full 20,000 articles is larger than one message.
 */
export function restoreFile(file: File, onBytes: (bytes: number) => void): Promise<ImportResult> {
  return importOne(file, onBytes, true);
}

export async function importFiles(
  files: readonly File[],
  onProgress: (progress: ImportProgress) => void,
  onResult: (result: ImportResult) => void,
): Promise<void> {
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  let doneBytes = 0;
  for (const [index, file] of files.entries()) {
    const report = (bytes: number, attempt: number) =>
      onProgress({
        doneBytes: doneBytes + bytes,
        totalBytes,
        current: file.name,
        index,
        count: files.length,
        attempt,
      });
    onResult(await importOne(file, report));
    doneBytes += file.size;
  }
  onProgress({ doneBytes, totalBytes, current: '', index: files.length, count: files.length, attempt: 1 });
}
