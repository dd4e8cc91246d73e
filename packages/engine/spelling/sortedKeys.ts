/**
 * A table of keys, each with a payload, compiled at build time into one buffer that loading reads and
 * never builds: the keys sorted by their UTF-8 bytes and front-coded in blocks of 16 (an entry stores only
 * what differs from the key before it), with the offset of each block's first entry stored after them. A
 * lookup is a binary search over the blocks and a walk of at most 16 entries. The word lists take about
 * half their plain text this way, where a hash table of offsets beside the text took 165 %. (A key with a
 * tab or a line feed is never stored, so looking one up finds nothing.)
 *
 * Layout: a JSON header line; the entries, each one byte (32 + the length of the prefix it shares with
 * the key before it; 32 at a block's start), the rest of its key, a tab, its payload and a line feed; zero
 * padding to a multiple of four bytes; the block offsets (little-endian uint32); and a 12-byte trailer:
 * the text's length, the number of blocks and the magic "FUSK". Keys hold no tab nor line feed, payloads
 * no line feed.
 */
import { compareBytes, readUint32LE, utf8Bytes, utf8Text } from '../bytes';

const MAGIC = 0x4b535546; // "FUSK" read as a little-endian uint32
const BLOCK = 16;
const TAB = 9;
const LINE_FEED = 10;
/** The shared-prefix byte is 32 + the length, so it is never a tab or a line feed. */
const SHARED_BASE = 32;
const MAX_SHARED = 255 - SHARED_BASE;

/** Compiles keys and payloads (the first of a repeated key wins) under a header into the layout above. */
export function compileSortedKeys(header: unknown, entries: Iterable<readonly [string, string]>): Uint8Array {
  const unique = new Map<string, string>();
  for (const [key, payload] of entries) {
    if (!key || /[\t\n]/.test(key) || payload.includes('\n')) continue;
    if (!unique.has(key)) unique.set(key, payload);
  }
  const keyed = [...unique].map(([key, payload]) => ({ bytes: utf8Bytes(key), payload: utf8Bytes(payload) }));
  keyed.sort((a, b) => compareBytes(a.bytes, 0, a.bytes.length, b.bytes, 0, b.bytes.length));

  const chunks: Uint8Array[] = [utf8Bytes(`${JSON.stringify(header)}\n`)];
  let length = chunks[0].length;
  const blocks: number[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  keyed.forEach(({ bytes, payload }, i) => {
    let shared = 0;
    if (i % BLOCK === 0) blocks.push(length);
    else while (shared < MAX_SHARED && shared < previous.length && shared < bytes.length && previous[shared] === bytes[shared]) shared++;
    const entry = new Uint8Array(1 + bytes.length - shared + 1 + payload.length + 1);
    entry[0] = SHARED_BASE + shared;
    entry.set(bytes.subarray(shared), 1);
    entry[1 + bytes.length - shared] = TAB;
    entry.set(payload, 2 + bytes.length - shared);
    entry[entry.length - 1] = LINE_FEED;
    chunks.push(entry);
    length += entry.length;
    previous = bytes;
  });

  const padded = Math.ceil(length / 4) * 4;
  const out = new Uint8Array(padded + blocks.length * 4 + 12);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  const view = new DataView(out.buffer);
  blocks.forEach((offset, i) => view.setUint32(padded + i * 4, offset, true));
  const trailer = padded + blocks.length * 4;
  view.setUint32(trailer, length, true);
  view.setUint32(trailer + 4, blocks.length, true);
  view.setUint32(trailer + 8, MAGIC, true);
  return out;
}

export class SortedKeys {
  readonly header: unknown;
  /** The entries' text; payload offsets returned by `find` point into it. */
  readonly data: Uint8Array;
  private readonly blocks: Uint32Array;
  private key: Uint8Array = new Uint8Array(256);

  /** A buffer written by compileSortedKeys; `what` names it in the error for any other buffer. */
  constructor(compiled: Uint8Array, what: string) {
    if (compiled.length < 12 || readUint32LE(compiled, compiled.length - 4) !== MAGIC) {
      throw new Error(`${what} is not in the current format; rebuild with "npm run build".`);
    }
    const textLength = readUint32LE(compiled, compiled.length - 12);
    const count = readUint32LE(compiled, compiled.length - 8);
    const start = compiled.byteOffset + Math.ceil(textLength / 4) * 4;
    this.data = compiled.subarray(0, textLength);
    // A view when aligned (a file read whole is); otherwise a copy.
    this.blocks = start % 4 === 0 ? new Uint32Array(compiled.buffer, start, count) : new Uint32Array(compiled.buffer.slice(start, start + count * 4));
    this.header = JSON.parse(utf8Text(this.data, 0, this.data.indexOf(LINE_FEED)));
  }

  /** Where the payload of the key `target[0, length)` (UTF-8) starts in `data`, or -1 when it is absent. */
  find(target: Uint8Array, length: number): number {
    const { data, blocks } = this;
    // The last block whose first key is at most the target.
    let low = 0;
    let high = blocks.length - 1;
    if (high < 0 || this.compareFirst(blocks[0], target, length) > 0) return -1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.compareFirst(blocks[middle], target, length) <= 0) low = middle;
      else high = middle - 1;
    }
    let at = blocks[low];
    const end = low + 1 < blocks.length ? blocks[low + 1] : data.length;
    let keyLength = 0;
    while (at < end) {
      const shared = data[at++] - SHARED_BASE;
      keyLength = shared;
      while (data[at] !== TAB) {
        if (keyLength === this.key.length) this.key = grown(this.key);
        this.key[keyLength++] = data[at++];
      }
      const order = compareBytes(this.key, 0, keyLength, target, 0, length);
      if (order === 0) return at + 1;
      if (order > 0) return -1;
      at = data.indexOf(LINE_FEED, at) + 1;
    }
    return -1;
  }

  /** The payload starting at `start` (from `find`), as text. */
  payload(start: number): string {
    return utf8Text(this.data, start, this.data.indexOf(LINE_FEED, start));
  }

  /** Every key and payload, in order (for tests and tools). */
  *entries(): Generator<[string, string]> {
    const { data } = this;
    let key: Uint8Array = new Uint8Array(0);
    for (let at = data.indexOf(LINE_FEED) + 1; at < data.length; ) {
      const shared = data[at] - SHARED_BASE;
      const tab = data.indexOf(TAB, at);
      const lineEnd = data.indexOf(LINE_FEED, tab);
      const next = new Uint8Array(shared + tab - at - 1);
      next.set(key.subarray(0, shared));
      next.set(data.subarray(at + 1, tab), shared);
      key = next;
      yield [utf8Text(key), utf8Text(data, tab + 1, lineEnd)];
      at = lineEnd + 1;
    }
  }

  /** The order of the block's first key (stored whole, up to its tab) against the target. */
  private compareFirst(at: number, target: Uint8Array, length: number): number {
    const { data } = this;
    let i = 0;
    for (let p = at + 1; ; p++, i++) {
      const byte = data[p];
      if (byte === TAB) return i === length ? 0 : -1;
      if (i === length) return 1;
      if (byte !== target[i]) return byte < target[i] ? -1 : 1;
    }
  }
}

function grown(bytes: Uint8Array): Uint8Array {
  const bigger = new Uint8Array(bytes.length * 2);
  bigger.set(bytes);
  return bigger;
}
