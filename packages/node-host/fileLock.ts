/**
 * An exclusive lock around a read-modify-write of a shared file (the workspace and user dictionaries),
 * so that two editor windows (two servers) and the CLI adding words at once lose none: the lock is a
 * file `NAME.lock` beside the target, created with O_EXCL (exactly one process can create it) and holding
 * the owner's pid, host and time. The caller re-reads the target under the lock.
 *
 * A lock left by a process that died (killed mid-write) is stale and taken over: its owner's pid is not
 * running on this host, or it is older than `STALE_AFTER_MS` (no write takes that long). Waiting is a
 * short sleep between tries, up to `WAIT_MS`; then a `LockTimeout` says who holds the lock.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';

/** A lock older than this is stale whoever holds it: a dictionary write takes milliseconds. */
export const STALE_AFTER_MS = 10_000;
/** How long to wait for a lock held by a live process before giving up. */
export const WAIT_MS = 5_000;

export class LockTimeout extends Error {}

interface Owner {
  pid: number;
  host: string;
  time: number;
}

/** The file a lock is taken on: the target of a symbolic link, so two names of one file share one lock. */
export function lockTarget(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

export function lockFileFor(file: string): string {
  return `${file}.lock`;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** Whether a process with this pid runs on this machine (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lock: string): { owner?: Owner; text: string; mtimeMs: number } | undefined {
  try {
    const text = fs.readFileSync(lock, 'utf8');
    const mtimeMs = fs.statSync(lock).mtimeMs;
    const [pid, host, time] = text.split('\n');
    const owner = { pid: Number(pid), host: host ?? '', time: Number(time) };
    return { owner: Number.isFinite(owner.pid) ? owner : undefined, text, mtimeMs };
  } catch {
    return undefined; // released meanwhile
  }
}

function isStale(found: { owner?: Owner; mtimeMs: number }, now: number): boolean {
  if (now - found.mtimeMs > STALE_AFTER_MS) return true;
  const { owner } = found;
  // A lock being written (empty for an instant) is not stale; a dead owner on this host is.
  return !!owner && owner.host === os.hostname() && owner.pid !== process.pid && !isRunning(owner.pid);
}

function tryCreate(lock: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lock, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${process.pid}\n${os.hostname()}\n${Date.now()}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Runs `action` while holding the lock of `file`; the lock is released however `action` ends. */
export function withFileLock<T>(file: string, action: () => T, waitMs: number = WAIT_MS): T {
  const lock = lockFileFor(file);
  const deadline = Date.now() + waitMs;
  let pause = 2;
  while (!tryCreate(lock)) {
    const found = readOwner(lock);
    if (found && isStale(found, Date.now())) {
      // Taken over only if it is still the same stale lock (another waiter may have replaced it already).
      const again = readOwner(lock);
      if (again && again.text === found.text) fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      const who = found?.owner ? `process ${found.owner.pid}` : 'another process';
      throw new LockTimeout(`${file} is being changed by ${who} (${lock}); try again in a moment.`);
    }
    sleep(pause + Math.random() * pause);
    pause = Math.min(pause * 2, 50);
  }
  try {
    return action();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
