/**
 * Language data read once per process, whichever thread reads it first: the bytes of each named file
 * (engine/languageData.ts) live in a SharedArrayBuffer that the language server's main thread (spelling
 * suggestions) and its check worker (node/checkWorker.ts) both read, so the dictionaries are in memory
 * once, not once per thread. The engine sees only Buffers over these bytes; the sharing is the Node host's.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const shared = new Map<string, SharedArrayBuffer>();
let announce: ((name: string, bytes: SharedArrayBuffer) => void) | undefined;

/** A file's bytes read straight into shared memory (no second copy on the heap). */
export function readFileShared(file: string): SharedArrayBuffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new SharedArrayBuffer(size);
    const view = new Uint8Array(bytes);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, view, read, size - read, read);
      if (n === 0) throw new Error(`${file} was cut short while it was read; run "npm run build" again.`);
      read += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Bytes made elsewhere (compiled from a package when there is no build), copied into shared memory. */
export function toShared(buffer: Uint8Array): SharedArrayBuffer {
  const bytes = new SharedArrayBuffer(buffer.byteLength);
  new Uint8Array(bytes).set(buffer);
  return bytes;
}

/**
 * The named data: from another thread's read when there was one, else from `load` (once), then handed
 * on to the other threads. Undefined when `load` has nothing by that name.
 */
export function sharedLanguageData(name: string, load: () => SharedArrayBuffer | undefined): Buffer | undefined {
  let bytes = shared.get(name);
  if (!bytes) {
    bytes = load();
    if (!bytes) return undefined;
    shared.set(name, bytes);
    announce?.(name, bytes);
  }
  return Buffer.from(bytes);
}

/** Data another thread has read: used instead of reading the file again. */
export function adoptLanguageData(files: Iterable<readonly [string, SharedArrayBuffer]>): void {
  for (const [name, bytes] of files) if (!shared.has(name)) shared.set(name, bytes);
}

/** Everything read so far, to hand to a new thread. */
export function languageDataRead(): Array<[string, SharedArrayBuffer]> {
  return [...shared];
}

/** Called for each named file this thread reads, to pass it on to the other threads. */
export function onLanguageDataRead(listener: ((name: string, bytes: SharedArrayBuffer) => void) | undefined): void {
  announce = listener;
}
