/** Turns the paths a user gives into the Markdown files to check. */
import * as fs from 'node:fs';
import * as path from 'node:path';

const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out']);

export interface FileList {
  files: Array<{ display: string; absolute: string }>;
  errors: string[];
}

export function collectFiles(paths: readonly string[]): FileList {
  const list: FileList = { files: [], errors: [] };
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    list.files.push({ display, absolute });
  };
  for (const given of paths) {
    const absolute = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      list.errors.push(
        code === 'ENOENT'
          ? `${given}: no such file or folder; check the path.`
          : `${given}: cannot be read (${code ?? (error as Error).message}).`,
      );
      continue;
    }
    if (stat.isDirectory()) walk(given, absolute, add, list);
    else add(given, absolute);
  }
  return list;
}

function walk(display: string, absolute: string, add: (d: string, a: string) => void, list: FileList): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    list.errors.push(`${display}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const childDisplay = path.join(display, entry.name);
    const childAbsolute = path.join(absolute, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(childDisplay, childAbsolute, add, list);
    } else if (entry.isFile() && MARKDOWN.test(entry.name)) {
      add(childDisplay, childAbsolute);
    }
  }
}

/** Whether a file's bytes look like a binary file rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
