/** "Follow-Up: Open in Mail Client": a new email in the default mail client, with recipient, subject and body. */
import * as vscode from 'vscode';
import { draftEmail } from '../editor/draftTarget';
import { mailClientLink } from '../emailText';

export interface OpenInMailClientResult {
  /** The `mailto:` link handed to the mail client. */
  link?: string;
  opened?: boolean;
  error?: string;
}

export function openInMailClientCommand(): (arg?: unknown) => Promise<OpenInMailClientResult> {
  return async (arg) => {
    const result = await draftEmail(arg);
    if (!result.ok) return { error: result.message };
    const { link, warning } = mailClientLink(result.email);
    if (warning) void vscode.window.showWarningMessage(warning);
    // The link goes as a string, which VS Code opens exactly as written. A `vscode.Uri` would be decoded
    // and re-encoded on the way (microsoft/vscode#85930), turning an "&" in the body into a new parameter.
    const opened = await vscode.env.openExternal(link as unknown as vscode.Uri);
    if (!opened) {
      const message = 'No mail client opened the email. Use "Follow-Up: Copy as Email" and paste it into your mail instead.';
      void vscode.window.showWarningMessage(message);
      return { link, opened, error: message };
    }
    return { link, opened };
  };
}
