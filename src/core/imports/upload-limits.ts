// How big an imported file may be, and the slices it travels in from the options page to the worker.
//
// JSON Lines files are parsed line by line as their slices arrive, so only the parsed records are held
// until the file is stored. 128 MB is several times the largest import the store accepts (20,000
// articles of real-like news text are about 45 MB of JSON Lines) and keeps the worker's peak memory
// bounded while one file's records wait for their single transaction.
//
// Seed text files and .json documents are parsed as a whole once they have arrived (a text article
// starts at any date line, and a .json file is one value), so their text is held whole: 32 MB, the
// same bound as a backup file.

const MB = 1024 * 1024;

export const MAX_STREAMED_FILE_BYTES = 128 * MB;
export const MAX_WHOLE_FILE_BYTES = 32 * MB;

/**
 * Bytes read from the file per message. Small enough that a message is quick to send and to lose, large
 * enough that a 128 MB file is 128 round trips.
 */
export const UPLOAD_SLICE_BYTES = MB;

/** File names parsed line by line as their slices arrive. */
export function isStreamedFormat(name: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(name);
}

export function maxFileBytes(name: string): number {
  return isStreamedFormat(name) ? MAX_STREAMED_FILE_BYTES : MAX_WHOLE_FILE_BYTES;
}
