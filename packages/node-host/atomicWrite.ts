/**
 * The one way the product writes a file, so a crash, a full disk or a concurrent reader never sees half
 * of one: the text goes to a temporary file beside the target (flushed to disk), which then takes the
 * target's place in one step. Two ways to take it:
 * - `replaceFileAtomic`: rename over the target (settings files, calendars, `--force`).
 * - `createFileAtomic`: hard-link into place, which fails when the target exists, so a draft the user
 *   already has is never replaced by accident (error code `EEXIST`).
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A hidden temporary name beside `file`, unique even for two writes in the same millisecond. */
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Writes `text` to a new temporary file and flushes it, so the rename that follows publishes whole bytes. */
function writeTemp(temp: string, text: string, mode: number): void {
  const fd = fs.openSync(temp, 'wx', mode);
  try {
    fs.writeFileSync(fd, text, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces (or creates) `file` with `text` atomically. A symbolic link is followed, so the file it points
 * to is updated and the link stays; the file keeps its permissions.
 */
export function replaceFileAtomic(file: string, text: string): void {
  let target = file;
  let mode = 0o666;
  try {
    target = fs.realpathSync(file);
    mode = fs.statSync(target).mode & 0o7777;
  } catch {
    // No such file yet: it is created with the default permissions.
  }
  const temp = tempNameFor(target);
  try {
    writeTemp(temp, text, mode);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Creates `file` with `text` atomically, only if it does not exist: throws an error with code `EEXIST`
 * (and leaves the existing file untouched) when it does.
 */
export function createFileAtomic(file: string, text: string): void {
  const temp = tempNameFor(file);
  try {
    writeTemp(temp, text, 0o666);
    try {
      fs.linkSync(temp, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // File systems without hard links (some network and FAT drives): an exclusive copy still never replaces.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      fs.copyFileSync(temp, file, fs.constants.COPYFILE_EXCL);
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Removes the temporary files a killed writer left beside `file` (hidden names with the writer's pid,
 * whose process no longer runs). Call it holding the file's lock (fileLock.ts), so no live writer's
 * temporary file is touched; returns how many were removed.
 */
export function removeStaleTemps(file: string, isRunning: (pid: number) => boolean): number {
  let target = file;
  try {
    target = fs.realpathSync(file);
  } catch {
    // Not there yet: its temporary files would be beside the name itself.
  }
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/** Whether an error is "the file already exists", as `createFileAtomic` throws it. */
export function isAlreadyExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'EEXIST';
}
