/**
 * Where the compiled language data is: beside the bundle (dist/dictionaries/, the folder the build
 * writes), or, from the TypeScript sources in tests, in the build's dist/dictionaries above them; and
 * where a source package is in node_modules, for data compiled on first use when no build is found.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

function upwards(relatives: (dir: string) => string[]): string | undefined {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const candidate of relatives(dir)) if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A compiled data file (a path under dictionaries/), from the bundle's folder or the build's dist/. */
export function compiledFile(name: string): string | undefined {
  return upwards((dir) => [join(dir, 'dictionaries', name), join(dir, 'dist', 'dictionaries', name)]);
}

/** A file of an installed package (a path under node_modules/). */
export function packageFile(path: string): string | undefined {
  return upwards((dir) => [join(dir, 'node_modules', path)]);
}

/**
 * Compiled data read once per process, whichever thread reads it first: the bytes live in a
 * SharedArrayBuffer that the language server's main thread (spelling suggestions) and its check worker
 * (node/checkWorker.ts) both read, so the dictionaries are in memory once, not once per thread.
 */
const shared = new Map<string, SharedArrayBuffer>();
let announce: ((file: string, bytes: SharedArrayBuffer) => void) | undefined;

/** The bytes of a compiled data file, shared with the other threads of the process. */
export function readCompiledData(file: string): Buffer {
  let bytes = shared.get(file);
  if (!bytes) {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      bytes = new SharedArrayBuffer(size);
      const view = new Uint8Array(bytes);
      for (let read = 0; read < size; ) {
        const n = readSync(fd, view, read, size - read, read);
        if (n === 0) throw new Error(`${file} was cut short while it was read; run "npm run build" again.`);
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    shared.set(file, bytes);
    announce?.(file, bytes);
  }
  return Buffer.from(bytes);
}

/** Data another thread has read: used instead of reading the file again. */
export function adoptCompiledData(files: Iterable<readonly [string, SharedArrayBuffer]>): void {
  for (const [file, bytes] of files) if (!shared.has(file)) shared.set(file, bytes);
}

/** Everything read so far, to hand to a new thread. */
export function compiledDataRead(): Array<[string, SharedArrayBuffer]> {
  return [...shared];
}

/** Called for each file this thread reads from disk, to pass it on to the other threads. */
export function onCompiledDataRead(listener: ((file: string, bytes: SharedArrayBuffer) => void) | undefined): void {
  announce = listener;
}
