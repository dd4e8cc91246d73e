/**
 * structure/weekday-mismatch and structure/relative-day-mismatch: days the body names that the front
 * matter contradicts. "Tuesday 3 December" when 3 December is a Thursday (the year is the one that puts
 * the date nearest the interview); "yesterday" when send_date minus interview_date is not one day.
 */
import { dayNumber, daysInMonth, weekday, type DateValue } from '../../dates';
import { whenFrom } from '../../dates';
import type { RuleContext } from '../types';
import type { StructureRule } from './body';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Short forms as writers use them: "Tue", "Tues", "Thu", "Thurs"; "Sep", "Sept". */
const WEEKDAY_FORMS = '(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\\.?|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const MONTH_FORMS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "Tuesday 3 December", "Tue, 3rd Dec", "Tuesday the 3rd of December", "Tuesday, December 3", "Tuesday 3/12". */
const WEEKDAY_DATE = new RegExp(
  `\\b(${WEEKDAY_FORMS}),?\\s+(?:(?:the\\s+)?${DAY}(?:\\s+of)?\\s+(${MONTH_FORMS})|(${MONTH_FORMS})\\s+${DAY}|(\\d{1,2})/(\\d{1,2}))(?![\\p{L}\\p{N}/])`,
  'gu',
);

function weekdayIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return WEEKDAYS.findIndex((d) => d.startsWith(w.slice(0, 3)));
}
function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/** The weekday word for `day` (0 = Sunday) in the form of `written`: "Thu" for "Tue", "THURSDAY"... */
function sameForm(written: string, day: number): string {
  const full = WEEKDAYS[day];
  const bare = written.replace(/\.$/, '');
  const word = bare.length <= 5 && bare.length < full.length ? full.slice(0, 3) : full;
  const cased = bare === bare.toUpperCase() ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
  return cased + (written.endsWith('.') ? '.' : '');
}

/** The date `day month` in the year that puts it nearest `reference`. */
function nearestDate(day: number, month: number, reference: DateValue): DateValue | undefined {
  let best: DateValue | undefined;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    if (day > daysInMonth(year, month)) continue;
    const d = { year, month, day };
    if (!best || Math.abs(dayNumber(d) - dayNumber(reference)) < Math.abs(dayNumber(best) - dayNumber(reference))) best = d;
  }
  return best;
}

/** The day the body's dates are read near: the interview, else the send day. */
function referenceDay(context: RuleContext): DateValue {
  const { dates } = context.facts;
  return dates.interview_date ?? dates.send_date ?? context.today;
}

export const weekdayMismatch: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/weekday-mismatch',
    severity: 'warning',
    summary:
      'A weekday that does not match the date next to it ("Tuesday 3 December" when 3 December is a Thursday), in the forms writers use: "Tue 3 Dec", "Tuesday the 3rd of December", "Tuesday, December 3rd", and "Tuesday 13/12" only when the numbers can be read one way. The year is the one nearest the front matter\'s interview_date (else send_date, else today). The finding covers the weekday.',
    why:
      'The email must be meticulous, and a date is the detail the reader checks against their diary: a wrong weekday makes them wonder which day you mean, and reads as careless.',
    bad: 'interview_date: 2026-12-03\n\nThank you for meeting me on Tuesday 3 December.',
    good: 'interview_date: 2026-12-03\n\nThank you for meeting me on Thursday 3 December.',
    fix: 'Correct the weekday or the date; the quick fix writes the weekday of the date, in the same form.',
  },
  check(context) {
    const reference = referenceDay(context);
    for (const block of context.draft.blocks) {
      for (const m of block.text.matchAll(WEEKDAY_DATE)) {
        const [, written, d1, m1, m2, d2, n1, n2] = m;
        let day: number;
        let month: number;
        if (n1 !== undefined) {
          const [a, b] = [Number(n1), Number(n2)];
          // "3/12" is 3 December or March 12th: only a reading that cannot be the other is taken.
          if (a > 12 && b <= 12) [day, month] = [a, b];
          else if (b > 12 && a <= 12) [day, month] = [b, a];
          else if (a === b) [day, month] = [a, a];
          else continue;
        } else {
          day = Number(d1 ?? d2);
          month = monthIndex(m1 ?? m2);
        }
        if (month < 1 || month > 12 || day < 1) continue;
        const date = nearestDate(day, month, reference);
        if (!date) continue;
        const said = weekdayIndex(written);
        const actual = weekday(date);
        if (said < 0 || said === actual) continue;
        const start = block.start + m.index;
        const fixed = sameForm(written, actual);
        context.report({
          rule: 'structure/weekday-mismatch',
          start,
          end: start + written.length,
          message: `"${m[0]}": ${day} ${MONTHS[month - 1].charAt(0).toUpperCase()}${MONTHS[month - 1].slice(1)} ${date.year} is a ${WEEKDAYS[actual].charAt(0).toUpperCase()}${WEEKDAYS[actual].slice(1)}, not a ${WEEKDAYS[said].charAt(0).toUpperCase()}${WEEKDAYS[said].slice(1)}: correct the weekday ("${fixed}") or the date.`,
          suggestions: [fixed],
        });
      }
    }
  },
};

