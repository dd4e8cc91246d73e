/**
 * Reading the compiled language data (word lists, the lexicon, the misspellings table) as plain bytes:
 * `Uint8Array`, `TextDecoder` and `DataView`, which every host has, rather than Node's `Buffer`, which a
 * web worker lacks. A Node `Buffer` is a `Uint8Array`, so the Node hosts pass theirs unchanged.
 */
const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The UTF-8 text of `bytes[start, end)`. */
export function utf8Text(bytes: Uint8Array, start = 0, end = bytes.length): string {
  return decoder.decode(bytes.subarray(start, end));
}

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The order of `a[aStart, aEnd)` against `b[bStart, bEnd)`, byte by byte (as Buffer.compare): -1, 0 or 1. */
export function compareBytes(a: Uint8Array, aStart: number, aEnd: number, b: Uint8Array, bStart: number, bEnd: number): number {
  const length = Math.min(aEnd - aStart, bEnd - bStart);
  for (let i = 0; i < length; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const [la, lb] = [aEnd - aStart, bEnd - bStart];
  return la === lb ? 0 : la < lb ? -1 : 1;
}

export function readUint32LE(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, true);
}
