import { describe, expect, it } from 'vitest';
import { textSlices } from '../../src/core/imports/file-slices';

async function collect(blob: Blob, size: number) {
  const slices = [];
  for await (const slice of textSlices(blob, size)) slices.push(slice);
  return slices;
}

describe('textSlices', () => {
  // One-, two-, three- and four-byte characters, so some slice ends inside each of them.
  const text = 'Halvorsen — Тромсø, 東京 and 😀 in "Zelensʹkyj"\n{"title": "Ελλάδα"}';

  it('decodes a character whose bytes are split across slices, at every slice size', async () => {
    const blob = new Blob([text]);
    expect(blob.size).toBeGreaterThan(text.length);
    for (let size = 1; size <= 9; size++) {
      const slices = await collect(blob, size);
      expect(slices.map((s) => s.text).join(''), `slices of ${size} bytes`).toBe(text);
      expect(slices.length).toBe(Math.ceil(blob.size / size));
      expect(slices.map((s) => s.index)).toEqual(slices.map((_, i) => i));
      expect(slices.at(-1)?.endByte).toBe(blob.size);
      // No slice holds a lone surrogate or a replacement character from a cut.
      for (const s of slices) expect(s.text).not.toMatch(/\uFFFD/);
    }
  });

  it('keeps a character cut off by the end of the file as a replacement character', async () => {
    const bytes = new TextEncoder().encode('Tromsø');
    const cut = new Blob([bytes.slice(0, bytes.length - 1)]);
    expect((await collect(cut, 4)).map((s) => s.text).join('')).toBe('Troms\uFFFD');
  });

  it('gives one empty slice for an empty file', async () => {
    expect(await collect(new Blob([]), 8)).toEqual([{ index: 0, text: '', endByte: 0 }]);
  });
});

describe('textSlices of a UTF-16 file (Windows Notepad "Unicode")', () => {
  const text = '{"title": "Tromsø — 東京 😀", "date": "2024-08-01", "body": "Ingrid Halvorsen spoke."}';
  /** The text as UTF-16 with a byte order mark, little- or big-endian. */
  const utf16 = (littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return new Blob([bytes]);
  };

  for (const [label, littleEndian] of [
    ['little-endian', true],
    ['big-endian', false],
  ] as const) {
    it(`decodes ${label} by its byte order mark, at every slice size`, async () => {
      for (let size = 1; size <= 7; size++) {
        const slices = await collect(utf16(littleEndian), size);
        expect(slices.map((s) => s.text).join(''), `slices of ${size} bytes`).toBe(text);
      }
    });
  }

  it('still reads UTF-8 with or without its mark', async () => {
    const withMark = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text]);
    expect((await collect(withMark, 3)).map((s) => s.text).join('')).toBe(text);
    expect((await collect(new Blob([text]), 5)).map((s) => s.text).join('')).toBe(text);
  });
});
