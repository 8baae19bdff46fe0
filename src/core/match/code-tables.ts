// The two per-code-unit tables (cls and sym, 192 KB dense) in the compact form that is packed and
// sent to tabs, and back. The scanner keeps its dense tables: one read per character, whatever the
// code unit. Only the wire form is compact, and it is sized by the aliases:
// - the alias-independent classes (WORD, SPACE, SURROGATE) as runs of equal class over the 65,536
//   code units: Unicode's letters come in about 900 runs, so a few KB for any dataset;
// - the code units some alias uses (their symbol and full class, with LOWER and START): a list.
// Expanding both takes a fraction of a millisecond in a tab (fills and a few hundred writes).

import { CODE_UNITS, LOWER, START } from './char-class';

/** The bits that depend on the aliases: only ever set on a code unit with a symbol. */
const ALIAS_BITS = LOWER | START;

export interface CompactCodeTables {
  /** First code unit of each run of equal alias-independent class, ascending from 0. */
  runStart: Uint16Array;
  /** The class of each run. */
  runClass: Uint8Array;
  /** The code units with a trie symbol, ascending; their symbol and their whole class byte. */
  keyCode: Uint16Array;
  keySym: Uint16Array;
  keyClass: Uint8Array;
}

export function compactCodeTables(cls: Uint8Array, sym: Uint16Array): CompactCodeTables {
  const starts: number[] = [];
  const classes: number[] = [];
  const keys: number[] = [];
  let previous = -1;
  for (let c = 0; c < CODE_UNITS; c++) {
    const base = (cls[c] as number) & ~ALIAS_BITS;
    if (base !== previous) {
      starts.push(c);
      classes.push(base);
      previous = base;
    }
    // Alias bits elsewhere mean nothing: the scan reads them only after finding a symbol.
    if (sym[c] !== 0) keys.push(c);
  }
  const keyCode = Uint16Array.from(keys);
  return {
    runStart: Uint16Array.from(starts),
    runClass: Uint8Array.from(classes),
    keyCode,
    keySym: Uint16Array.from(keyCode, (c) => sym[c] as number),
    keyClass: Uint8Array.from(keyCode, (c) => cls[c] as number),
  };
}

/** The dense tables again; throws on a compact form that is not one, so a bad file is never half-used. */
export function expandCodeTables(t: CompactCodeTables): { cls: Uint8Array; sym: Uint16Array } {
  const { runStart, runClass, keyCode, keySym, keyClass } = t;
  const runs = runStart.length;
  if (runs === 0 || runStart[0] !== 0 || runClass.length !== runs)
    throw new Error('matcher tables: bad class runs');
  if (keySym.length !== keyCode.length || keyClass.length !== keyCode.length) {
    throw new Error('matcher tables: bad symbol list');
  }
  const cls = new Uint8Array(CODE_UNITS);
  for (let r = 0; r < runs; r++) {
    const from = runStart[r] as number;
    const to = r + 1 < runs ? (runStart[r + 1] as number) : CODE_UNITS;
    if (to <= from) throw new Error('matcher tables: bad class runs');
    cls.fill(runClass[r] as number, from, to);
  }
  const sym = new Uint16Array(CODE_UNITS);
  for (let k = 0; k < keyCode.length; k++) {
    const code = keyCode[k] as number;
    if (k > 0 && code <= (keyCode[k - 1] as number)) throw new Error('matcher tables: bad symbol list');
    sym[code] = keySym[k] as number;
    cls[code] = keyClass[k] as number;
  }
  return { cls, sym };
}
