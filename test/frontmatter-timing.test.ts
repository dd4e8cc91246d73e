/**
 * The frontmatter/ and timing/ families beyond the fixtures: the value readers behind their quick fixes,
 * and no crash or stray range on any front matter a user might type half-way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateValue } from '../packages/engine/dates';
import { parseDraft } from '../packages/engine/draft';
import { readFacts } from '../packages/engine/facts';
import type { Report } from '../packages/engine/finding';
import { readLetter } from '../packages/engine/letter';
import { frontmatterRules } from '../packages/engine/rules/frontmatter';
import { closestDialect, closestField, closestKind, emailProblem, rewriteDate } from '../packages/engine/rules/frontmatterValues';
import { timingRules } from '../packages/engine/rules/timing';
import type { RuleContext } from '../packages/engine/rules/types';
import { defaultSettings } from '../packages/engine/settings';

describe('front-matter value readers', () => {
  it('suggests the field, kind or dialect a user meant', () => {
    expect(closestField('interviewr')).toBe('interviewer');
    expect(closestField('Interview Date')).toBe('interview_date');
    expect(closestField('sendDate')).toBe('send_date');
    expect(closestField('deadline')).toBe('reply_deadline');
    expect(closestField('notes')).toBeUndefined();
    expect(closestField('s')).toBeUndefined();
    expect(closestKind('Thank You')).toBe('thank-you');
    expect(closestKind('checkin')).toBe('check-in');
    expect(closestKind('linkedin')).toBe('linkedin-request');
    expect(closestKind('reminder')).toBeUndefined();
    expect(closestDialect('en_gb')).toBe('en-GB');
    expect(closestDialect('American')).toBe('en-US');
    expect(closestDialect('en')).toBeUndefined();
  });

  it('rewrites dates written another common way, and never guesses an ambiguous one', () => {
    expect(rewriteDate('2026/11/20', true)).toBe('2026-11-20');
    expect(rewriteDate('2026-1-5', true)).toBe('2026-01-05');
    expect(rewriteDate('20/11/2026', true)).toBe('2026-11-20');
    expect(rewriteDate('11/20/2026', true)).toBe('2026-11-20');
    expect(rewriteDate('03/12/2026', true)).toBeUndefined();
    expect(rewriteDate('20 November 2026', true)).toBe('2026-11-20');
    expect(rewriteDate('Fri 20th Nov 2026', true)).toBe('2026-11-20');
    expect(rewriteDate('November 20, 2026 at 14:30', true)).toBe('2026-11-20T14:30');
    expect(rewriteDate('November 20, 2026 at 14:30', false)).toBe('2026-11-20');
    expect(rewriteDate('30 February 2026', true)).toBeUndefined();
    expect(rewriteDate('next Tuesday', true)).toBeUndefined();
  });

  it('says what is wrong with an email address, and fixes only what is certain', () => {
    expect(emailProblem('margaret.hale@hartleyfinch.co.uk')).toBeUndefined();
    expect(emailProblem('Margaret Hale <margaret.hale@hartleyfinch.co.uk>')).toBeUndefined();
    expect(emailProblem('a@hartleyfinch.co.uk, b@hartleyfinch.co.uk')).toBeUndefined();
    expect(emailProblem('margaret.hale@hartleyfinch')?.fix).toBeUndefined();
    expect(emailProblem('margaret.hale@hartleyfinch')?.problem).toContain('domain');
    expect(emailProblem('margaret.hale.hartleyfinch.co.uk')?.problem).toContain('no "@"');
    expect(emailProblem('margaret hale@hartleyfinch.co.uk')).toEqual({ problem: 'contains a space', fix: 'margarethale@hartleyfinch.co.uk' });
    expect(emailProblem('mailto:m@hartleyfinch.co.uk')?.fix).toBe('m@hartleyfinch.co.uk');
    expect(emailProblem('m@hartleyfinch.co.uk.')?.fix).toBe('m@hartleyfinch.co.uk');
    expect(emailProblem('m@@hartleyfinch.co.uk')?.fix).toBeUndefined();
    expect(emailProblem('m..hale@hartleyfinch.co.uk')).toBeDefined();
  });
});

function run(text: string): Report[] {
  const settings = defaultSettings();
  const draft = parseDraft(text);
  const letter = readLetter(draft);
  const reports: Report[] = [];
  const context: RuleContext = {
    draft,
    letter,
    facts: readFacts(draft, letter, settings),
    settings,
    today: { year: 2026, month: 11, day: 21 },
    isDraft: true,
    options: {},
    report: (r) => reports.push(r),
  };
  frontmatterRules.check(context);
  timingRules.check(context);
  return reports;
}

const KEYS = ['kind', 'company', 'interviewer', 'to', 'interview_date', 'reply_deadline', 'send_date', 'offer_deadline', 'sent', 'dialect', 'subject', 'interviewr', 'Kind'];
const VALUES = [
  'thank-you', 'check-in', 'other-offer', 'thankyou', '', '"', "'x", '2026-11-20', '2026-11-23T14:00', '2026-02-30', '2026-11-21',
  '"2026-11-24"', '[a, b]', '{a: 1}', 'Re: x', '@x', 'm@x.co.uk', 'null', '~', '12', 'true', '|', '- x', '\t', 'en-GB', '* x', '&a', '!!int 3',
];

describe('frontmatter and timing on any front matter', () => {
  it('never throw, and report only non-empty messages on ranges inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...VALUES), fc.constantFrom(': ', ':', ' ', ':  ', '\n  ')), { maxLength: 10 }),
        fc.boolean(),
        (pairs, closed) => {
          const yaml = ['kind: thank-you', ...pairs.map(([key, value, separator]) => `${key}${separator}${value}`)].join('\n');
          const text = `---\n${yaml}\n${closed ? '---\n' : ''}\nDear Ms Hale,\n\nThank you.\n`;
          for (const r of run(text)) {
            expect(r.start).toBeGreaterThanOrEqual(0);
            expect(r.end).toBeGreaterThanOrEqual(r.start);
            expect(r.end).toBeLessThanOrEqual(text.length);
            expect(r.message.trim()).not.toBe('');
            if (r.data?.type === 'set-send-date') expect(parseDateValue(r.data.date, false).ok).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('say nothing about missing fields while the YAML is broken', () => {
    const reports = run('---\nkind: check-in\ncompany: "Hartley & Finch LLP\ninterview_date: 2026-11-13\n---\n\nDear Ms Hale,\n');
    expect(reports.map((r) => r.rule)).toEqual(['frontmatter/invalid-yaml']);
  });
});
