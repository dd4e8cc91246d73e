/** Sequence rules: timing across the drafts of one interview. */
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { siblingsOf } from '../packages/engine/rules/sequence';
import { defaultSettings } from '../packages/engine/settings';
import { draftText, INTERVIEW } from './helpers/drafts';

const settings = defaultSettings();
const today = { year: 2026, month: 11, day: 20 };

function rulesFor(drafts: Record<string, string>, id: string): string[] {
  const list = Object.entries(drafts).map(([k, text]) => ({ id: k, text }));
  const siblings = siblingsOf(list, () => settings, today);
  return check(drafts[id], { settings, today, siblings, id })
    .findings.map((f) => f.rule)
    .filter((r) => ['timing/check-in-before-thank-you', 'timing/check-in-too-soon', 'timing/too-many-check-ins', 'timing/linkedin-before-interview', 'timing/linkedin-before-heads-up'].includes(r));
}

const thankYou = (send: string, extra: Record<string, string> = {}) => draftText({ kind: 'thank-you', ...INTERVIEW, send_date: send, ...extra });
const checkIn = (send: string, extra: Record<string, string> = {}) =>
  draftText({ kind: 'check-in', ...INTERVIEW, reply_deadline: '2026-11-23', send_date: send, ...extra });

describe('sequence rules', () => {
  it('flags a check-in planned before the thank-you, and not one after it', () => {
    expect(rulesFor({ t: thankYou('2026-11-30'), c: checkIn('2026-11-27') }, 'c')).toEqual(['timing/check-in-before-thank-you']);
    expect(rulesFor({ t: thankYou('2026-11-20'), c: checkIn('2026-11-27') }, 'c')).toEqual([]);
    expect(rulesFor({ t: thankYou('2026-11-30'), c: checkIn('2026-11-27') }, 't')).toEqual([]);
  });

  it('only compares drafts of the same interview (company and day)', () => {
    const other = draftText({ kind: 'thank-you', ...INTERVIEW, company: 'Carrow Estates', send_date: '2026-11-30' });
    const sameCompanyOtherDay = draftText({ kind: 'thank-you', ...INTERVIEW, interview_date: '2026-11-19', send_date: '2026-11-30' });
    expect(rulesFor({ t: other, u: sameCompanyOtherDay, c: checkIn('2026-11-27') }, 'c')).toEqual([]);
    // "Hartley and Finch" without "LLP" is the same company.
    const sameCompany = draftText({ kind: 'thank-you', ...INTERVIEW, company: 'Hartley and Finch', send_date: '2026-11-30' });
    expect(rulesFor({ t: sameCompany, c: checkIn('2026-11-27') }, 'c')).toEqual(['timing/check-in-before-thank-you']);
  });

  it('wants a week between check-ins: 6 days is too soon, 7 is fine', () => {
    expect(rulesFor({ a: checkIn('2026-11-27'), b: checkIn('2026-12-03') }, 'b')).toEqual(['timing/check-in-too-soon']);
    expect(rulesFor({ a: checkIn('2026-11-27'), b: checkIn('2026-12-04') }, 'b')).toEqual([]);
    expect(rulesFor({ a: checkIn('2026-11-27'), b: checkIn('2026-12-03') }, 'a')).toEqual([]);
  });

  it('says to let it go at the third check-in, and sent check-ins count', () => {
    const drafts = { a: checkIn('2026-11-27', { sent: '2026-11-27' }), b: checkIn('2026-12-04', { sent: '2026-12-04' }), c: checkIn('2026-12-11') };
    expect(rulesFor(drafts, 'c')).toEqual(['timing/too-many-check-ins']);
    expect(rulesFor(drafts, 'b')).toEqual([]);
  });

  it('offers the first good day as the new send date', () => {
    const drafts = { a: checkIn('2026-11-27'), b: checkIn('2026-12-01') };
    const list = Object.entries(drafts).map(([id, text]) => ({ id, text }));
    const finding = check(drafts.b, { settings, today, siblings: siblingsOf(list, () => settings, today), id: 'b' }).findings.find(
      (f) => f.rule === 'timing/check-in-too-soon',
    )!;
    expect(finding.actual).toBe('2026-12-01');
    expect(finding.suggestions).toEqual(['2026-12-04']);
    expect(finding.data).toEqual({ type: 'set-send-date', date: '2026-12-04' });
  });

  it('flags a LinkedIn request before the interview, not after it', () => {
    const early = draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: '2026-11-19' }, 'Dear Margaret, I would be glad to connect. Anna');
    const late = draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: '2026-11-21' }, 'Dear Margaret, I would be glad to connect. Anna');
    expect(rulesFor({ l: early }, 'l')).toEqual(['timing/linkedin-before-interview']);
    expect(rulesFor({ l: late }, 'l')).toEqual([]);
    // The general rule does not report it a second time.
    expect(check(early, { settings, today }).findings.map((f) => f.rule)).not.toContain('timing/before-interview');
  });

  it('wants the heads-up email before the LinkedIn request', () => {
    const request = (send: string) => draftText({ kind: 'linkedin-request', ...INTERVIEW, send_date: send }, 'Dear Margaret, I would be glad to connect. Anna');
    const headsUp = draftText({ kind: 'linkedin-heads-up', ...INTERVIEW, send_date: '2026-11-23' });
    expect(rulesFor({ h: headsUp, l: request('2026-11-23') }, 'l')).toEqual(['timing/linkedin-before-heads-up']);
    expect(rulesFor({ h: headsUp, l: request('2026-11-24') }, 'l')).toEqual([]);
  });
});
