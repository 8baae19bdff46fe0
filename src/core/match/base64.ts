// Base64 over typed arrays. Where the engine has Uint8Array.fromBase64/toBase64 (Chromium 140+,
// Firefox 133+: every browser Factlens runs in) they are used: native decoding of a 50,000-alias
// matcher takes a few milliseconds in a tab. Elsewhere (Node 20 runs the build and the tests) both
// directions are flat byte loops, with TextEncoder/TextDecoder doing the string conversion; atob/btoa
// go through binary strings one character at a time.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAD = 0x3d; // '='
const ENCODE = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
const DECODE = new Uint8Array(256).fill(255);
for (let i = 0; i < ENCODE.length; i++) DECODE[ENCODE[i] as number] = i;

interface NativeBase64 {
  fromBase64?: (text: string, options: { lastChunkHandling: 'strict' }) => Uint8Array;
}
interface NativeBytes {
  toBase64?: () => string;
}
const nativeFrom = (Uint8Array as unknown as NativeBase64).fromBase64;

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as NativeBytes).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  return toBase64Loop(bytes);
}

export function fromBase64(text: string): Uint8Array {
  if (typeof nativeFrom !== 'function') return fromBase64Loop(text);
  try {
    // Strict, as the loop is: padding required, nothing outside the alphabet.
    return nativeFrom.call(Uint8Array, text, { lastChunkHandling: 'strict' });
  } catch {
    throw new Error('base64: bad character or length');
  }
}

export function toBase64Loop(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = ENCODE[v >>> 18] as number;
    out[o++] = ENCODE[(v >>> 12) & 63] as number;
    out[o++] = ENCODE[(v >>> 6) & 63] as number;
    out[o++] = ENCODE[v & 63] as number;
  }
  if (i < n) {
    const v = ((bytes[i] as number) << 16) | (i + 1 < n ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = ENCODE[v >>> 18] as number;
    out[o++] = ENCODE[(v >>> 12) & 63] as number;
    out[o++] = i + 1 < n ? (ENCODE[(v >>> 6) & 63] as number) : PAD;
    out[o++] = PAD;
  }
  return new TextDecoder().decode(out);
}

export function fromBase64Loop(text: string): Uint8Array {
  const chars = new TextEncoder().encode(text);
  let len = chars.length;
  if (len % 4 !== 0) throw new Error('base64: bad length');
  let pad = 0;
  while (len > 0 && chars[len - 1] === PAD && pad < 2) {
    len--;
    pad++;
  }
  const out = new Uint8Array((chars.length / 4) * 3 - pad);
  // Full groups without branches; the padded last group, if any, byte by byte.
  const full = pad > 0 ? chars.length - 4 : chars.length;
  let o = 0;
  // A character outside the alphabet decodes to 255: OR-ed together, any sets a bit above the six
  // of a valid digit.
  let bad = 0;
  for (let i = 0; i < full; i += 4) {
    const a = DECODE[chars[i] as number] as number;
    const b = DECODE[chars[i + 1] as number] as number;
    const c = DECODE[chars[i + 2] as number] as number;
    const d = DECODE[chars[i + 3] as number] as number;
    bad |= a | b | c | d;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = v >>> 16;
    out[o++] = (v >>> 8) & 255;
    out[o++] = v & 255;
  }
  if (pad > 0) {
    const a = DECODE[chars[full] as number] as number;
    const b = DECODE[chars[full + 1] as number] as number;
    const c = pad === 1 ? (DECODE[chars[full + 2] as number] as number) : 0;
    bad |= a | b | c;
    out[o++] = ((a << 2) | (b >>> 4)) & 255;
    if (pad === 1) out[o] = ((b << 4) | (c >>> 2)) & 255;
  }
  if (bad > 63) throw new Error('base64: bad character');
  return out;
}
