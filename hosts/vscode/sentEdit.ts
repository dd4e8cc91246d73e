/**
 * "Mark as Sent" as a text edit: `sent: DATE` in the draft's front matter, replacing the value of an
 * existing `sent:` field, or as a new line just before the closing `---`, written with the line ending
 * the file already uses. No `vscode` import: the command applies the edit it returns.
 */
import { formatIsoDate, type DateValue } from '../../packages/engine/dates';
import { parseFrontMatter } from '../../packages/engine/frontmatter';
import { isDraftText, NOT_A_DRAFT } from './draftText';

export interface TextEdit {
  /** Offsets into the text passed in (a leading byte-order mark counts). */
  start: number;
  end: number;
  newText: string;
}

export type SentEdit =
  | { ok: true; edit: TextEdit; sent: string }
  /** The draft already says it was sent that day: nothing to change. */
  | { ok: true; edit: undefined; sent: string }
  | { ok: false; message: string };

export function sentEdit(text: string, day: DateValue): SentEdit {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const clean = bom ? text.slice(1) : text;
  const sent = formatIsoDate(day);
  const fm = parseFrontMatter(clean);
  if (!fm || !isDraftText(clean)) return { ok: false, message: NOT_A_DRAFT };
  if (!fm.closed) {
    return { ok: false, message: 'The front matter of this draft is never closed: add a line with three dashes (---) after the last field, then mark it as sent.' };
  }
  if (fm.errors.length) {
    // Editing YAML that does not parse could add a second `sent:` the parser never showed us.
    return { ok: false, message: `The draft was not marked as sent. ${fm.errors[0].message}` };
  }
  const existing = fm.fields.get('sent');
  if (existing) {
    if (existing.text.trim() === sent) return { ok: true, edit: undefined, sent };
    // `sent:` with no value: the empty range sits right after the colon, so add the space YAML needs.
    const empty = existing.valueStart === existing.valueEnd;
    return { ok: true, sent, edit: { start: bom + existing.valueStart, end: bom + existing.valueEnd, newText: empty ? ` ${sent}` : sent } };
  }
  // The opening `---` line shows the file's line ending.
  const firstBreak = clean.indexOf('\n');
  const eol = clean.charAt(firstBreak - 1) === '\r' ? '\r\n' : '\n';
  return { ok: true, sent, edit: { start: bom + fm.contentEnd, end: bom + fm.contentEnd, newText: `sent: ${sent}${eol}` } };
}

/** The text with the edit applied (for tests and for callers without an editor). */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}
