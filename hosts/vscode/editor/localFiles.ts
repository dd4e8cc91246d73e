/**
 * What only the desktop extension can do with local (`file:`) folders: see where a folder really is
 * (through symbolic links) and create a file atomically. The Node entry provides it at activation; the
 * browser has no local files, so there everything goes through `vscode.workspace.fs`.
 */
export interface LocalFiles {
  /** A path's real location, or undefined when it does not exist. */
  realpath(path: string): string | undefined;
  /** Creates the file with `text`, atomically; false when a file of that name already exists. */
  createNew(path: string, text: string): boolean;
}

let provided: LocalFiles | undefined;

export function provideLocalFiles(files: LocalFiles): void {
  provided = files;
}

export function localFiles(): LocalFiles | undefined {
  return provided;
}
