/**
 * When a draft should go out, from its front matter, the settings and today: the send moment, the
 * window of good send days, and the earliest good day. The timing rules judge the send moment against
 * this plan; the language server can use it for hovers and code lenses.
 *
 * Interval semantics (SPEC section 3): a date without a time is that whole day, local time. A send is
 * "before the interview" only when all of it is; a thank-you is late only when its earliest possible
 * moment is more than N hours after the interview's latest possible moment. Check-in and offer
 * deadlines count calendar days.
 */
import { addDays, dayNumber, earliestMinute, fromDayNumber, latestMinute, weekday, type DateValue } from '../dates';
import type { Kind } from '../kinds';
import type { Settings } from '../settings';
import type { DraftFacts } from './types';

/** Days the preferred company needs, at least, between your email and your other offer's deadline. */
export const OFFER_NOTICE_DAYS = 2;

export interface TimingPlan {
  kind?: Kind;
  /** send_date, or today (a whole day) when it is absent. */
  send: DateValue;
  /** Whether `send` is today because send_date is absent. */
  sendIsToday: boolean;
  interview?: DateValue;
  /** thank-you: the last day a send on that day is still on time. */
  thankYouDue?: DateValue;
  replyDeadline?: DateValue;
  /** check-in: the first day to check in (reply_deadline + checkInWaitDays). */
  checkInFrom?: DateValue;
  offerDeadline?: DateValue;
  /** The last day that leaves OFFER_NOTICE_DAYS before offer_deadline. */
  offerAnswerBy?: DateValue;
  /**
   * Good send days for this kind: from `earliest` to `latest`, each open when absent. Without a
   * send_date, the send is today, so `earliest` is never before today; with one, today plays no part.
   */
  earliest?: DateValue;
  latest?: DateValue;
  /** The first good send day (the last one when only an upper bound exists), if there is one. */
  earliestGood?: DateValue;
  /**
   * The days a quick fix may set: the good window from today on (a fix never sets a past date, even
   * when send_date is in the past), weekdays first: `firstFix` is the first weekday in it (else its first
   * day), `lastFix` the last weekday (else its last day). Absent when the window closed before today.
   */
  firstFix?: DateValue;
  lastFix?: DateValue;
}

/** undefined when the draft has a send_date that is not a date (the timing cannot be judged). */
export function timingPlan(facts: DraftFacts, settings: Settings, today: DateValue, hasSendDate: boolean): TimingPlan | undefined {
  const { dates, kind } = facts;
  if (hasSendDate && !dates.send_date) return undefined;
  const send = dates.send_date ?? today;
  const interview = dates.interview_date;
  const plan: TimingPlan = { kind, send, sendIsToday: !dates.send_date, interview };
  let lo = hasSendDate ? -Infinity : dayNumber(today);
  let hi = Infinity;
  if (interview) lo = Math.max(lo, dayNumber(interview));
  if (kind === 'thank-you' && interview) {
    plan.thankYouDue = fromDayNumber(Math.floor((latestMinute(interview) + settings.thankYouWithinHours * 60) / 1440));
    hi = Math.min(hi, dayNumber(plan.thankYouDue));
  }
  if (kind === 'check-in' && dates.reply_deadline) {
    plan.replyDeadline = dates.reply_deadline;
    plan.checkInFrom = addDays(dates.reply_deadline, Math.ceil(settings.checkInWaitDays));
    lo = Math.max(lo, dayNumber(plan.checkInFrom));
  }
  if (dates.offer_deadline) {
    plan.offerDeadline = dates.offer_deadline;
    plan.offerAnswerBy = addDays(dates.offer_deadline, -OFFER_NOTICE_DAYS);
    hi = Math.min(hi, dayNumber(plan.offerAnswerBy));
  }
  if (lo !== -Infinity) plan.earliest = fromDayNumber(lo);
  if (hi !== Infinity) plan.latest = fromDayNumber(hi);
  if (lo <= hi) plan.earliestGood = fromDayNumber(lo !== -Infinity ? lo : hi);
  const fixLo = Math.max(lo, dayNumber(today));
  if (fixLo <= hi) {
    plan.firstFix = firstWeekday(fixLo, hi) ?? fromDayNumber(fixLo);
    plan.lastFix = hi === Infinity ? plan.firstFix : (lastWeekday(fixLo, hi) ?? fromDayNumber(hi));
  }
  return plan;
}

/** The first weekday in [lo, hi] (a week at most is looked at: one always has a weekday). */
function firstWeekday(lo: number, hi: number): DateValue | undefined {
  for (let d = lo; d <= Math.min(hi, lo + 7); d++) if (!isWeekend(fromDayNumber(d))) return fromDayNumber(d);
  return undefined;
}

function lastWeekday(lo: number, hi: number): DateValue | undefined {
  for (let d = hi; d >= Math.max(lo, hi - 7); d--) if (!isWeekend(fromDayNumber(d))) return fromDayNumber(d);
  return undefined;
}

/** The send is entirely before the interview (a whole-day send on the interview day is not). */
export function isBeforeInterview(send: DateValue, interview: DateValue): boolean {
  return latestMinute(send) < earliestMinute(interview);
}

/** Minutes from the interview's latest possible moment to the send's earliest possible one. */
export function minutesAfterInterview(send: DateValue, interview: DateValue): number {
  return earliestMinute(send) - latestMinute(interview);
}

export function isWeekend(d: DateValue): boolean {
  const day = weekday(d);
  return day === 0 || day === 6;
}

/**
 * The weekday to send on instead of a weekend `send`: the first weekday after it inside the plan's
 * window, else the last one before it inside the window, else none (timing matters more than the day).
 * Never a day before today.
 */
export function weekdayInstead(plan: TimingPlan, send: DateValue, today: DateValue): DateValue | undefined {
  const lo = Math.max(plan.earliest ? dayNumber(plan.earliest) : -Infinity, dayNumber(today));
  const hi = plan.latest ? dayNumber(plan.latest) : Infinity;
  const day = dayNumber(send);
  for (let d = Math.max(day, lo); d <= Math.min(hi, Math.max(day, lo) + 7); d++) {
    if (!isWeekend(fromDayNumber(d))) return fromDayNumber(d);
  }
  for (let d = Math.min(day - 1, hi); d >= Math.max(lo, day - 7); d--) {
    if (!isWeekend(fromDayNumber(d))) return fromDayNumber(d);
  }
  return undefined;
}
