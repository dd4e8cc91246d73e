/**
 * Answers to template values: the answers as given, plus the values worked out from them, such as the
 * send date (a check-in waits `checkInWaitDays` after the reply deadline) and "yesterday" or "on Friday"
 * for when the interview was, as seen from the send date.
 */
import {
  addDays,
  dateOnly,
  dayAndDate,
  dayNumber,
  formatIso,
  formatIsoDate,
  monthName,
  weekday,
  weekdayName,
  whenFrom,
  type DateValue,
} from '../../../packages/engine/dates';

export { dayAndDate, whenFrom };
import type { Kind } from '../../../packages/engine/kinds';
import { OFFER_NOTICE_DAYS } from '../../../packages/engine/rules/timingPlan';
import { dateAnswer, type InputName } from '../../../packages/engine/inputs';

export type Answers = Partial<Record<InputName, string>>;

export interface ValueContext {
  today: DateValue;
  /** Days a check-in waits after the reply deadline (SPEC: four or so). */
  checkInWaitDays: number;
}

/** Placeholders worked out from answers, and the answers each needs. */
export const DERIVED: Readonly<Record<string, readonly InputName[]>> = {
  send_date: ['interview_date'],
  interview_when: ['interview_date'],
  interview_day: ['interview_date'],
  reply_deadline_day: ['reply_deadline'],
  offer_deadline_day: ['offer_deadline'],
};

/** Extra answers the send date needs, by kind. */
export const SEND_DATE_NEEDS: Partial<Record<Kind, readonly InputName[]>> = {
  'check-in': ['reply_deadline'],
};

/**
 * When to send: a thank-you as soon as the interview is over (today when that has passed); a LinkedIn
 * heads-up or point-of-interest then too, but on a weekday; a LinkedIn request the weekday after the
 * heads-up, so the heads-up goes first (timing/linkedin-before-heads-up); a check-in `checkInWaitDays`
 * after the reply deadline, moved off a weekend; an other-offer email today (a weekday when that still
 * leaves the preferred company two days before the offer deadline).
 */
export function sendDate(kind: Kind, answers: Answers, context: ValueContext): DateValue {
  const today = dateOnly(context.today);
  const interview = dateAnswer(answers.interview_date);
  const later = (a: DateValue, b: DateValue) => (dayNumber(a) >= dayNumber(b) ? a : b);
  if (kind === 'check-in') {
    const reply = dateAnswer(answers.reply_deadline);
    if (!reply) return today;
    return weekdayFrom(later(addDays(dateOnly(reply), context.checkInWaitDays), today));
  }
  if (kind === 'other-offer') {
    const offer = dateAnswer(answers.offer_deadline);
    const weekdayToday = weekdayFrom(today);
    return offer && dayNumber(offer) - dayNumber(weekdayToday) < OFFER_NOTICE_DAYS ? today : weekdayToday;
  }
  const soonest = interview ? later(dateOnly(interview), today) : today;
  if (kind === 'thank-you') return soonest;
  const headsUp = weekdayFrom(soonest);
  return kind === 'linkedin-request' ? weekdayFrom(addDays(headsUp, 1)) : headsUp;
}

/** The day itself on a weekday, else the Monday after. */
function weekdayFrom(d: DateValue): DateValue {
  let date = d;
  while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, 1);
  return date;
}

/** Every value a template can use, from the answers. */
export function templateValues(kind: Kind, answers: Answers, context: ValueContext): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(answers)) values[name] = value?.trim() || undefined;
  const interview = dateAnswer(answers.interview_date);
  if (interview) values.interview_date = formatIso(interview);
  const send = sendDate(kind, answers, context);
  values.send_date = formatIsoDate(send);
  if (interview) {
    values.interview_when = whenFrom(interview, send);
    values.interview_day = dayAndDate(interview);
  }
  const reply = dateAnswer(answers.reply_deadline);
  if (reply) values.reply_deadline_day = dayAndDate(reply);
  const offer = dateAnswer(answers.offer_deadline);
  if (offer) values.offer_deadline_day = dayAndDate(offer);
  return values;
}

