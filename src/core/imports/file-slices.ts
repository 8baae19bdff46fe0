// A file read as text in slices of bytes: a slice may end inside a multi-byte UTF-8 character, so one
// decoder runs across all of them and holds such a character's first bytes back for the next slice.

export interface TextSlice {
  /** 0-based index of the slice. */
  index: number;
  text: string;
  /** Bytes of the file read once this slice is done: for a progress bar. */
  endByte: number;
}

/** Slices of `slice` bytes, in order; the last one also carries whatever the decoder held back. */
export async function* textSlices(blob: Blob, slice: number): AsyncGenerator<TextSlice> {
  // Not fatal: a stray invalid byte becomes U+FFFD, as File.text() does.
  const decoder = new TextDecoder('utf-8');
  let index = 0;
  for (let start = 0; start < blob.size || index === 0; start += slice) {
    const endByte = Math.min(blob.size, start + slice);
    const last = endByte >= blob.size;
    const bytes = new Uint8Array(await blob.slice(start, endByte).arrayBuffer());
    yield { index, text: decoder.decode(bytes, { stream: !last }), endByte };
    index++;
  }
}
