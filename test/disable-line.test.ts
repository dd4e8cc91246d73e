/** "Disable RULE for this line" must silence the rule without changing the email itself. */
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { defaultSettings } from '../packages/engine/settings';
import { toPlainEmail } from '../packages/engine/plainText';
import { disableLineEdit } from '../hosts/language-server/textEdits';

const settings = defaultSettings();
const today = { year: 2026, month: 11, day: 20 };
const DRAFT = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
subject: Thank you
---

Dear Ms Hale,

Thank you for meeting me today. I enjoyed hearing about the team
and I need an answer ASAP because I have other interviews.
I hope to hear from you soon.

Kind regards,
Anna Lewis
`;

function disable(text: string, rule: string) {
  const finding = check(text, { settings, today }).findings.find((f) => f.rule === rule)!;
  const edit = disableLineEdit(text, finding.range.start.line, rule)!;
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('disable for this line', () => {
  it('inside a paragraph: comments the line above, so the paragraph and the email stay whole', () => {
    const after = disable(DRAFT, 'tone/pushy');
    expect(after).toContain('about the team <!-- followup-disable-next-line tone/pushy -->\nand I need');
    expect(check(after, { settings, today }).findings.map((f) => f.rule)).not.toContain('tone/pushy');
    expect(toPlainEmail(after)).toEqual(toPlainEmail(DRAFT));
  });

  it('at the start of a paragraph: a comment line of its own', () => {
    const text = DRAFT.replace('Thank you for meeting me today.', 'I need an answer ASAP. Thank you for meeting me today.').replace(
      'and I need an answer ASAP because I have other interviews.',
      'and the way you work.',
    );
    const after = disable(text, 'tone/pushy');
    expect(after).toContain('Dear Ms Hale,\n\n<!-- followup-disable-next-line tone/pushy -->\nI need an answer ASAP.');
    expect(check(after, { settings, today }).findings.map((f) => f.rule)).not.toContain('tone/pushy');
    expect(toPlainEmail(after)).toEqual(toPlainEmail(text));
  });

  it('never touches the front matter', () => {
    expect(disableLineEdit(DRAFT, 2, 'frontmatter/unknown-field')).toBeUndefined();
  });
});
