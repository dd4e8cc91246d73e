/**
 * A draft's plan: the dates that matter for it (interview, thank-you due, check-in from, offer deadline,
 * send) and the next thing to do, in words relative to today. Pure: the editor's hover, code lens and
 * status bar all read this one plan, so they never disagree.
 */
import {
  addDays,
  dateOnly,
  dayNumber,
  earliestMinute,
  formatHuman,
  formatIsoDate,
  fromDayNumber,
  relativeDays,
  type DateValue,
} from './dates';
import { KIND_LABELS, type Kind } from './kinds';
import type { DraftFacts } from './rules/types';
import type { Settings } from './settings';

export interface TimelineEntry {
  /** What the date is: "Interview", "Thank-you due by", ... */
  label: string;
  date: DateValue;
}

export interface NextAction {
  /** One line a user reads at a glance: "Send today", "Check in on or after Wed 3 Dec (in 4 days)". */
  title: string;
  /** A sentence more: why, or what else to do. */
  detail: string;
  /** A better send_date to offer as a one-click fix, when the current one (or none) is not right. */
  suggestSendDate?: string;
}

export interface Plan {
  kind?: Kind;
  interview?: DateValue;
  thankYouDue?: DateValue;
  replyDeadline?: DateValue;
  checkInFrom?: DateValue;
  offerDeadline?: DateValue;
  /** send_date, or today when it is absent. */
  send: DateValue;
  sendIsToday: boolean;
  sent?: DateValue;
  /** The dates above in calendar order, for hover and status details. */
  entries: TimelineEntry[];
  next: NextAction;
}

/** "Wed 3 Dec": the year only when it is not this year's. */
export function shortDate(d: DateValue, today: DateValue): string {
  return formatHuman(d, d.year !== today.year);
}

/** The date with its distance from today: "Wed 3 Dec (in 4 days)". */
function when(d: DateValue, today: DateValue): string {
  return `${shortDate(d, today)} (${relativeDays(d, today)})`;
}

/** The end of the thank-you window. A date-only interview counts as the whole day, so 24 h ends the next day. */
export function thankYouDue(interview: DateValue, hours: number): DateValue {
  if (interview.minutes === undefined) return addDays(interview, Math.ceil(hours / 24));
  const minute = earliestMinute(interview) + Math.round(hours * 60);
  const day = Math.floor(minute / 1440);
  return { ...fromDayNumber(day), minutes: minute - day * 1440 };
}

export function draftPlan(facts: DraftFacts, settings: Settings, today: DateValue): Plan {
  const { dates, kind } = facts;
  const interview = dates.interview_date;
  const send = dates.send_date ?? today;
  const plan: Plan = {
    kind,
    interview,
    replyDeadline: dates.reply_deadline,
    offerDeadline: dates.offer_deadline,
    send,
    sendIsToday: !dates.send_date,
    sent: dates.sent,
    entries: [],
    next: { title: '', detail: '' },
  };
  if (interview && kind === 'thank-you') plan.thankYouDue = thankYouDue(interview, settings.thankYouWithinHours);
  if (dates.reply_deadline && kind === 'check-in') plan.checkInFrom = addDays(dates.reply_deadline, settings.checkInWaitDays);

  const entries: TimelineEntry[] = [];
  const add = (label: string, date: DateValue | undefined) => date && entries.push({ label, date });
  add('Interview', interview);
  add('Thank-you due by', plan.thankYouDue);
  add('Reply expected by', plan.replyDeadline);
  add('Check in from', plan.checkInFrom);
  add('Answer the other offer by', plan.offerDeadline);
  if (plan.sent) add('Sent', plan.sent);
  else add(plan.sendIsToday ? 'Send (no send_date: today)' : 'Send', send);
  plan.entries = entries.sort((a, b) => earliestMinute(a.date) - earliestMinute(b.date));
  plan.next = nextAction(plan, facts, today);
  return plan;
}

