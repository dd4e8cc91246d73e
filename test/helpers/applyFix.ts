/** Applying a finding's quick fix to a draft's text, as the editor's code action does. */
import type { Finding } from '../../packages/engine';

/** The text with the fix applied, or undefined when the finding offers none. */
export function applyFix(text: string, f: Finding): string | undefined {
  const data = f.data as { type?: string; date?: string } | undefined;
  if (data?.type === 'set-send-date' && data.date) return setSendDate(text, data.date);
  if (f.suggestions.length) return text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end);
  return undefined;
}

/** send_date set to `date`: the existing line replaced, or a new line at the end of the front matter. */
export function setSendDate(text: string, date: string): string {
  const end = text.indexOf('\n---', 4);
  const head = text.slice(0, end);
  const line = /^send_date:.*$/m;
  const newHead = line.test(head) ? head.replace(line, `send_date: ${date}`) : `${head}\nsend_date: ${date}`;
  return newHead + text.slice(end);
}
