/** Greeting fixes a careful writer would make: no title that does not fit, no stiff full names. */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue } from '../packages/engine';
import { applyFix } from './helpers/applyFix';
import { draftText } from './helpers/drafts';

const today = (() => {
  const d = parseDateValue('2026-11-20');
  if (!d.ok) throw new Error('date');
  return d.value;
})();
const draft = (interviewer: string, greeting: string) =>
  draftText({ kind: 'thank-you', company: 'Brightwell Housing Trust', interviewer, interview_date: '2026-11-20', subject: 'Thank you' }, `${greeting}Thank you for meeting me to discuss the Office Manager role.\n\nKind regards,\nAnna Lewis\n`);
const findings = (text: string) => check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('structure/'));

describe('greeting fixes', () => {
  it.each([
    ['Grace Okafor', 'Dear Mr Shah,\n\n', 'Dear Grace Okafor,'],
    ['Dr Grace Okafor', 'Dear Mr Shah,\n\n', 'Dear Dr Okafor,'],
    ['Grace Okafor', 'Dear John,\n\n', 'Dear Grace,'],
    ['Margaret Hale', 'Dear Ms Hail,\n\n', 'Dear Ms Hale,'],
    ['Laura Moreno', '', 'Dear Laura,'],
    ['Professor Laura Moreno', '', 'Dear Professor Moreno,'],
  ])('for %s, "%s" becomes "%s" and then checks clean', (interviewer, greeting, want) => {
    const text = draft(interviewer, greeting);
    const [f] = findings(text);
    expect(f.rule).toMatch(/greeting/);
    const fixed = applyFix(text, f)!;
    expect(fixed).toContain(`\n${want}\n`);
    expect(findings(fixed)).toEqual([]);
  });

  it.each(['Dear Chef,', 'Dear Chef Ramsay,', 'Dear Gordon,', 'Dear Sir,'])('"%s" to chef Gordon Ramsay is not the wrong person', (greeting) => {
    expect(findings(draft('Gordon Ramsay', `${greeting}\n\n`))).toEqual([]);
  });
});
