// Character classes for whole-word matching. A "word character" is any Unicode letter, digit or
// combining mark: marks are included so "Lodz" never matches inside a decomposed "Łódź".

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

// 0 = not yet classified, 1 = word, 2 = not word. Filled lazily so start-up does not pay for
// classifying all 65,536 BMP code units, and the hot loop avoids a regex per character. Allocated on
// first use too: a tab's scanner reads its own class table and never calls this for a BMP code unit,
// so the 64 KB would be dead weight in every page.
let bmpClass: Uint8Array | null = null;

function classifyBmp(code: number): boolean {
  bmpClass ??= new Uint8Array(0x10000);
  const cls = bmpClass[code];
  if (cls === 1) return true;
  if (cls === 2) return false;
  const word = WORD_RE.test(String.fromCharCode(code));
  bmpClass[code] = word ? 1 : 2;
  return word;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Word test for a BMP code unit; surrogates are never word characters on their own. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  return classifyBmp(code);
}

/** True when the character starting at UTF-16 index i is a word character (astral code points included). */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (isHighSurrogate(code)) {
    const cp = text.codePointAt(i) ?? code;
    return cp > 0xffff && WORD_RE.test(String.fromCodePoint(cp));
  }
  if (isLowSurrogate(code)) return false;
  return isWordCode(code);
}

/** True when the character ending just before UTF-16 index i is a word character. */
export function isWordBefore(text: string, i: number): boolean {
  if (i <= 0 || i > text.length) return false;
  const code = text.charCodeAt(i - 1);
  if (isLowSurrogate(code) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2))) return isWordAt(text, i - 2);
  return isWordAt(text, i - 1);
}

/** Same set as JavaScript's \s: ASCII whitespace, NBSP and the Unicode space separators. */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
