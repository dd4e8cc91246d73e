/**
 * The open-addressing hash table of a compiled word list or lexicon (offsets of keys in a buffer), built
 * at build time and stored after the text it indexes, so that loading reads it instead of building it.
 *
 * Layout: the text, zero padding to a multiple of four bytes, the table (little-endian uint32 slots), then
 * a 12-byte trailer: the text's length, the slot count, and the magic "FUHT".
 */
import { readUint32LE } from '../bytes';
const MAGIC = 0x54485546; // "FUHT" read as a little-endian uint32

/** FNV-1a over bytes [from, to). */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** A table at most three quarters full, of `count` keys given as [from, to) ranges of `bytes`, each stored as `from`. */
export function buildTable(bytes: Uint8Array, keys: Iterable<[number, number]>, count: number): Uint32Array {
  let size = 1024;
  while (size * 3 < count * 4) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  for (const [from, to] of keys) {
    let slot = hashBytes(bytes, from, to) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = from;
  }
  return table;
}

/** The text with its table stored after it. */
export function attachTable(text: Uint8Array, table: Uint32Array): Uint8Array {
  const padded = Math.ceil(text.length / 4) * 4;
  const out = new Uint8Array(padded + table.length * 4 + 12);
  out.set(text, 0);
  const view = new DataView(out.buffer);
  for (let i = 0; i < table.length; i++) view.setUint32(padded + i * 4, table[i], true);
  const trailer = padded + table.length * 4;
  view.setUint32(trailer, text.length, true);
  view.setUint32(trailer + 4, table.length, true);
  view.setUint32(trailer + 8, MAGIC, true);
  return out;
}

/** The text and the stored table of a buffer written by attachTable, or the whole buffer and no table. */
export function detachTable(data: Uint8Array): { text: Uint8Array; table?: Uint32Array } {
  if (data.length < 12 || readUint32LE(data, data.length - 4) !== MAGIC) return { text: data };
  const textLength = readUint32LE(data, data.length - 12);
  const slots = readUint32LE(data, data.length - 8);
  const padded = Math.ceil(textLength / 4) * 4;
  const text = data.subarray(0, textLength);
  const start = data.byteOffset + padded;
  // A view when aligned (a file read whole is); otherwise a copy.
  const table = start % 4 === 0 ? new Uint32Array(data.buffer, start, slots) : new Uint32Array(data.buffer.slice(start, start + slots * 4));
  return { text, table };
}
