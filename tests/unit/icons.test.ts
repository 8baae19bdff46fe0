// The toolbar and extension-list icons: every file the manifest names exists, is a PNG, and is drawn
// at the size its key says (browsers scale a wrong-sized icon, which blurs it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  const sets = { icons: manifest.icons, 'action.default_icon': manifest.action.default_icon };

  it('names the 16, 32, 48 and 128 px sizes for the extension and its toolbar button', () => {
    for (const icons of Object.values(sets))
      expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
  });

  for (const [key, icons] of Object.entries(sets)) {
    for (const [size, path] of Object.entries(icons)) {
      it(`${key} ${size}: ${path} is a ${size}×${size} PNG`, () => {
        expect(pngSize(path)).toEqual({ width: Number(size), height: Number(size) });
      });
    }
  }
});
