// Limits of the content script, in a DOM-free module so tests can read them.

/**
 * The ceiling on marks per document. Past it, further mentions stay unmarked (the visible part is
 * scanned first, so what is on screen when the page opens is marked) until marks leave with their
 * text; a page with more mentions than this is not read name by name anyway.
 */
export const MAX_MARKS = 10_000;