function nextAction(plan: Plan, facts: DraftFacts, today: DateValue): NextAction {
  const kindLabel = plan.kind ? KIND_LABELS[plan.kind] : 'email';
  if (plan.sent) {
    return {
      title: `Sent on ${shortDate(plan.sent, today)}`,
      detail: `This ${kindLabel} is done: timing checks are off for it.`,
    };
  }
  if (!plan.kind) {
    return {
      title: 'Set the kind',
      detail: 'Give the draft a known kind (thank-you, check-in, ...) to see what to do and when.',
    };
  }
  if (!plan.interview) {
    return {
      title: 'Add interview_date',
      detail: 'Write when the interview was (YYYY-MM-DD) to see when to send this.',
    };
  }
  const d = (x: DateValue) => dayNumber(x);
  const sendDay = d(plan.send);
  const todayDay = d(today);
  const planned = !plan.sendIsToday;

  if (todayDay < d(plan.interview)) {
    return {
      title: `Wait for the interview on ${when(plan.interview, today)}`,
      detail: `A ${kindLabel} goes out after the interview.`,
      ...(planned && sendDay < d(plan.interview) ? { suggestSendDate: formatIsoDate(plan.interview) } : {}),
    };
  }

  switch (plan.kind) {
    case 'thank-you': {
      const due = plan.thankYouDue!;
      if (todayDay > d(due)) {
        return {
          title: `Send now: the thank-you was due by ${shortDate(due, today)}`,
          detail: 'A late thank-you is still better than none; keep it short and warm.',
          ...(planned && sendDay > todayDay ? { suggestSendDate: formatIsoDate(today) } : {}),
        };
      }
      if (planned && sendDay > d(due)) {
        return {
          title: `Send by ${shortDate(due, today)}, not ${shortDate(plan.send, today)}`,
          detail: 'Send a thank-you straight after the interview: the planned send_date is too late.',
          suggestSendDate: formatIsoDate(today),
        };
      }
      if (todayDay === d(plan.interview)) {
        return { title: 'Send today', detail: `Send the thank-you straight after the interview; it is due by ${shortDate(due, today)}.` };
      }
      return { title: `Send now: the thank-you is due by ${shortDate(due, today)}`, detail: 'Send a thank-you as soon after the interview as you can.' };
    }
    case 'check-in': {
      if (!plan.checkInFrom) {
        return {
          title: 'Add reply_deadline',
          detail: 'Write when they said you would hear back (reply_deadline) to see when to check in.',
        };
      }
      const from = plan.checkInFrom;
      if (todayDay < d(from)) {
        return {
          title: `Check in on or after ${when(from, today)}`,
          detail: `Give them a few days after ${shortDate(plan.replyDeadline!, today)}, the date they said you would hear back.`,
          ...(sendDay < d(from) || !planned ? { suggestSendDate: formatIsoDate(from) } : {}),
        };
      }
      return sendOn(plan, today, 'They have had time to reply: a short, friendly check-in is fine now.');
    }
    case 'other-offer': {
      const deadline = plan.offerDeadline;
      if (!deadline) {
        return sendOn(plan, today, 'Add offer_deadline: the date you must answer the other offer by.');
      }
      if (todayDay > d(deadline)) {
        return {
          title: `The other offer's deadline passed on ${shortDate(deadline, today)}`,
          detail: 'Check the deadline: if the offer is still open, send this at once.',
        };
      }
      if (planned && sendDay > todayDay) {
        return {
          title: `Send now: reply to the other offer by ${when(deadline, today)}`,
          detail: `Waiting until ${shortDate(plan.send, today)} leaves them less time to decide.`,
          suggestSendDate: formatIsoDate(today),
        };
      }
      return {
        title: `Send today: reply to the other offer by ${when(deadline, today)}`,
        detail: 'Tell your preferred company now, so they can decide before your deadline.',
      };
    }
    default:
      return sendOn(plan, today, `Send the ${kindLabel} while the interview is fresh in their mind.`);
  }
}

function sendOn(plan: Plan, today: DateValue, detail: string): NextAction {
  const sendDay = dayNumber(plan.send);
  const todayDay = dayNumber(today);
  if (plan.sendIsToday || sendDay === todayDay) return { title: 'Send today', detail };
  if (sendDay > todayDay) return { title: `Send on ${when(dateOnly(plan.send), today)}`, detail };
  return {
    title: `Send now: it was planned for ${shortDate(dateOnly(plan.send), today)}`,
    detail: 'If you have sent it, add "sent: DATE" to the front matter.',
  };
}
