// The compiled matcher: nothing but typed arrays, so it can be packed into one buffer, stored,
// sent to a tab and used there with no rebuilding but the expansion of cls and sym (code-tables.ts).

export interface CompiledMatcher {
  /** Class bits (char-class.ts) per UTF-16 code unit. */
  cls: Uint8Array;
  /** Trie symbol per code unit after typography and case folding; 0 when no alias uses it. */
  sym: Uint16Array;
  /**
   * The trie as a double array, three numbers per node (double-array.ts): node 0 is the root; the
   * child over symbol s of node n is base(n) + s when its check is n; term(n) is the first entry
   * whose key ends at n, or -1, and the entries after it flagged SAME_KEY share that key. A node
   * with a negative base b has no children but a tail, from tail[-1 - b]: term(n) is then the first
   * entry whose key ends at the tail's end.
   */
  trie: Int32Array;
  /** The tails of trie nodes below which one key goes on: its remaining symbols, then a 0. */
  tail: Uint16Array;
  /** Per entry: SAME_KEY and UPPER_FORM bits. */
  entryFlags: Uint8Array;
  /** Per entry (sorted by key): its entity, and its normalised alias in forms, as UTF-8. */
  entryEntity: Int32Array;
  formStart: Int32Array;
  forms: Uint8Array;
  /** Entity ids, joined as UTF-8: id i is entityIds[entityStart[i] .. entityStart[i + 1]]. */
  entityStart: Int32Array;
  entityIds: Uint8Array;
}

/** The entry's key is the previous entry's. */
export const SAME_KEY = 1;
/** The alias has no lower-case letter (an acronym, or a name written in capitals): its key is its form. */
export const UPPER_FORM = 2;

/** The matcher's sections besides the two per-code-unit tables: packed as they are. */
export const FLAT_SECTIONS = [
  'trie',
  'tail',
  'entryFlags',
  'entryEntity',
  'formStart',
  'forms',
  'entityStart',
  'entityIds',
] as const satisfies ReadonlyArray<keyof CompiledMatcher>;

/** Every table of the matcher, in memory (the dense cls and sym included). */
const SECTIONS = ['cls', 'sym', ...FLAT_SECTIONS] as const satisfies ReadonlyArray<keyof CompiledMatcher>;

/** Bytes of the matcher in memory (the packed form, pack.ts, is smaller: cls and sym compact). */
export function tableBytes(m: CompiledMatcher): number {
  return SECTIONS.reduce((sum, name) => sum + m[name].byteLength, 0);
}
