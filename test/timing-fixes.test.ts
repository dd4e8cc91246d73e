/**
 * Timing fixes a user can trust: computed from today, weekdays first, never a past date, named by their
 * message; and, over seeded random interview, deadline and send dates and "today", applying any timing
 * fix removes its finding and adds no new warning or error.
 */
import { describe, expect, it } from 'vitest';
import { addDays, check, defaultSettings, formatHuman, formatIsoDate, parseDateValue, weekday, type DateValue, type Finding } from '../packages/engine';
import { setSendDate } from './helpers/applyFix';
import { draftText } from './helpers/drafts';

const date = (s: string): DateValue => {
  const p = parseDateValue(s);
  if (!p.ok) throw new Error(s);
  return p.value;
};
const BODY = 'Dear Ms Hale,\n\nThank you for meeting me on the day. I would be glad to join Hartley & Finch.\n\nKind regards,\nAnna Lewis\n';

function timing(text: string, today: DateValue): Finding[] {
  return check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('timing/'));
}
function fixOf(f: Finding): string | undefined {
  return (f.data as { date?: string } | undefined)?.date;
}
const base = { kind: 'check-in', company: 'Hartley & Finch LLP', interviewer: 'Margaret Hale', interview_date: '2026-11-20' };

describe('timing fixes', () => {
  it('a check-in whose first day is a Sunday is fixed to the Monday its message names', () => {
    // reply_deadline Wed 25 Nov + 4 days = Sun 29 Nov.
    const text = draftText({ ...base, reply_deadline: '2026-11-25', send_date: '2026-11-24' }, BODY);
    const [f] = timing(text, date('2026-11-24'));
    expect(f.rule).toBe('timing/check-in-before-deadline');
    expect(fixOf(f)).toBe('2026-11-30');
    expect(f.message).toContain('on or after Mon 30 Nov 2026');
    expect(f.message).toContain('avoids the weekend');
  });

  it('never offers a past day: a weekend send_date that has passed is fixed to the next weekday from today', () => {
    const text = draftText({ ...base, kind: 'point-of-interest', send_date: '2026-11-22' }, BODY);
    const [f] = timing(text, date('2026-12-05'));
    expect(f.rule).toBe('timing/weekend');
    expect(fixOf(f)).toBe('2026-12-07');
    expect(f.message).toContain('Mon 7 Dec 2026');
  });

  it("fixes a late thank-you's send_date to today, and has nothing to fix once it goes out today", () => {
    const text = draftText({ ...base, kind: 'thank-you', send_date: '2026-11-25' }, BODY);
    const [f] = timing(text, date('2026-11-30'));
    expect(f.rule).toBe('timing/thank-you-late');
    expect(fixOf(f)).toBe('2026-11-30');
    expect(timing(setSendDate(text, '2026-11-30'), date('2026-11-30'))).toEqual([]);
  });

  it('advises asking the other company for more time once the offer deadline has passed, with no date to set', () => {
    const text = draftText({ ...base, kind: 'other-offer', other_company: 'Carrow Estates', offer_deadline: '2026-12-04', send_date: '2026-12-07' }, BODY);
    const [f] = timing(text, date('2026-12-05'));
    expect(f.rule).toBe('timing/offer-deadline-passed');
    expect(fixOf(f)).toBeUndefined();
    expect(f.message).toContain('ask Carrow Estates for more time');
  });

  it('fixes an offer email sent too close to the deadline to the last weekday that gives two days', () => {
    // Deadline Mon 30 Nov: two days before is Sat 28 Nov, so the last weekday is Fri 27 Nov.
    const text = draftText({ ...base, kind: 'other-offer', offer_deadline: '2026-11-30', send_date: '2026-11-29' }, BODY);
    const [f] = timing(text, date('2026-11-23'));
    expect(f.rule).toBe('timing/offer-deadline-close');
    expect(fixOf(f)).toBe('2026-11-27');
    expect(f.message).toContain('Fri 27 Nov 2026');
  });
});

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('timing fixes over random dates (seeded)', () => {
  const serious = (f: Finding) => f.severity !== 'info';
  const kinds = ['thank-you', 'linkedin-heads-up', 'point-of-interest', 'check-in', 'other-offer'];
  it('every fix is today or later, agrees with its message, removes its finding and adds no warning or error', () => {
    const rand = random(20261205);
    const pick = (n: number) => Math.floor(rand() * n);
    const start = date('2026-10-01');
    const problems: string[] = [];
    let fixes = 0;
    for (let i = 0; i < 600; i++) {
      const interview = addDays(start, pick(60));
      const today = addDays(interview, pick(30) - 8);
      const kind = kinds[pick(kinds.length)];
      const fields: Record<string, string> = { ...base, kind, interview_date: formatIsoDate(interview) };
      if (kind === 'check-in') fields.reply_deadline = formatIsoDate(addDays(interview, pick(14)));
      if (kind === 'other-offer') fields.offer_deadline = formatIsoDate(addDays(interview, pick(20)));
      if (rand() < 0.8) fields.send_date = formatIsoDate(addDays(interview, pick(30) - 5));
      const text = draftText(fields, BODY);
      const before = timing(text, today);
      for (const f of before) {
        const fix = fixOf(f);
        if (!fix) continue;
        fixes++;
        const where = `${JSON.stringify(fields)} today ${formatIsoDate(today)}: ${f.rule} -> ${fix}`;
        const fixDate = date(fix);
        if (fix < formatIsoDate(today)) problems.push(`${where}: a past date`);
        if (!f.message.includes(formatHuman(fixDate)) && !(fix === formatIsoDate(today) && /\btoday\b/.test(f.message))) problems.push(`${where}: the message does not name it (${f.message})`);
        const after = timing(setSendDate(text, fix), today);
        // A weekend day only when the good window has no weekday (the weekend note then says so).
        const noWeekday = after.some((g) => g.rule === 'timing/weekend' && g.message.includes('A weekday would be too late'));
        if ((weekday(fixDate) === 0 || weekday(fixDate) === 6) && kind !== 'thank-you' && !noWeekday) problems.push(`${where}: a weekend day`);
        if (after.some((g) => g.rule === f.rule)) problems.push(`${where}: the finding stays`);
        const old = new Set(before.filter(serious).map((g) => g.rule));
        for (const g of after) if (serious(g) && !old.has(g.rule)) problems.push(`${where}: adds ${g.rule}: ${g.message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(fixes).toBeGreaterThan(100);
  });
});
