// What a failed IndexedDB request means for the reader, in words: the two causes a reader can do
// something about are named, anything else is quoted.

/** The DOMException name of an IndexedDB failure (a request's or an aborted transaction's). */
function nameOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) return String(error.name);
  return '';
}

export function isQuotaError(error: unknown): boolean {
  const name = nameOf(error);
  // Firefox reports a full disk as the transaction's abort with a QuotaExceededError, Chromium likewise;
  // older engines used the legacy code 22.
  return (
    name === 'QuotaExceededError' ||
    (typeof error === 'object' && error !== null && 'code' in error && error.code === 22)
  );
}

export const STORAGE_FULL =
  "the browser's storage for Factlens is full. Nothing from this file was stored and the articles imported before are kept; free disk space or delete imported articles, then import it again";

/** A write that failed, part of which the browser may have kept (import-db.ts, takeBack). */
export function partlyStored(failure: unknown, again: 'import' | 'restore'): string {
  return `${storageProblem(failure)}, and some of this file's articles may have been stored all the same (they are listed with the imported articles). Free disk space or delete imported articles, then ${again} it again: the articles already stored are skipped as duplicates`;
}

export function storageProblem(error: unknown): string {
  const name = nameOf(error);
  if (name === 'VersionError')
    return 'their database was written by a newer version of Factlens (it may have been rolled back). The bundled names still work; update Factlens to read the imported articles again';
  if (isQuotaError(error)) return "the browser's storage for Factlens is full";
  const message = error instanceof Error ? error.message : String(error);
  return `the browser's database could not be read (${name || 'error'}: ${message})`;
}

/** The same failure with a message a reader can act on (the options page shows it as it is). */
export function explained(error: unknown): Error {
  const described = new Error(storageProblem(error));
  described.name = nameOf(error) || 'Error';
  return described;
}
