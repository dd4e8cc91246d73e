/** Placing new drafts: the drafts folder, the user's templates, writing and opening with the cursor set. */
import * as vscode from 'vscode';
import { BoundedReadError, readBoundedText } from './boundedRead';
import { KINDS, type Kind } from '../../../packages/engine/kinds';
import { templateFileName } from '../../shared/templates';
import { uniqueFileName } from '../draftFiles';
import type { NewDraft } from '../newDrafts';
import { draftNameProblem, folderInside, realFolderInside } from '../workspacePaths';
import { localFiles } from './localFiles';
import type { ClientSettings } from './settings';

export class PlacementError extends Error {}

/** The first workspace folder, or undefined without a workspace (drafts then open untitled). */
export function firstFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

function settingFolder(folder: vscode.WorkspaceFolder, value: string, name: string): vscode.Uri {
  const result = folderInside(folder.uri.path, value, name);
  if (!result.ok) throw new PlacementError(result.message);
  const uri = folder.uri.with({ path: result.path });
  const local = localFiles();
  if (uri.scheme === 'file' && local) {
    // Inside by name, but maybe a link to elsewhere: check where it really is.
    const real = realFolderInside(folder.uri.fsPath, uri.fsPath, name, (p) => local.realpath(p));
    if (!real.ok) throw new PlacementError(real.message);
  }
  return uri;
}

export function draftsFolderUri(folder: vscode.WorkspaceFolder, settings: ClientSettings): vscode.Uri {
  return settingFolder(folder, settings.draftsFolder, 'followup.draftsFolder');
}

/** The user's own templates for `kinds`: `<templatesFolder>/<kind>.md`, where present. */
export async function userTemplates(
  folder: vscode.WorkspaceFolder | undefined,
  settings: ClientSettings,
  kinds: readonly Kind[] = KINDS,
): Promise<Partial<Record<Kind, string>>> {
  if (!folder || !settings.templatesFolder.trim()) return {};
  const base = settingFolder(folder, settings.templatesFolder, 'followup.templatesFolder');
  const templates: Partial<Record<Kind, string>> = {};
  for (const kind of kinds) {
    try {
      templates[kind] = await readBoundedText(vscode.Uri.joinPath(base, templateFileName(kind)));
    } catch (error) {
      // No template of this kind in the folder: the bundled one is used. One that is not a regular file,
      // or too large, is not read, and the user is told which and why.
      if (error instanceof BoundedReadError) void vscode.window.showWarningMessage(`${error.message} The bundled ${kind} template is used instead.`);
    }
  }
  return templates;
}

/** Names already in the drafts folder (none when it does not exist yet). */
export async function takenNames(folderUri: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(folderUri)).map(([name]) => name);
  } catch {
    return [];
  }
}

/**
 * Writes the draft into the folder (creating it) and returns its URI. Never over an existing file: when
 * the name was taken meanwhile, the next free `-2`, `-3` name is used. A local file is written atomically
 * (temp file, then linked into place, which fails rather than replace).
 */
export async function writeDraft(folderUri: vscode.Uri, draft: NewDraft): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folderUri);
  const tried: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = uniqueFileName(draft.fileName, tried);
    const problem = draftNameProblem(name);
    if (problem) throw new PlacementError(problem);
    const uri = vscode.Uri.joinPath(folderUri, name);
    if (await createNew(uri, draft.text)) return uri;
    tried.push(name);
  }
  throw new PlacementError(`Could not find a free file name for ${draft.fileName} in ${folderUri.fsPath}; tidy the drafts folder and try again.`);
}

/** Creates the file with `text` unless it exists; false when it does. */
async function createNew(uri: vscode.Uri, text: string): Promise<boolean> {
  const local = localFiles();
  if (uri.scheme === 'file' && local) return local.createNew(uri.fsPath, text);
  // Remote and virtual workspaces, and the browser: the editor's file system, after making sure nothing is there.
  try {
    await vscode.workspace.fs.stat(uri);
    return false;
  } catch {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return true;
  }
}

/** Opens a document (a file, or untitled Markdown with the draft's text) with the cursor at `cursor`. */
export async function openAtCursor(target: vscode.Uri | string, cursor: number, preserveFocus = false): Promise<vscode.TextEditor> {
  const document =
    typeof target === 'string'
      ? await vscode.workspace.openTextDocument({ language: 'markdown', content: target })
      : await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus });
  const position = document.positionAt(cursor);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
