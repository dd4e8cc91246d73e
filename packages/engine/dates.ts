/**
 * Dates as the draft format means them: a date without a time is that whole day in local time,
 * a datetime is a minute of local time. Arithmetic is on calendar days and wall-clock minutes,
 * never on time zones, so "four days after the deadline" is the same everywhere.
 */

export interface DateValue {
  year: number;
  month: number; // 1-12
  day: number;
  /** Minutes after midnight, or undefined for a date-only value. */
  minutes?: number;
}

export type DateParse = { ok: true; value: DateValue } | { ok: false; reason: string };

const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export const EXPECTED_DATE_FORM = 'YYYY-MM-DD (or YYYY-MM-DDTHH:MM)';

/** Milliseconds of a UTC calendar day. (Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear does not.) */
function utcTime(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month, 0)).getUTCDate();
}

export function parseDateValue(text: string, allowTime = true): DateParse {
  const m = DATE_FORM.exec(text.trim());
  if (!m) return { ok: false, reason: 'is not in the form ' + (allowTime ? EXPECTED_DATE_FORM : 'YYYY-MM-DD') };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, reason: `has no month ${m[2]}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `is not a real day: ${monthName(month)} ${year} has ${daysInMonth(year, month)} days` };
  }
  if (m[4] === undefined) return { ok: true, value: { year, month, day } };
  if (!allowTime) return { ok: false, reason: 'must be a date without a time, in the form YYYY-MM-DD' };
  const [hours, minutes] = [Number(m[4]), Number(m[5])];
  if (hours > 23 || minutes > 59 || (m[6] !== undefined && Number(m[6]) > 59)) {
    return { ok: false, reason: 'has no such time of day (use 00:00 to 23:59)' };
  }
  return { ok: true, value: { year, month, day, minutes: hours * 60 + minutes } };
}

/** Days since 1970-01-01 of the value's calendar day. */
export function dayNumber(d: DateValue): number {
  return Math.floor(utcTime(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): DateValue {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: DateValue, days: number): DateValue {
  return fromDayNumber(dayNumber(d) + days);
}

/** Earliest minute the value can mean (minutes since the epoch, wall clock). */
export function earliestMinute(d: DateValue): number {
  return dayNumber(d) * 1440 + (d.minutes ?? 0);
}

/**
 * Latest minute the value can mean: 23:59 for a date-only value. (Not 24:00, the next day's first
 * minute: with it, a thank-you sent two days after a date-only interview would be exactly 24 h "late",
 * so on time, against SPEC section 3.)
 */
export function latestMinute(d: DateValue): number {
  return dayNumber(d) * 1440 + (d.minutes ?? 1439);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(d: DateValue): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function weekdayName(d: DateValue): string {
  return WEEKDAYS[weekday(d)];
}

export function monthName(month: number): string {
  return MONTHS[month - 1];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-12-03` */
export function formatIsoDate(d: DateValue): string {
  return `${String(d.year).padStart(4, '0')}-${pad(d.month)}-${pad(d.day)}`;
}

/** `2026-12-03` or `2026-12-03T14:30` */
export function formatIso(d: DateValue): string {
  if (d.minutes === undefined) return formatIsoDate(d);
  return `${formatIsoDate(d)}T${pad(Math.floor(d.minutes / 60))}:${pad(d.minutes % 60)}`;
}

/** `Thu 3 Dec 2026` */
export function formatHuman(d: DateValue, withYear = true): string {
  const base = `${weekdayName(d).slice(0, 3)} ${d.day} ${monthName(d.month).slice(0, 3)}`;
  const time = d.minutes === undefined ? '' : ` ${pad(Math.floor(d.minutes / 60))}:${pad(d.minutes % 60)}`;
  return (withYear ? `${base} ${d.year}` : base) + time;
}

export function dateOnly(d: DateValue): DateValue {
  return { year: d.year, month: d.month, day: d.day };
}

/** Today in local time. */
export function localToday(now: Date = new Date()): DateValue {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "today", "tomorrow", "in 4 days", "2 days ago". */
export function relativeDays(target: DateValue, today: DateValue): string {
  const diff = dayNumber(target) - dayNumber(today);
  if (diff === 0) return 'today';
  if (diff === 1) return 'tomorrow';
  if (diff === -1) return 'yesterday';
  return diff > 0 ? `in ${diff} days` : `${-diff} days ago`;
}

/** "Friday 20 November" */
export function dayAndDate(d: DateValue): string {
  return `${weekdayName(d)} ${d.day} ${monthName(d.month)}`;
}

/** When the interview was, as the email says it on the send date: "today", "yesterday", "on Friday". */
export function whenFrom(interview: DateValue, send: DateValue): string {
  const days = dayNumber(send) - dayNumber(interview);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 7) return `on ${weekdayName(interview)}`;
  return `on ${dayAndDate(interview)}`;
}
