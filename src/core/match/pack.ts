// One buffer for the whole compiled matcher: written next to dataset.json at build time, kept by
// the worker, and sent to tabs as base64 (Chromium's extension messaging is JSON, so typed arrays
// cannot travel as they are; both browsers decode base64 natively). Loading is views over the
// buffer (no copying, no rebuilding) but for cls and sym, which are packed compact (a few KB instead
// of 192 KB) and expanded into the dense tables the scan reads.

import { fromBase64, toBase64 } from './base64';
import { type CompactCodeTables, compactCodeTables, expandCodeTables } from './code-tables';
import { type CompiledMatcher, FLAT_SECTIONS } from './tables';

const MAGIC = 0x464c4d31; // "FLM1"
// 5: cls and sym packed compact (code-tables.ts) instead of dense, 192 KB for any dataset; the
// trie's unshared key ends as tails instead of chains of nodes.
const FORMAT = 5;

/** What is packed: the compact forms of cls and sym, then the other tables as they are. */
type Packed = CompactCodeTables & Omit<CompiledMatcher, 'cls' | 'sym'>;
const SECTIONS = [
  'runStart',
  'runClass',
  'keyCode',
  'keySym',
  'keyClass',
  ...FLAT_SECTIONS,
] as const satisfies ReadonlyArray<keyof Packed>;

type SectionName = (typeof SECTIONS)[number];
type Section = Packed[SectionName];
type ArrayType = typeof Uint8Array | typeof Uint16Array | typeof Int32Array;

const TYPES: Record<SectionName, ArrayType> = {
  runStart: Uint16Array,
  runClass: Uint8Array,
  keyCode: Uint16Array,
  keySym: Uint16Array,
  keyClass: Uint8Array,
  trie: Int32Array,
  tail: Uint16Array,
  entryFlags: Uint8Array,
  entryEntity: Int32Array,
  formStart: Int32Array,
  forms: Uint8Array,
  entityStart: Int32Array,
  entityIds: Uint8Array,
};

// magic, format, section count, tag length, then one length per section; the tag (the version of
// the dataset the tables were compiled from) follows as UTF-16 code units.
const HEADER_WORDS = 4 + SECTIONS.length;
const tagBytes = (tag: string) => align(tag.length * 2);
// Int32 views need 4-byte aligned offsets.
const align = (n: number) => (n + 3) & ~3;

export function packMatcher(m: CompiledMatcher, tag = ''): Uint8Array {
  const packed: Packed = { ...m, ...compactCodeTables(m.cls, m.sym) };
  let size = HEADER_WORDS * 4 + tagBytes(tag);
  for (const name of SECTIONS) size = align(size + packed[name].byteLength);
  const bytes = new Uint8Array(size);
  const header = new Uint32Array(bytes.buffer, 0, HEADER_WORDS);
  header.set([MAGIC, FORMAT, SECTIONS.length, tag.length]);
  const tagUnits = new Uint16Array(bytes.buffer, HEADER_WORDS * 4, tag.length);
  for (let i = 0; i < tag.length; i++) tagUnits[i] = tag.charCodeAt(i);
  let at = HEADER_WORDS * 4 + tagBytes(tag);
  SECTIONS.forEach((name, i) => {
    const section = packed[name];
    header[4 + i] = section.length;
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at = align(at + section.byteLength);
  });
  return bytes;
}

function readHeader(packed: Uint8Array | string): { own: Uint8Array; header: Uint32Array; tag: string } {
  const bytes = typeof packed === 'string' ? fromBase64(packed) : packed;
  // Views need the buffer to start at the header, and a 4-byte aligned one.
  const own = bytes.byteOffset === 0 ? bytes : bytes.slice();
  // Magic and format first: a file of another format is named as such, whatever its length.
  const id = own.byteLength >= 8 ? new Uint32Array(own.buffer, 0, 2) : null;
  if (id && (id[0] !== MAGIC || id[1] !== FORMAT)) throw new Error('matcher tables: unknown format');
  if (own.byteLength < HEADER_WORDS * 4) throw new Error('matcher tables: truncated');
  const header = new Uint32Array(own.buffer, 0, HEADER_WORDS);
  if (header[2] !== SECTIONS.length) throw new Error('matcher tables: unknown format');
  const tagLength = header[3] as number;
  if (HEADER_WORDS * 4 + tagLength * 2 > own.byteLength) throw new Error('matcher tables: truncated');
  const tag = String.fromCharCode(...new Uint16Array(own.buffer, HEADER_WORDS * 4, tagLength));
  return { own, header, tag };
}

/** The tag a packed matcher was written with (the dataset version it belongs to). */
export function packedTag(packed: Uint8Array | string): string {
  return readHeader(packed).tag;
}

/** Views over a packed matcher; throws on anything that is not one, so a bad file is never half-used. */
export function unpackMatcher(packed: Uint8Array | string): CompiledMatcher {
  const { own, header, tag } = readHeader(packed);
  let at = HEADER_WORDS * 4 + tagBytes(tag);
  const out: Partial<Record<SectionName, Section>> = {};
  SECTIONS.forEach((name, i) => {
    const length = header[4 + i] as number;
    const Type = TYPES[name];
    if (at + length * Type.BYTES_PER_ELEMENT > own.byteLength) throw new Error('matcher tables: truncated');
    const view = new Type(own.buffer as ArrayBuffer, at, length);
    out[name] = view;
    at = align(at + view.byteLength);
  });
  const { runStart, runClass, keyCode, keySym, keyClass, ...flat } = out as Packed;
  return { ...flat, ...expandCodeTables({ runStart, runClass, keyCode, keySym, keyClass }) };
}

export { fromBase64, toBase64 };
