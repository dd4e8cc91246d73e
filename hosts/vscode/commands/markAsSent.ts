/**
 * "Follow-Up: Mark as Sent": writes `sent: TODAY` into the draft's front matter as an editor edit (so
 * Undo takes it back), saves the draft when it had no other unsaved changes, and refreshes the view.
 */
import * as vscode from 'vscode';
import { formatHuman } from '../../../packages/engine/dates';
import { todayProvider } from '../../language-server/today';
import { draftDocument, NO_DRAFT_OPEN } from '../editor/draftTarget';
import { sentEdit } from '../sentEdit';

/** What the command returns, for scripts and tests. */
export interface MarkAsSentResult {
  uri?: string;
  /** The date written (YYYY-MM-DD). */
  sent?: string;
  /** Whether the text changed (false when it already said it was sent today). */
  changed?: boolean;
  error?: string;
}

export function markAsSentCommand(onMarked: (uri: vscode.Uri) => void): (arg?: unknown) => Promise<MarkAsSentResult> {
  return async (arg) => {
    const document = await draftDocument(arg);
    if (!document) return fail(NO_DRAFT_OPEN);
    const today = todayProvider(undefined).today();
    const result = sentEdit(document.getText(), today);
    if (!result.ok) return fail(result.message);
    const uri = document.uri.toString();
    if (!result.edit) {
      void vscode.window.showInformationMessage(`This draft is already marked as sent on ${formatHuman(today)}.`);
      return { uri, sent: result.sent, changed: false };
    }
    const hadUnsavedChanges = document.isDirty;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(result.edit.start), document.positionAt(result.edit.end)), result.edit.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return fail('The draft could not be changed (is it read-only?). Add "sent: ' + result.sent + '" to its front matter by hand.');
    // A draft marked from the view may not be open anywhere: save it rather than leave an unseen change.
    // One with unsaved work of the user's own stays unsaved, so nothing is saved behind their back.
    if (!hadUnsavedChanges && !document.isUntitled) await document.save();
    onMarked(document.uri);
    void vscode.window.showInformationMessage(`Marked as sent on ${formatHuman(today)}: the timing checks stop and the Follow-Ups view shows it as sent.`);
    return { uri, sent: result.sent, changed: true };
  };
}

function fail(message: string): MarkAsSentResult {
  void vscode.window.showWarningMessage(message);
  return { error: message };
}
