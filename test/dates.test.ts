/** Calendar arithmetic the timing rules stand on (SPEC section 3). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayNumber,
  earliestMinute,
  formatHuman,
  formatIso,
  fromDayNumber,
  latestMinute,
  parseDateValue,
  relativeDays,
  weekdayName,
  type DateValue,
} from '../packages/engine/dates';

function parse(text: string, allowTime = true): DateValue {
  const parsed = parseDateValue(text, allowTime);
  if (!parsed.ok) throw new Error(`${text} ${parsed.reason}`);
  return parsed.value;
}

describe('parseDateValue', () => {
  it('reads dates and datetimes', () => {
    expect(parse('2026-11-20')).toEqual({ year: 2026, month: 11, day: 20 });
    expect(parse('2026-11-20T14:30')).toEqual({ year: 2026, month: 11, day: 20, minutes: 14 * 60 + 30 });
    expect(parse('2026-11-20 09:05')).toEqual({ year: 2026, month: 11, day: 20, minutes: 9 * 60 + 5 });
  });

  it('knows which days exist', () => {
    expect(parseDateValue('2026-02-30').ok).toBe(false);
    expect(parseDateValue('2027-02-29').ok).toBe(false);
    expect(parse('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseDateValue('2100-02-29').ok).toBe(false);
    expect(parse('2000-02-29').day).toBe(29);
    expect(parseDateValue('2026-04-31').ok).toBe(false);
    expect(parseDateValue('2026-13-01').ok).toBe(false);
    expect(parseDateValue('2026-00-10').ok).toBe(false);
    expect(parseDateValue('2026-11-00').ok).toBe(false);
    // A mistyped year is still a real, distinct year (not 1926).
    expect(dayNumber(parse('1926-11-20')) - dayNumber(parse('0026-11-20'))).toBeGreaterThan(600_000);
  });

  it('says why a value is not a date', () => {
    expect(parseDateValue('2026-02-30')).toEqual({ ok: false, reason: 'is not a real day: February 2026 has 28 days' });
    expect(parseDateValue('20/11/2026')).toMatchObject({ ok: false, reason: expect.stringContaining('YYYY-MM-DD') });
    expect(parseDateValue('2026-11-20T24:00')).toMatchObject({ ok: false, reason: expect.stringContaining('no such time') });
    expect(parseDateValue('2026-11-20T14:30', false)).toMatchObject({ ok: false, reason: expect.stringContaining('without a time') });
  });

  it('round-trips every real day through formatIso', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(parse('1990-01-01')), max: dayNumber(parse('2100-12-31')) }), fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }), (n, minutes) => {
        const value: DateValue = { ...fromDayNumber(n), ...(minutes === undefined ? {} : { minutes }) };
        expect(parse(formatIso(value))).toEqual(value);
      }),
    );
  });
});

describe('calendar arithmetic', () => {
  it('names weekdays', () => {
    expect(weekdayName(parse('2026-11-20'))).toBe('Friday');
    expect(weekdayName(parse('2026-06-14'))).toBe('Sunday');
    expect(weekdayName(parse('2028-02-29'))).toBe('Tuesday');
    expect(weekdayName(parse('1970-01-01'))).toBe('Thursday');
    expect(weekdayName(parse('1969-12-31'))).toBe('Wednesday');
  });

  it('adds calendar days across months, years and leap days', () => {
    expect(formatIso(addDays(parse('2026-06-10'), 4))).toBe('2026-06-14');
    expect(formatIso(addDays(parse('2026-12-30'), 3))).toBe('2027-01-02');
    expect(formatIso(addDays(parse('2028-02-28'), 1))).toBe('2028-02-29');
    expect(formatIso(addDays(parse('2027-02-28'), 1))).toBe('2027-03-01');
    expect(formatIso(addDays(parse('2026-03-01'), -1))).toBe('2026-02-28');
    // Day arithmetic is on the calendar, not on clock hours: a DST change in between makes no difference.
    expect(dayNumber(parse('2026-03-30')) - dayNumber(parse('2026-03-28'))).toBe(2);
  });

  it('treats a date-only value as the whole day', () => {
    const day = parse('2026-11-20');
    expect(latestMinute(day) - earliestMinute(day)).toBe(1439);
    expect(earliestMinute(parse('2026-11-20T00:00'))).toBe(earliestMinute(day));
    expect(latestMinute(parse('2026-11-20T23:59'))).toBe(latestMinute(day));
    // The day after begins one minute after the day's last minute.
    expect(earliestMinute(parse('2026-11-21')) - latestMinute(day)).toBe(1);
  });

  it('formats for people', () => {
    expect(formatHuman(parse('2026-06-14'))).toBe('Sun 14 Jun 2026');
    expect(formatHuman(parse('2026-11-20T09:05'))).toBe('Fri 20 Nov 2026 09:05');
    expect(formatHuman(parse('2026-12-03'), false)).toBe('Thu 3 Dec');
    expect(relativeDays(parse('2026-11-21'), parse('2026-11-20'))).toBe('tomorrow');
    expect(relativeDays(parse('2026-11-16'), parse('2026-11-20'))).toBe('4 days ago');
  });
});
