import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { defaultSettings } from '../packages/engine/settings';
import { draftPlan } from '../packages/engine/timeline';

const date = (s: string): DateValue => {
  const p = parseDateValue(s);
  if (!p.ok) throw new Error(s);
  return p.value;
};

function planOf(frontMatter: string, today: string) {
  const result = check(`---\n${frontMatter}\n---\n\nDear Ms Hale,\n\nThank you.\n\nKind regards,\nAnna\n`, {
    settings: defaultSettings(),
    today: date(today),
  });
  return draftPlan(result.facts, defaultSettings(), date(today));
}

describe('draftPlan', () => {
  it('says "Send today" for a thank-you on the interview day, with the due date in the detail', () => {
    const plan = planOf('kind: thank-you\ncompany: Hartley\ninterview_date: 2026-11-20', '2026-11-20');
    expect(plan.next.title).toBe('Send today');
    expect(plan.entries.map((e) => e.label)).toEqual(['Interview', 'Send (no send_date: today)', 'Thank-you due by']);
  });

  it('asks to send a thank-you now the day after, and says it was due once the window closed', () => {
    const tomorrow = planOf('kind: thank-you\ninterview_date: 2026-11-20', '2026-11-21');
    expect(tomorrow.next.title).toMatch(/^Send now: the thank-you is due by /);
    const late = planOf('kind: thank-you\ninterview_date: 2026-11-20', '2026-11-30');
    // The headline names the same day as the Follow-Ups view and `followup timeline`.
    expect(late.next.title).toBe('Send now: overdue since Sat 21 Nov');
    expect(late.stateLabel).toBe('overdue since Sat 21 Nov');
  });

  it('names the first good check-in day with its distance, and offers it as send_date', () => {
    const plan = planOf('kind: check-in\ninterview_date: 2026-11-20\nreply_deadline: 2026-11-27', '2026-11-27');
    expect(plan.checkInFrom).toEqual(date('2026-12-01'));
    expect(plan.next.title).toBe('Check in on or after Tue 1 Dec (in 4 days)');
    expect(plan.next.suggestSendDate).toBe('2026-12-01');
  });

  it('uses the configured wait for check-ins', () => {
    const settings = { ...defaultSettings(), checkInWaitDays: 7 };
    const result = check('---\nkind: check-in\ninterview_date: 2026-11-20\nreply_deadline: 2026-11-27\n---\n', { settings, today: date('2026-11-28') });
    expect(draftPlan(result.facts, settings, date('2026-11-28')).next.title).toBe('Check in on or after Fri 4 Dec (in 6 days)');
  });

  it('says "Send today" once the check-in wait is over and no send_date is set', () => {
    const plan = planOf('kind: check-in\ninterview_date: 2026-11-20\nreply_deadline: 2026-11-27', '2026-12-02');
    expect(plan.next.title).toBe('Send today');
    expect(plan.next.suggestSendDate).toBeUndefined();
  });

  it('reports a sent draft as done', () => {
    const plan = planOf('kind: check-in\ninterview_date: 2026-11-20\nreply_deadline: 2026-11-27\nsent: 2026-11-20', '2026-12-02');
    expect(plan.next.title).toBe('Sent on Fri 20 Nov');
  });

  it('puts the other offer deadline in the action', () => {
    const plan = planOf('kind: other-offer\ninterview_date: 2026-11-20\noffer_deadline: 2026-11-26', '2026-11-20');
    expect(plan.next.title).toBe('Send today: reply to the other offer by Thu 26 Nov (in 6 days)');
  });

  it('plans a future send_date and asks for missing dates', () => {
    expect(planOf('kind: point-of-interest\ninterview_date: 2026-11-20\nsend_date: 2026-11-24', '2026-11-20').next.title).toBe('Send on Tue 24 Nov (in 4 days)');
    expect(planOf('kind: point-of-interest', '2026-11-20').next.title).toBe('Add interview_date');
    expect(planOf('kind: check-in\ninterview_date: 2026-11-20', '2026-11-20').next.title).toBe('Add reply_deadline');
    expect(planOf('kind: thank-you\ninterview_date: 2026-11-25', '2026-11-20').next.title).toBe('Wait for the interview on Wed 25 Nov (in 5 days)');
  });
});
