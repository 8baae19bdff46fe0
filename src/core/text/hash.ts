// A small deterministic string hash for ids and the dataset version. It must give the same answer at
// build time (Node) and in the service worker, so it uses only plain JS (no crypto module, no Buffer).

/**
 * 64-bit hash of a string as 16 hex characters: two independent 32-bit multiply-xor lanes, cross-mixed at
 * the end so that every input bit affects both halves. Not cryptographic; collisions only need to be rare.
 */
export function hash64(text: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= text.length;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  return hex32(b) + hex32(a);
}

function hex32(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
