/** The follow-up plan: states and dates for a set of drafts at a given today. */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../packages/engine/plan';
import { readSibling } from '../packages/engine/siblings';
import { defaultSettings } from '../packages/engine/settings';
import { draftText, INTERVIEW } from './helpers/drafts';

const settings = defaultSettings();
const today = { year: 2026, month: 11, day: 25 };

function plan(drafts: Record<string, string>) {
  const siblings = Object.entries(drafts).map(([id, text]) => readSibling(id, text, settings, today)!);
  return buildPlan(siblings, today);
}

describe('plan', () => {
  it('groups drafts by interview and gives each a state and a date', () => {
    const groups = plan({
      'thank-you.md': draftText({ kind: 'thank-you', ...INTERVIEW, sent: '2026-11-20' }),
      'check-in.md': draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-27' }),
      'linkedin.md': draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: '2026-11-21' }),
      'poi.md': draftText({ kind: 'point-of-interest', ...INTERVIEW }),
      'other.md': draftText({ kind: 'thank-you', company: 'Carrow Estates', interviewer: 'Priya Natarajan', interview_date: '2026-11-24' }),
    });
    expect(groups.map((g) => g.company)).toEqual(['Hartley & Finch LLP', 'Carrow Estates']);
    const hartley = groups[0].entries.map((e) => [e.draft.id, e.state, e.label]);
    expect(hartley).toEqual([
      ['thank-you.md', 'sent', 'sent Fri 20 Nov'],
      ['linkedin.md', 'overdue', 'overdue since Sat 21 Nov'],
      ['poi.md', 'due-today', 'due today'],
      ['check-in.md', 'waiting', 'waiting until Tue 1 Dec'],
    ]);
    // A thank-you for an interview yesterday, not sent, with no send_date: due by today.
    expect(groups[1].entries.map((e) => [e.state, e.label])).toEqual([['due-today', 'due today']]);
  });

  it('marks a thank-you whose day has passed as overdue even without a send_date', () => {
    const [group] = plan({ 't.md': draftText({ kind: 'thank-you', ...INTERVIEW }) });
    expect(group.entries[0].state).toBe('overdue');
    expect(group.entries[0].label).toBe('overdue since Sat 21 Nov');
  });
});
