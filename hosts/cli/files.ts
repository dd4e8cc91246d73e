/**
 * Turns the paths a user gives into the Markdown files to check. Folders are read by the bytes of their
 * entries' names, so a file whose name is not UTF-8 is still found and read (by a Buffer path); every
 * name is printed with control characters escaped (printable.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { alwaysSkippedDir } from '../../packages/engine/exclude';
import { printable, printableBytes } from './printable';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;

/** Whether a file or folder found below the folder `root` (both absolute) is left out (exclusion.ts). */
export type Excluded = (absolute: string, root: string) => boolean;

export interface FoundFile {
  /** The name to print: the path as given (or found below a folder given), control characters escaped. */
  display: string;
  /** Where to read it: a string, or the exact bytes when the name is not valid UTF-8. */
  absolute: string | Buffer;
  /** A string form of `absolute`, for looking up `.followup.json` beside and above it. */
  settingsPath: string;
}

export interface FileList {
  files: FoundFile[];
  errors: string[];
}

/** The files given, and the Markdown files below the folders given (less those `excluded`). */
export function collectFiles(paths: readonly string[], excluded: Excluded = () => false): FileList {
  const list: FileList = { files: [], errors: [] };
  const seen = new Set<string>();
  const add = (file: FoundFile) => {
    const key = typeof file.absolute === 'string' ? file.absolute : file.absolute.toString('latin1');
    if (seen.has(key)) return;
    seen.add(key);
    list.files.push(file);
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    const display = printable(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      list.errors.push(code === 'ENOENT' ? `${display}: no such file or folder; check the path.` : `${display}: cannot be read (${code ?? (error as Error).message}).`);
      continue;
    }
    if (stat.isDirectory()) walk(display, Buffer.from(absolute), add, list, (child) => excluded(child, absolute));
    else add({ display, absolute, settingsPath: absolute });
  }
  return list;
}

function walk(display: string, absolute: Buffer, add: (file: FoundFile) => void, list: FileList, excluded: (child: string) => boolean): void {
  let entries: Array<fs.Dirent<Buffer>>;
  try {
    entries = fs.readdirSync(absolute, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    list.errors.push(`${display}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return;
  }
  const named = entries.map((entry) => ({ entry, text: entry.name.toString('utf8') }));
  named.sort((a, b) => a.text.localeCompare(b.text));
  for (const { entry, text } of named) {
    const childDisplay = path.join(display, printableBytes(entry.name));
    const childAbsolute = Buffer.concat([absolute, Buffer.from(path.sep), entry.name]);
    if (entry.isDirectory()) {
      if (!alwaysSkippedDir(text) && !excluded(childAbsolute.toString('utf8'))) walk(childDisplay, childAbsolute, add, list, excluded);
    } else if (entry.isFile() && MARKDOWN.test(text)) {
      const asText = childAbsolute.toString('utf8');
      if (excluded(asText)) continue;
      const exact = Buffer.from(asText).equals(childAbsolute);
      add({ display: childDisplay, absolute: exact ? asText : childAbsolute, settingsPath: asText });
    }
  }
}

/** Whether a file's bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
