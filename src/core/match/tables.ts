// The compiled matcher: nothing but typed arrays, so it can be packed into one buffer, stored,
// sent to a tab and used there without any rebuilding.

export interface CompiledMatcher {
  /** Class bits (char-class.ts) per UTF-16 code unit. */
  cls: Uint8Array;
  /** Trie symbol per code unit after typography and case folding; 0 when no alias uses it. */
  sym: Uint16Array;
  /** Child of the root per symbol, or -1: the root has the most children, so it gets a dense row. */
  root: Int32Array;
  /** Edges of node n are edgeStart[n] .. edgeStart[n + 1], sorted by symbol; edge e leads to node e + 1. */
  edgeStart: Int32Array;
  edgeSym: Uint16Array;
  /** First entry whose key ends at node n, or -1; the entries after it with sameKey set share that key. */
  termFirst: Int32Array;
  sameKey: Uint8Array;
  /** Per entry (sorted by key): its entity, and its normalised alias in forms, as UTF-8. */
  entryEntity: Int32Array;
  formStart: Int32Array;
  forms: Uint8Array;
  /** Entity ids, joined as UTF-8: id i is entityIds[entityStart[i] .. entityStart[i + 1]]. */
  entityStart: Int32Array;
  entityIds: Uint8Array;
}

/** Section order in the packed form; the names double as the keys of CompiledMatcher. */
export const SECTIONS = [
  'cls',
  'sym',
  'root',
  'edgeStart',
  'edgeSym',
  'termFirst',
  'sameKey',
  'entryEntity',
  'formStart',
  'forms',
  'entityStart',
  'entityIds',
] as const satisfies ReadonlyArray<keyof CompiledMatcher>;

export function tableBytes(m: CompiledMatcher): number {
  return SECTIONS.reduce((sum, name) => sum + m[name].byteLength, 0);
}
