// Which encoding a file's text is in, from its first bytes. Windows Notepad saves "Unicode" as UTF-16
// with a byte order mark (little-endian; "Unicode big endian" is UTF-16BE); everything else a reader
// imports is UTF-8, with or without a mark. Without this, a UTF-16 file decodes to a NUL after every
// letter and is refused as if it were not an article file.

export type TextEncodingLabel = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding its byte order mark names; UTF-8 when there is none. */
export function encodingOf(head: Uint8Array): TextEncodingLabel {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
