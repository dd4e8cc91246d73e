/**
 * How the VS Code client reads a workspace file (a template, `.followup.json`, a draft for the Follow-Ups
 * view): only a file (a FIFO, a device or a folder is "not a file" to VS Code and is refused) of at most
 * `maxBytes`, checked with `stat` before it is read, through the editor's file system so it works in
 * remote and virtual workspaces too. Refusals are `BoundedReadError`s with a reason a user can act on.
 */
import * as vscode from 'vscode';

/** Cap for a template and for `.followup.json`, as the server's cap for settings files: 5 MB. */
export const WORKSPACE_FILE_MAX_BYTES = 5 * 1024 * 1024;

export class BoundedReadError extends Error {}

export async function readBoundedText(uri: vscode.Uri, maxBytes: number = WORKSPACE_FILE_MAX_BYTES): Promise<string> {
  const stat = await vscode.workspace.fs.stat(uri);
  if ((stat.type & vscode.FileType.File) === 0) throw new BoundedReadError(`${uri.fsPath} is not a regular file; only regular files are read.`);
  if (stat.size > maxBytes) throw new BoundedReadError(`${uri.fsPath} is ${stat.size} bytes, over the ${maxBytes} that are read.`);
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > maxBytes) throw new BoundedReadError(`${uri.fsPath} grew past the ${maxBytes} bytes that are read.`);
  return new TextDecoder().decode(bytes);
}
