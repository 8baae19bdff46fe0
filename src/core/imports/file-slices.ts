// A file read as text in slices of bytes: a slice may end inside a multi-byte character, so one decoder
// runs across all of them and holds such a character's first bytes back for the next slice. The decoder
// is chosen by the file's byte order mark (text-encoding.ts): UTF-8, or UTF-16 as Windows saves it.
import { encodingOf } from './text-encoding';

export interface TextSlice {
  /** 0-based index of the slice. */
  index: number;
  text: string;
  /** Bytes of the file read once this slice is done: for a progress bar. */
  endByte: number;
}

/** Slices of `slice` bytes, in order; the last one also carries whatever the decoder held back. */
export async function* textSlices(blob: Blob, slice: number): AsyncGenerator<TextSlice> {
  const mark = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  // Not fatal: a stray invalid byte becomes U+FFFD, as File.text() does.
  const decoder = new TextDecoder(encodingOf(mark));
  let index = 0;
  for (let start = 0; start < blob.size || index === 0; start += slice) {
    const endByte = Math.min(blob.size, start + slice);
    const last = endByte >= blob.size;
    const bytes = new Uint8Array(await blob.slice(start, endByte).arrayBuffer());
    yield { index, text: decoder.decode(bytes, { stream: !last }), endByte };
    index++;
  }
}
