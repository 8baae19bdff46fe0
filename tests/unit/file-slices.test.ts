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
