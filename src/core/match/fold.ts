// Per-character canonical form and case folding. Each maps one UTF-16 code unit to one, so match
// offsets in the folded key are offsets in the page text.

import { isSpaceCode } from './word-chars';

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/**
 * Typography-neutral form of a code unit: curly/modifier apostrophes become "'", Unicode hyphens
 * become "-", any whitespace becomes a space. Pages and the dataset disagree on these freely.
 */
export function canonCode(code: number): number {
  if (code < 0x80) return code >= 0x09 && code <= 0x0d ? SPACE : code;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) return APOSTROPHE;
  if (code === 0x2010 || code === 0x2011) return HYPHEN;
  if (isSpaceCode(code)) return SPACE;
  return code;
}

// Lazily filled upper-case table; 0 means "not computed yet" (code unit 0 folds to itself anyway).
// Allocated on first use: only the compiler folds, and a tab's scanner never does (128 KB per page).
let upper: Uint16Array | null = null;

function upperCode(code: number): number {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
  upper ??= new Uint16Array(0x10000);
  const cached = upper[code];
  if (cached) return cached;
  const up = String.fromCharCode(code).toUpperCase();
  // Characters that upper-case to several ("ß" → "SS") keep their own form: one unit in, one out.
  const folded = up.length === 1 ? up.charCodeAt(0) : code;
  upper[code] = folded;
  return folded;
}

/** Trie key for a code unit: canonical form, then upper case. */
export function foldCode(code: number): number {
  return upperCode(canonCode(code));
}

/** Trims and collapses whitespace runs to one space: the stored shape of every alias. */
export function normaliseAlias(alias: string): string {
  return alias.trim().replace(/\s+/g, ' ');
}

/** The alias in its canonical (not case-folded) form, for exact-case comparison. */
export function canonString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(canonCode(text.charCodeAt(i)));
  return out;
}

/** The folded key the trie is built from. */
export function foldString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}
