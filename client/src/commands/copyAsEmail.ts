/** "Follow-Up: Copy as Email": the draft's subject and body as plain text on the clipboard. */
import * as vscode from 'vscode';
import { draftDocument, NO_DRAFT_OPEN } from '../editor/draftTarget';
import { clipboardText, copiedMessage, emailFromDraft } from '../emailText';

export interface CopyAsEmailResult {
  /** The text put on the clipboard. */
  text?: string;
  error?: string;
}

export function copyAsEmailCommand(): (arg?: unknown) => Promise<CopyAsEmailResult> {
  return async (arg) => {
    const document = await draftDocument(arg);
    const result = document ? emailFromDraft(document.getText()) : { ok: false as const, message: NO_DRAFT_OPEN };
    if (!result.ok) {
      void vscode.window.showWarningMessage(result.message);
      return { error: result.message };
    }
    const text = clipboardText(result.email);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(copiedMessage(result.email));
    return { text };
  };
}
