// Compiles an alias list into the flat tables of a CompiledMatcher. Runs at build time for the
// bundled dataset and in the worker for imported ones; a page only ever receives the result.

import type { MatchAlias } from '../protocol';
import { CODE_UNITS, LOWER, SPACE, START, SURROGATE, WORD } from './char-class';
import { toDoubleArray } from './double-array';
import { canonCode, canonString, foldCode, foldString, normaliseAlias } from './fold';
import { type CompiledMatcher, SAME_KEY, UPPER_FORM } from './tables';
import { buildTrie } from './trie';
import { isSpaceCode, isWordAt, isWordCode } from './word-chars';

interface Entry {
  key: string;
  form: string;
  entity: number;
}

// The alias-independent part (classes and folded form of all 65,536 code units) costs tens of
// milliseconds, so it is computed once per process.
interface CodeUnitTables {
  cls: Uint8Array;
  fold: Uint16Array;
  /** Code units whose typography-neutral form is another code unit (curly quotes, dashes, spaces). */
  variants: number[];
}
let base: CodeUnitTables | null = null;

function codeUnitTables(): CodeUnitTables {
  if (base) return base;
  const cls = new Uint8Array(CODE_UNITS);
  const fold = new Uint16Array(CODE_UNITS);
  const variants: number[] = [];
  for (let c = 0; c < CODE_UNITS; c++) {
    if (canonCode(c) !== c) variants.push(c);
    let f = 0;
    if (c >= 0xd800 && c <= 0xdfff) f |= SURROGATE;
    else if (isWordCode(c)) f |= WORD;
    if (isSpaceCode(c)) f |= SPACE;
    if (foldCode(c) !== canonCode(c)) f |= LOWER;
    cls[c] = f;
    // Whitespace in the text is read as runs; it maps to the one space of the keys.
    fold[c] = f & SPACE ? 0x20 : foldCode(c);
  }
  base = { cls, fold, variants };
  return base;
}

/** Drops aliases that cannot start at a word start, and exact duplicates per entity. */
function toEntries(aliases: readonly MatchAlias[], entityIds: string[]): Entry[] {
  const entityIndex = new Map<string, number>();
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const { alias, entityId } of aliases) {
    const form = normaliseAlias(alias);
    if (form === '' || !isWordAt(form, 0)) continue;
    const dedupe = `${entityId}\u0000${form}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    let entity = entityIndex.get(entityId);
    if (entity === undefined) {
      entity = entityIds.length;
      entityIds.push(entityId);
      entityIndex.set(entityId, entity);
    }
    entries.push({ key: foldString(form), form, entity });
  }
  // Stable sort: aliases that fold to the same key keep their input order, which breaks ties.
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * Concatenates strings as UTF-8 with byte offsets (string i is units[offsets[i]..offsets[i+1]]).
 * UTF-8, not UTF-16: names and ids are mostly ASCII, and these strings are most of what a tab is sent.
 */
function joinStrings(list: readonly string[]): { units: Uint8Array; offsets: Int32Array } {
  const encoder = new TextEncoder();
  const encoded = list.map((s) => encoder.encode(s));
  const offsets = new Int32Array(list.length + 1);
  let total = 0;
  encoded.forEach((bytes, i) => {
    offsets[i] = total;
    total += bytes.length;
  });
  offsets[list.length] = total;
  const units = new Uint8Array(total);
  encoded.forEach((bytes, i) => {
    units.set(bytes, offsets[i] as number);
  });
  return { units, offsets };
}

export function compileMatcher(aliases: readonly MatchAlias[]): CompiledMatcher {
  const entityIds: string[] = [];
  const entries = toEntries(aliases, entityIds);
  const keys = entries.map((e) => e.key);

  // Symbols number the folded code units that occur in some key; 0 means "in no key".
  const codes = new Set<number>();
  for (const key of keys) for (let k = 0; k < key.length; k++) codes.add(key.charCodeAt(k));
  const symbolOf = new Map([...codes].sort((a, b) => a - b).map((code, i) => [code, i + 1]));
  const symbolOfCode = new Uint16Array(CODE_UNITS);
  for (const [code, s] of symbolOf) symbolOfCode[code] = s;
  const tables = codeUnitTables();
  const cls = tables.cls.slice();
  const sym = new Uint16Array(CODE_UNITS);
  const trieArrays = buildTrie(keys, symbolOf);
  const trie = toDoubleArray(trieArrays, symbolOf.size + 1);
  // A mention starts with its alias's first character as written or upper-cased, so only those
  // (in any typography) stop the scan: lower-case letters, most of any text, never do unless an
  // alias starts with one.
  const firsts = new Set<number>();
  for (const { form } of entries) {
    firsts.add(canonCode(form.charCodeAt(0)));
    firsts.add(foldCode(form.charCodeAt(0)));
  }
  const fold = tables.fold;
  // A local bound: an imported one may be a getter call per iteration under some loaders.
  for (let c = 0, end = CODE_UNITS; c < end; c++) {
    const s = symbolOfCode[fold[c] as number] as number;
    sym[c] = s;
    // LOWER is read only on a code unit with a symbol: elsewhere it would only make the packed
    // tables bigger (code-tables.ts keeps the alias bits of symbol code units alone).
    if (s === 0) cls[c] = (cls[c] as number) & ~LOWER;
  }
  const startCodes = [...firsts, ...tables.variants.filter((c) => firsts.has(canonCode(c)))];
  for (const c of startCodes) {
    const f = cls[c] as number;
    if (f & (WORD | SURROGATE) && sym[c] !== 0) cls[c] = f | START;
  }
  const forms = joinStrings(entries.map((e) => e.form));
  const ids = joinStrings(entityIds);
  return {
    cls,
    sym,
    trie,
    tail: trieArrays.tail,
    entryFlags: Uint8Array.from(
      entries,
      (e, i) =>
        (i > 0 && entries[i - 1]?.key === e.key ? SAME_KEY : 0) |
        (canonString(e.form) === e.key ? UPPER_FORM : 0),
    ),
    entryEntity: Int32Array.from(entries, (e) => e.entity),
    formStart: forms.offsets,
    forms: forms.units,
    entityStart: ids.offsets,
    entityIds: ids.units,
  };
}
