/**
 * The draft a command works on: the item it was given (an item of the Follow-Ups view, a file URI from a
 * script or the Explorer) or else the active editor's document. Returned as a text document, so an open
 * draft is read with the editor's unsaved text.
 */
import * as vscode from 'vscode';
import { emailFromDraft, type EmailResult } from '../emailText';

export const NO_DRAFT_OPEN = 'Open a follow-up draft in the editor, or pick one in the Follow-Ups view, and run the command again.';

export async function draftDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = argumentUri(arg);
  if (uri) return vscode.workspace.openTextDocument(uri);
  return vscode.window.activeTextEditor?.document;
}

function argumentUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return vscode.Uri.parse(arg);
  // A Follow-Ups view item (`{ type: 'draft', uri }`), or any object that names a URI.
  const uri = arg && typeof arg === 'object' ? (arg as { uri?: unknown }).uri : undefined;
  if (uri instanceof vscode.Uri) return uri;
  if (typeof uri === 'string' && uri) return vscode.Uri.parse(uri);
  return undefined;
}

/**
 * The email of the draft a command acts on, for "Copy as Email" and "Open in Mail Client"; when there is
 * none (no draft open, not a draft), the reason, already shown to the user.
 */
export async function draftEmail(arg: unknown): Promise<EmailResult> {
  const document = await draftDocument(arg);
  const result: EmailResult = document ? emailFromDraft(document.getText()) : { ok: false, message: NO_DRAFT_OPEN };
  if (!result.ok) void vscode.window.showWarningMessage(result.message);
  return result;
}
