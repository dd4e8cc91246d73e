/** "Follow-Up: Copy as Email": the draft's subject and body as plain text on the clipboard. */
import * as vscode from 'vscode';
import { draftEmail } from '../editor/draftTarget';
import { clipboardText, copiedMessage } from '../emailText';

export interface CopyAsEmailResult {
  /** The text put on the clipboard. */
  text?: string;
  error?: string;
}

export function copyAsEmailCommand(): (arg?: unknown) => Promise<CopyAsEmailResult> {
  return async (arg) => {
    const result = await draftEmail(arg);
    if (!result.ok) return { error: result.message };
    const text = clipboardText(result.email);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(copiedMessage(result.email));
    return { text };
  };
}
