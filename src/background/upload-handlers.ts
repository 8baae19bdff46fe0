// The worker's side of a file sent in slices. Uploads live in the worker's memory only: if the worker is
// stopped mid-file they are gone, the page is told `lost` and sends the file again from the start, and
// as nothing is stored before the last slice, no file is ever half stored.
import { MAX_IMPORTED_ARTICLES } from '../core/imports/article-record';
import { MAX_RESTORE_CHARS } from '../core/imports/export-file';
import { ImportUpload, UploadOrderError } from '../core/imports/import-upload';
import { RestoreUpload } from '../core/imports/restore-upload';
import type { ImportResult } from '../core/imports/types';
import { type ImportDeps, knownKeys, rejectionOf, restoreExport, storePlan } from './import-handlers';
import type { Handlers } from './message-router';

type UploadHandlers = Pick<Handlers, 'beginUpload' | 'uploadSlice' | 'finishUpload'>;

/** An upload no slice has reached for this long was abandoned (the options page was closed). */
const ABANDONED_MS = 2 * 60_000;

interface OpenUpload {
  /** An article file, or an export file being restored (restore-upload.ts). */
  upload: ImportUpload | RestoreUpload;
  touched: number;
}

/** An export file restored: its articles, then its settings; refused as a whole with the reason. */
async function restored(deps: ImportDeps, upload: RestoreUpload): Promise<ImportResult> {
  try {
    const { added, duplicates } = await restoreExport(deps, upload.text(), MAX_RESTORE_CHARS);
    return { file: upload.file, status: 'imported', added, duplicates };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Not restored: /, '');
    return { file: upload.file, status: 'rejected', reason };
  }
}

export function createUploadHandlers(deps: ImportDeps): UploadHandlers {
  const open = new Map<string, OpenUpload>();

  const sweep = () => {
    const now = deps.now();
    for (const [id, entry] of open) if (now - entry.touched > ABANDONED_MS) open.delete(id);
  };
  const find = (uploadId: string): OpenUpload | undefined => {
    const entry = open.get(uploadId);
    if (entry) entry.touched = deps.now();
    return entry;
  };

  return {
    async beginUpload({ name, size, restore }) {
      sweep();
      let upload: ImportUpload | RestoreUpload;
      try {
        upload = restore
          ? new RestoreUpload(name, size)
          : new ImportUpload(name, size, await knownKeys(deps), deps.now(), MAX_IMPORTED_ARTICLES);
      } catch (error) {
        return { result: rejectionOf(name, error) };
      }
      // Random, so a worker started again never hands out an id a page still holds from the last one.
      const uploadId = crypto.randomUUID();
      open.set(uploadId, { upload, touched: deps.now() });
      return { uploadId };
    },
    async uploadSlice({ uploadId, index, text }) {
      const entry = find(uploadId);
      if (!entry) return { lost: true };
      try {
        entry.upload.accept(index, text);
        return { next: index + 1 };
      } catch (error) {
        open.delete(uploadId);
        if (error instanceof UploadOrderError)
          return { result: { file: entry.upload.file, status: 'rejected', reason: error.message } };
        return { result: rejectionOf(entry.upload.file, error) };
      }
    },
    async finishUpload({ uploadId }) {
      const entry = find(uploadId);
      if (!entry) return { lost: true };
      open.delete(uploadId);
      try {
        const { upload } = entry;
        if (upload instanceof RestoreUpload) return { result: await restored(deps, upload) };
        return { result: await storePlan(deps, upload.finish()) };
      } catch (error) {
        return { result: rejectionOf(entry.upload.file, error) };
      }
    },
  };
}
