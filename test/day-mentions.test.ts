/**
 * Days the body names against the front matter: structure/weekday-mismatch and
 * structure/relative-day-mismatch, on their boundaries, with fixes that are drop-ins; and their false
 * alarms measured on the corpora (non-held-out splits) and the examples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue, type DateValue, type Finding } from '../packages/engine';
import { applyFix } from './helpers/applyFix';
import { draftText } from './helpers/drafts';
import { readCorpus, readSentences } from './helpers/proofreadingCorpus';
import { corpusDraft, readToneCorpus } from './helpers/toneCorpus';

const RULES = ['structure/weekday-mismatch', 'structure/relative-day-mismatch'];
const date = (s: string): DateValue => {
  const p = parseDateValue(s);
  if (!p.ok) throw new Error(s);
  return p.value;
};
const TODAY = date('2026-12-04');
function ours(text: string, today = TODAY): Finding[] {
  return check(text, { settings: defaultSettings(), today, suggest: true }).findings.filter((f) => RULES.includes(f.rule));
}
const draft = (sentence: string, fields: Record<string, string> = {}) =>
  draftText({ kind: 'thank-you', company: 'Hartley & Finch LLP', interviewer: 'Margaret Hale', interview_date: '2026-12-03', send_date: '2026-12-03', subject: 'Thank you', ...fields }, `Dear Ms Hale,\n\n${sentence}\n\nKind regards,\nAnna Lewis\n`);

describe('structure/weekday-mismatch', () => {
  it.each([
    ['Thank you for meeting me on Tuesday 3 December.', 'Tuesday', 'Thursday'],
    ['Thank you for meeting me on Tue 3 Dec.', 'Tue', 'Thu'],
    ['Thank you for meeting me on Tuesday, December 3rd.', 'Tuesday', 'Thursday'],
    ['Thank you for meeting me on Tuesday the 3rd of December.', 'Tuesday', 'Thursday'],
    ['I can start on Monday 13/1.', 'Monday', 'Wednesday'],
    ['I am free on Friday 2 January.', 'Friday', 'Saturday'],
  ])('flags "%s" and fixes the weekday', (sentence, actual, fixed) => {
    const text = draft(sentence);
    const [f] = ours(text);
    expect(f?.actual).toBe(actual);
    expect(f.suggestions[0]).toBe(fixed);
    expect(ours(applyFix(text, f)!)).toEqual([]);
  });

  it.each([
    'Thank you for meeting me on Thursday 3 December.',
    'Thank you for meeting me on Thu, Dec 3.',
    'I can start on Monday 3/12.', // 3 December or March 12th: not read
    'I can start on Monday 12 noon.',
    'The offer letter arrived on Tuesday; 3 December was the date on it.',
  ])('does not flag "%s"', (sentence) => {
    expect(ours(draft(sentence))).toEqual([]);
  });
});

describe('structure/relative-day-mismatch', () => {
  it.each([
    ['Thank you for meeting me yesterday.', '2026-12-03', 'yesterday', 'today'],
    ['Thank you for meeting me today.', '2026-12-07', 'today', 'on Thursday'],
    ['It was a pleasure to meet you this morning.', '2026-12-04', 'this morning', 'yesterday'],
    ['Thank you for the interview last week.', '2026-12-04', 'last week', 'yesterday'],
    ["Following up on yesterday's interview, I attach my references.", '2026-12-07', 'yesterday', 'Thursday'],
  ])('flags "%s" sent on %s', (sentence, send, actual, fixed) => {
    const text = draft(sentence, { send_date: send });
    const [f] = ours(text, date(send));
    expect(f?.actual).toBe(actual);
    expect(f.suggestions[0]).toBe(fixed);
    expect(ours(applyFix(text, f)!, date(send))).toEqual([]);
  });

  it.each([
    ['Thank you for meeting me yesterday.', '2026-12-04'],
    ['Thank you for meeting me today.', '2026-12-03'],
    ['Thank you for the interview last week.', '2026-12-09'],
    ['I read your annual report yesterday.', '2026-12-07'], // not about the interview
    ['When we met on 3 December, you said you hoped to decide by the end of last week.', '2026-12-21'],
  ])('does not flag "%s" sent on %s', (sentence, send) => {
    expect(ours(draft(sentence, { send_date: send }), date(send))).toEqual([]);
  });
});

describe('false alarms on the corpora and examples', () => {
  it('are none (measured)', { timeout: 120_000 }, () => {
    const texts: { name: string; text: string; today?: DateValue }[] = [];
    for (const split of ['dev', 'dev2']) for (const d of readCorpus(split)) texts.push({ name: d.file, text: d.text });
    for (const file of ['sentences.txt', 'sentences-2.txt']) for (const s of readSentences(file)) texts.push({ name: file, text: s.draft.text });
    // Each checked with the today its own harness uses (the tone corpus: 2026-11-20).
    for (const line of readToneCorpus('dev')) texts.push({ name: `tone dev:${line.line}`, text: corpusDraft(line).text, today: date('2026-11-20') });
    const examples = join(__dirname, '..', 'examples');
    for (const f of readdirSync(examples)) texts.push({ name: f, text: readFileSync(join(examples, f), 'utf8') });
    const alarms = texts.flatMap(({ name, text, today }) => ours(text, today).map((f) => `${name}: ${f.rule} "${f.actual}"`));
    console.log(`weekday/relative-day findings on ${texts.length} corpus drafts and examples: ${alarms.length}`);
    expect(alarms).toEqual([]);
  });
});
