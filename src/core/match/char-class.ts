// Per-code-unit classes shared by the compiler and the scanner. The scanner reads one byte per text
// character, so everything the hot loop needs to know about a code unit is packed into these bits.

/** A letter, digit or combining mark (on its own: surrogates are decided per code point). */
export const WORD = 1;
/** Whitespace: a run of it matches the one space of an alias. */
export const SPACE = 2;
/**
 * Changes under upper-casing: text containing it is not in ALL CAPS. Set only on code units some
 * alias uses (the scan reads it after a symbol was found), so the packed tables stay small.
 */
export const LOWER = 4;
/** Can be the first code unit of a mention: the only characters the scan stops at (they have symbols). */
export const START = 8;
/** Half of a surrogate pair: word tests take the slow, code-point path. */
export const SURROGATE = 16;

export const CODE_UNITS = 0x10000;
