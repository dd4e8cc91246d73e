/**
 * The one way the product reads a file it was given (a draft, `.followup.json`, `words.txt`): opened
 * once, without blocking (a FIFO with no writer opens at once instead of waiting), checked with `fstat`
 * on that same descriptor to be a regular file, and read up to a cap. A FIFO, a device such as
 * `/dev/zero` (also through a symbolic link), a folder or a file over the cap is refused with a
 * `ReadRefused` whose `reason` a user can act on; nothing is read from it.
 */
import * as fs from 'node:fs';

/** Cap for `.followup.json` and `words.txt`: 5 MB (a 150,000-word list is about 1.5 MB). */
export const SETTINGS_FILE_MAX_BYTES = 5 * 1024 * 1024;

export class ReadRefused extends Error {
  constructor(
    readonly reason: string,
    readonly code?: string,
  ) {
    super(reason);
  }
}

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

/**
 * The bytes of a regular file of at most `maxBytes`. Throws `ReadRefused` for anything else, and for an
 * error opening or reading (its `code` is the system's, e.g. `ENOENT`).
 */
export function readRegularFile(file: fs.PathLike, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadRefused(code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`, code);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ReadRefused(`is ${kindOf(stat)}, not a regular file; only regular files are read`, 'ENOTREG');
    if (stat.size > maxBytes) throw tooLarge(stat.size, maxBytes);
    // Read at most one byte past the cap, so a file that grows while it is read cannot make us read on.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw tooLarge(length, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ReadRefused) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadRefused(`cannot be read (${code ?? (error as Error).message})`, code);
  } finally {
    fs.closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): ReadRefused {
  // Exact bytes when the rounded sizes would read the same ("3.8 MB, over the 3.8 MB").
  const [a, b] = formatBytes(size) === formatBytes(maxBytes) ? [`${size} bytes`, `${maxBytes} bytes`] : [formatBytes(size), formatBytes(maxBytes)];
  return new ReadRefused(`is ${a}, over the ${b} that are read`, 'EFBIG');
}

/** Like `readRegularFile`, as UTF-8 text; `undefined` when the file does not exist. */
export function readRegularTextIfExists(file: fs.PathLike, maxBytes: number): string | undefined {
  try {
    return readRegularFile(file, maxBytes).toString('utf8');
  } catch (error) {
    if (error instanceof ReadRefused && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
