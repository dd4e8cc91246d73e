/**
 * What `--out` and `--ics` may replace: nothing but a regular file (a FIFO, a device, a folder or a link
 * to one is refused, so `--out /dev/sda --force` run as root cannot replace a device node, and a FIFO
 * cannot hang the command), and `--ics` only a calendar unless `--force`, so a typo such as
 * `--ics draft.md` never overwrites a draft.
 */
import * as fs from 'node:fs';

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function describe(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why `file` must not be replaced (undefined when it does not exist or is a regular file). */
export function notReplaceable(file: string, option: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return undefined;
  }
  if (stat.isFile()) return undefined;
  return `${file} is ${describe(stat)}; ${option} only writes a new file or replaces a regular one`;
}

/** Whether an existing regular file is an iCalendar file (it starts with BEGIN:VCALENDAR). */
export function isCalendar(file: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch {
    return false;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) return false;
    const head = Buffer.alloc(64);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return /^(?:\ufeff)?\s*BEGIN:VCALENDAR/i.test(head.subarray(0, n).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}