/** Relative days and the days after the interview they can mean. */
const RELATIVE: readonly { pattern: RegExp; fits: (days: number) => boolean }[] = [
  { pattern: /\b(?:earlier today|this (?:morning|afternoon|evening)|today)\b/gi, fits: (d) => d === 0 },
  { pattern: /\byesterday(?: (?:morning|afternoon|evening))?\b/gi, fits: (d) => d === 1 },
  { pattern: /\blast week\b/gi, fits: (d) => d >= 2 && d <= 13 },
];
/**
 * Words about the interview: "yesterday" dates the interview only right after one ("meeting me
 * yesterday", "the interview last week", no comma between) or right before it ("yesterday's interview").
 */
const ABOUT_INTERVIEW = /\b(?:interview(?:ed|ing|s)?|meet(?:ing)?|met|spoke|speaking|talk(?:ed|ing)?|conversation|chat(?:ted)?|visit(?:ed|ing)?)\b/i;
const BEFORE = 30;
const AFTER = 20;
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;

function datesTheInterview(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - BEFORE), start);
  const after = sentence.slice(end, end + AFTER);
  return (ABOUT_INTERVIEW.test(before) && !/[,;:]/.test(before.slice(before.search(ABOUT_INTERVIEW)))) || /^(?:'s|’s)?\s+(?:\w+\s+)?(?:interview|meeting|conversation|chat|visit)\b/i.test(after);
}

export const relativeDayMismatch: StructureRule = {
  needsKind: false,
  meta: {
    id: 'structure/relative-day-mismatch',
    severity: 'warning',
    summary:
      'A sentence about the interview says "today", "this morning", "yesterday" or "last week", but send_date (today without one) minus interview_date says otherwise: "yesterday" in an email sent three days after the interview. The finding covers the words.',
    why:
      'Drafts are often written one day and sent another: "thank you for meeting me yesterday", read three days later, tells the reader the email sat unsent, and confuses which meeting you mean.',
    bad: 'interview_date: 2026-11-20\nsend_date: 2026-11-23\n\nThank you for meeting me yesterday.',
    good: 'interview_date: 2026-11-20\nsend_date: 2026-11-23\n\nThank you for meeting me on Friday.',
    fix: 'Say when the interview was as the reader will see it on send_date; the quick fix writes "today", "yesterday", "on Friday" or the date.',
  },
  check(context) {
    const interview = context.facts.dates.interview_date;
    if (!interview) return;
    const send = context.facts.dates.send_date ?? context.today;
    const days = dayNumber(send) - dayNumber(interview);
    if (days < 0) return; // before the interview: timing/before-interview says so
    const instead = whenFrom(interview, send);
    for (const block of context.draft.blocks) {
      for (const sentence of block.text.matchAll(SENTENCE)) {
        for (const { pattern, fits } of RELATIVE) {
          for (const m of sentence[0].matchAll(pattern)) {
            if (fits(days) || !datesTheInterview(sentence[0], m.index, m.index + m[0].length)) continue;
            const start = block.start + sentence.index + m.index;
            // "on Friday" after "me" reads well; it replaces the words, with their capital when they had one.
            // Before "'s interview" the day stands alone: "Thursday's interview", not "on Thursday's".
            const possessive = /^['’]s\b/.test(sentence[0].slice(m.index + m[0].length));
            const words = possessive ? instead.replace(/^on /, '') : instead;
            const fix = /^\p{Lu}/u.test(m[0]) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
            context.report({
              rule: 'structure/relative-day-mismatch',
              start,
              end: start + m[0].length,
              message: `"${m[0]}" does not fit the dates: the email goes out ${days === 0 ? 'on the interview day' : `${days} day${days === 1 ? '' : 's'} after the interview`} (${context.facts.dates.send_date ? 'send_date' : 'today'} minus interview_date). Write "${fix}", or correct the dates.`,
              suggestions: [fix],
            });
          }
        }
      }
    }
  },
};

