/**
 * "Copy as Email" and "Open in Mail Client" without the editor: the text put on the clipboard, the
 * message shown after copying, and the `mailto:` link handed to the mail client.
 */
import { mailtoLink, toPlainEmail, type PlainEmail } from '../../packages/engine/plainText';
import { isDraftText, NOT_A_DRAFT } from './draftText';

export type EmailResult = { ok: true; email: PlainEmail } | { ok: false; message: string };

export function emailFromDraft(text: string): EmailResult {
  return isDraftText(text) ? { ok: true, email: toPlainEmail(text) } : { ok: false, message: NOT_A_DRAFT };
}

/** `Subject: ...`, a blank line, then the body; just the body when there is no subject. */
export function clipboardText(email: PlainEmail): string {
  return email.subject ? `Subject: ${email.subject}\n\n${email.body}` : email.body;
}

export function copiedMessage(email: PlainEmail): string {
  const to = email.to ? ` to ${email.to}` : '';
  if (!email.subject) {
    return `Copied the email body to the clipboard. It has no subject: add "subject:" to the front matter, or write one in your mail client before you send it${to}.`;
  }
  return `Copied the subject and body to the clipboard: paste them into a new email${to}.`;
}

/**
 * Mail clients (and the Windows shell) cut links longer than about 2,000 characters, dropping the end of
 * the body; past this length "Open in Mail Client" says so and points to "Copy as Email".
 */
export const MAILTO_SAFE_LENGTH = 2000;

export interface MailClientLink {
  /**
   * The finished `mailto:` link. Hand this string to the editor as it is: `vscode.Uri.parse` decodes the
   * query, so an `&` or `=` written in the subject or body would split it into parameters.
   */
  link: string;
  /** A warning to show when the link is long enough for a mail client to cut it short. */
  warning?: string;
}

export function mailClientLink(email: PlainEmail): MailClientLink {
  const link = mailtoLink(email);
  const warning =
    link.length > MAILTO_SAFE_LENGTH
      ? 'This email is long, and some mail clients cut the end off long mailto links. Check that the whole body arrived, or use "Follow-Up: Copy as Email" instead.'
      : undefined;
  return { link, warning };
}
