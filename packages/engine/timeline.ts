/**
 * A draft's plan: the dates that matter for it (interview, thank-you due, check-in from, offer deadline,
 * send) and the next thing to do, in words relative to today. Pure: the editor's hover, code lens and
 * status bar all read this one plan, so they never disagree.
 */
import { dateOnly, dayNumber, earliestMinute, formatHuman, formatIsoDate, relativeDays, type DateValue } from './dates';
import { KIND_LABELS, type Kind } from './kinds';
import { planEntry, type PlanState } from './plan';
import { timingPlan } from './rules/timingPlan';
import { siblingFromFacts } from './siblings';
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
  /** The last day that leaves the preferred company time before offer_deadline. */
  offerAnswerBy?: DateValue;
  /** The first good day to send, by the timing rules. */
  earliestGood?: DateValue;
  /** send_date, or today when it is absent. */
  send: DateValue;
  sendIsToday: boolean;
  /** send_date is there but is not a date. */
  sendDateInvalid: boolean;
  sent?: DateValue;
  /** The dates above in calendar order, for hover and status details. */
  entries: TimelineEntry[];
  /**
   * The state the Follow-Ups view, `followup timeline` and its .ics show for this draft (engine/plan's
   * planEntry, computed here from the same facts), and its words: "overdue since Wed 2 Dec".
   */
  state: PlanState;
  stateLabel: string;
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

export function draftPlan(facts: DraftFacts, settings: Settings, today: DateValue): Plan {
  const { dates, kind } = facts;
  // The timing rules' own plan, so the editor never tells a different story from the findings.
  const hasSendDate = !!facts.text.send_date;
  const timing = timingPlan(facts, settings, today, hasSendDate) ?? timingPlan({ ...facts, dates: { ...dates, send_date: undefined } }, settings, today, false)!;
  const plan: Plan = {
    kind,
    interview: timing.interview,
    thankYouDue: timing.thankYouDue,
    replyDeadline: timing.replyDeadline,
    checkInFrom: timing.checkInFrom,
    offerDeadline: timing.offerDeadline,
    offerAnswerBy: timing.offerAnswerBy,
    earliestGood: timing.earliestGood,
    send: dates.send_date ?? today,
    sendIsToday: !dates.send_date,
    sendDateInvalid: hasSendDate && !dates.send_date,
    sent: dates.sent,
    entries: [],
    state: 'waiting',
    stateLabel: '',
    next: { title: '', detail: '' },
  };
  const entry = planEntry(siblingFromFacts('', facts, settings, today), today);
  plan.state = entry.state;
  plan.stateLabel = entry.label;
  const entries: TimelineEntry[] = [];
  const add = (label: string, date: DateValue | undefined) => date && entries.push({ label, date });
  add('Interview', plan.interview);
  add('Thank-you due by', plan.thankYouDue);
  add('Reply expected by', plan.replyDeadline);
  add('Check in from', plan.checkInFrom);
  add('Answer the other offer by', plan.offerDeadline);
  if (plan.sent) add('Sent', plan.sent);
  else if (!plan.sendDateInvalid) add(plan.sendIsToday ? 'Send (no send_date: today)' : 'Send', plan.send);
  plan.entries = entries.sort((a, b) => earliestMinute(a.date) - earliestMinute(b.date));
  plan.next = agreeWithState(nextAction(plan, today), plan);
  return plan;
}

/**
 * One state everywhere: when the plan entry says overdue, the headline says so with the same day,
 * whatever the kind-specific advice (which stays in the detail).
 */
function agreeWithState(next: NextAction, plan: Plan): NextAction {
  if (plan.state !== 'overdue' || plan.sendDateInvalid || !plan.kind || !plan.interview) return next;
  const since = plan.stateLabel.replace(/^overdue since /, '');
  const offerPassed = next.title.startsWith("The other offer's deadline passed");
  const title = offerPassed ? `Overdue since ${since}: ${next.title.charAt(0).toLowerCase()}${next.title.slice(1)}` : `Send now: overdue since ${since}`;
  const detail = offerPassed || next.title.startsWith('Send now') ? next.detail : `${next.title}. ${next.detail}`;
  return { ...next, title, detail };
}

function nextAction(plan: Plan, today: DateValue): NextAction {
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
  if (plan.sendDateInvalid) {
    return { title: 'Fix send_date', detail: 'send_date is not a date: write it as YYYY-MM-DD, or remove it to mean today.' };
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
