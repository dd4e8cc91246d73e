/** Placing new drafts: the drafts folder, the user's templates, writing and opening with the cursor set. */
import * as vscode from 'vscode';
import { KINDS, type Kind } from '../../../server/src/engine/kinds';
import { templateFileName } from '../../../server/src/templates';
import type { NewDraft } from '../newDrafts';
import { folderInside } from '../workspacePaths';
import type { ClientSettings } from './settings';

export class PlacementError extends Error {}

/** The first workspace folder, or undefined without a workspace (drafts then open untitled). */
export function firstFolder(): vscode.WorkspaceFolder | undefined {
  return vscode.workspace.workspaceFolders?.[0];
}

function settingFolder(folder: vscode.WorkspaceFolder, value: string, name: string): vscode.Uri {
  const result = folderInside(folder.uri.path, value, name);
  if (!result.ok) throw new PlacementError(result.message);
  return folder.uri.with({ path: result.path });
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
      templates[kind] = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(base, templateFileName(kind))));
    } catch {
      // No template of this kind in the folder: the bundled one is used.
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

/** Writes the draft into the folder (creating it) and returns its URI. */
export async function writeDraft(folderUri: vscode.Uri, draft: NewDraft): Promise<vscode.Uri> {
  await vscode.workspace.fs.createDirectory(folderUri);
  const uri = vscode.Uri.joinPath(folderUri, draft.fileName);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft.text));
  return uri;
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
