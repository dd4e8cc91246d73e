/**
 * What the sequence rules and the plan know of another draft of the same interview. Its own module, apart
 * from siblings.ts (which reads it from a draft's front matter), so the rule types can name it without
 * importing the reader: siblings.ts -> facts.ts -> rules/types.ts would otherwise lead back to siblings.ts.
 */
import type { DateValue } from './dates';
import type { Kind } from './kinds';

export interface SiblingDraft {
  /** The file's path or URI: what identifies it to the caller. */
  id: string;
  kind?: Kind;
  company?: string;
  interviewer?: string;
  interview?: DateValue;
  subject?: string;
  /** send_date as written, when valid. */
  sendDate?: DateValue;
  /** When it was sent (`sent:`), if it was. */
  sent?: DateValue;
  /** When it goes (or went) out: sent, else send_date, else the earliest good day, else today. */
  when: DateValue;
  /** The earliest good day to send, when the draft's window is still open. */
  earliestGood?: DateValue;
  /** The last good day, when the kind has one (thank-you due, other-offer answer by). */
  latest?: DateValue;
  /** A thank-you's main text as the panel check compares it (panelWords.ts); other kinds have none. */
  panelWords?: string;
}
