/**
 * timing/: whether the draft goes out at the right moment (SPEC section 3). "Send" is send_date, or
 * today when it is absent. A finding covers the send_date value, or without one the date it compares
 * against (weekend: the `kind` key, as there is no date to point at). Every finding that another send
 * date fixes carries that date: the earliest good one, or for an offer deadline the last good one (never
 * before today when send_date is absent, as the send is then today; with a send_date, today plays no part).
 */
import { dayNumber, formatHuman, formatIsoDate, fromDayNumber, latestMinute, weekdayName, type DateValue } from '../dates';
import type { Field } from '../frontmatter';
import { KIND_LABELS } from '../kinds';
import type { Report } from '../finding';
import { isBeforeInterview, isWeekend, minutesAfterInterview, OFFER_NOTICE_DAYS, timingPlan, weekdayInstead, type TimingPlan } from './timingPlan';
import type { RuleContext, RuleFamily, RuleMeta } from './types';

const RULES: RuleMeta[] = [
  {
    id: 'timing/before-interview',
    severity: 'error',
    summary: 'The email would be sent before the interview has taken place.',
    why: 'Every follow-up email answers the interview: you thank them for their time, check in on their decision or send something you talked about. Sent before it, it makes no sense, and usually means a date is wrong.',
    bad: 'interview_date: 2026-11-20\nsend_date: 2026-11-19',
    good: 'interview_date: 2026-11-20\nsend_date: 2026-11-20',
    fix: 'Set send_date to the interview day or later (the quick fix sets the earliest good date), or correct interview_date.',
  },
  {
    id: 'timing/thank-you-late',
    severity: 'warning',
    summary: 'A thank-you sent more than 24 hours (configurable: thankYouWithinHours) after the interview.',
    why: 'Send the thank-you immediately after every interview, while they still remember you and before they decide: a prompt note shows the enthusiasm and interest it talks about.',
    bad: 'kind: thank-you\ninterview_date: 2026-11-20\nsend_date: 2026-11-23',
    good: 'kind: thank-you\ninterview_date: 2026-11-20\nsend_date: 2026-11-20',
    fix: 'Send it the same day, or the day after a date-only interview (with times: within 24 hours). If that has passed, send it today anyway: a late thank-you is better than none.',
  },
  {
    id: 'timing/check-in-before-deadline',
    severity: 'error',
    summary: 'A check-in sent before the date they said you would hear back.',
    why: 'Ask at the interview when you should hear back, and only check in once that date has passed with no word: before it, they are still deciding, and chasing them reads as impatient.',
    bad: 'kind: check-in\nreply_deadline: 2026-06-10\nsend_date: 2026-06-09',
    good: 'kind: check-in\nreply_deadline: 2026-06-10\nsend_date: 2026-06-15',
    fix: 'Set send_date to the reply deadline plus four days (checkInWaitDays) or later; the quick fix sets it.',
  },
  {
    id: 'timing/check-in-too-early',
    severity: 'warning',
    summary: 'A check-in sent on or after the reply deadline, but less than four days (configurable: checkInWaitDays) after it.',
    why: 'When the date they gave you passes with no word, wait another four or so days before a short, courteous check-in: decisions slip, and giving them a few days is what makes the email friendly rather than pushy.',
    bad: 'kind: check-in\nreply_deadline: 2026-06-10\nsend_date: 2026-06-11',
    good: 'kind: check-in\nreply_deadline: 2026-06-10\nsend_date: 2026-06-15',
    fix: 'Set send_date to the date the message names (reply deadline + checkInWaitDays) or later; the quick fix sets it.',
  },
  {
    id: 'timing/offer-deadline-passed',
    severity: 'error',
    summary: 'The email would be sent after the deadline for answering your other offer.',
    why: 'If another company offers you a job first, tell your preferred company while it still matters: after your offer deadline you have already had to answer, and the email can no longer help them decide.',
    bad: 'kind: other-offer\noffer_deadline: 2026-11-27\nsend_date: 2026-11-28',
    good: 'kind: other-offer\noffer_deadline: 2026-11-27\nsend_date: 2026-11-24',
    fix: 'Send it before offer_deadline, ideally two days before; if the deadline has passed, ask the other company for more time first.',
  },
  {
    id: 'timing/offer-deadline-close',
    severity: 'warning',
    summary: `Fewer than ${OFFER_NOTICE_DAYS} days between sending and your other offer's deadline.`,
    why: 'Telling your preferred company about another offer only helps if they have time to act on it: a day or less leaves no time for them to decide, and reads as pressure.',
    bad: 'kind: other-offer\noffer_deadline: 2026-11-27\nsend_date: 2026-11-26',
    good: 'kind: other-offer\noffer_deadline: 2026-11-27\nsend_date: 2026-11-24',
    fix: `Send it at least ${OFFER_NOTICE_DAYS} days before offer_deadline; the quick fix sets the earliest good date.`,
  },
  {
    id: 'timing/weekend',
    severity: 'info',
    summary: 'The email would be sent on a Saturday or Sunday (send_date, or today without one: then the finding sits on the `kind` key).',
    why: 'A follow-up should be courteous and not intrusive: sent at the weekend it lands outside working hours and waits under Monday morning\'s post. A thank-you is the exception: sending it promptly matters more.',
    bad: 'send_date: 2026-11-21  # a Saturday',
    good: 'send_date: 2026-11-23  # the Monday after',
    fix: 'Set send_date to the weekday the message names (the quick fix does it), or send it anyway if waiting would make it late.',
  },
];

export const timingRules: RuleFamily = {
  name: 'timing',
  scope: 'draft',
  rules: RULES,
  check(context) {
    const fm = context.draft.frontMatter;
    // Broken YAML: fix that first (dates may be unreadable); a sent draft is done.
    if (!fm || fm.errors.length > 0 || hasValue(fm.fields.get('sent'))) return;
    const sendField = hasValue(fm.fields.get('send_date')) ? fm.fields.get('send_date') : undefined;
    const plan = timingPlan(context.facts, context.settings, context.today, !!sendField);
    if (!plan) return; // send_date is not a date: frontmatter/invalid-date says so
    const timing = new Timing(context, plan, sendField);
    const before = timing.beforeInterview();
    timing.thankYouLate();
    if (!before) timing.checkIn();
    timing.offerDeadline();
    timing.weekend();
  },
};

/** One draft's timing checks, sharing the plan, the send phrase and the report ranges. */
class Timing {
  private readonly label: string;

  constructor(
    private readonly context: RuleContext,
    private readonly plan: TimingPlan,
    private readonly sendField: Field | undefined,
  ) {
    this.label = plan.kind ? `This ${KIND_LABELS[plan.kind]}` : 'This email';
  }

  beforeInterview(): boolean {
    const { interview, send, kind } = this.plan;
    if (!interview || !isBeforeInterview(send, interview)) return false;
    // A LinkedIn request has its own sequence rule, timing/linkedin-before-interview, with its own advice.
    if (kind === 'linkedin-request') return true;
    const good = this.plan.firstFix;
    const fix = good ? `Send it on or after ${formatHuman(good)}.` : 'Check interview_date and send_date.';
    this.report('timing/before-interview', 'interview_date', `${this.label} would go out ${this.sendPhrase()}, before the interview (${formatHuman(interview)}): a follow-up answers the interview, so it can only go after it. ${fix}`, good);
    return true;
  }

  thankYouLate(): void {
    const { interview, send, kind } = this.plan;
    if (kind !== 'thank-you' || !interview) return;
    const hours = this.context.settings.thankYouWithinHours;
    if (minutesAfterInterview(send, interview) <= hours * 60) return;
    const due = Math.floor(latestMinute(interview) + hours * 60);
    const dueDay = fromDayNumber(Math.floor(due / 1440));
    const dueText = interview.minutes === undefined ? formatHuman(dueDay) : formatHuman({ ...dueDay, minutes: due % 1440 });
    const today = this.context.today;
    const closed = dayNumber(dueDay) < dayNumber(today);
    // Once the window has closed, going out today is the best a writer can do: nothing to fix (the
    // status bar and the timeline still say it is overdue). Any other day, past or later, is fixed to today.
    if (closed && dayNumber(send) === dayNumber(today)) return;
    const good = closed ? today : this.plan.firstFix;
    const fix = closed
      ? 'That time has passed: send it today anyway, as a late thank-you is better than none.'
      : `Send it as soon as you can, by ${dueText} at the latest${good ? ` (on ${formatHuman(good)}, say)` : ''}.`;
    this.report('timing/thank-you-late', 'interview_date', `A thank-you should go out within ${plural(hours, 'hour')} of the interview (${formatHuman(interview)}), but this one goes out ${this.sendPhrase()}, ${gap(send, interview)} after it. ${fix}`, good);
  }

  checkIn(): void {
    const { kind, send, replyDeadline, checkInFrom } = this.plan;
    if (kind !== 'check-in' || !replyDeadline || !checkInFrom) return;
    const sendDay = dayNumber(send);
    const deadlineDay = dayNumber(replyDeadline);
    if (sendDay >= dayNumber(checkInFrom)) return;
    const wait = plural(Math.ceil(this.context.settings.checkInWaitDays), 'day');
    // The fix and the message name the same day: the first weekday from checkInFrom, never before today.
    const good = this.plan.firstFix;
    const from = good ?? checkInFrom;
    const reason =
      dayNumber(from) === dayNumber(checkInFrom)
        ? ` (${wait} after the reply deadline)`
        : isWeekend(checkInFrom) && dayNumber(from) - dayNumber(checkInFrom) <= 2
          ? ` (${wait} after the reply deadline is a ${weekdayName(checkInFrom)}: this avoids the weekend)`
          : '';
    const when = `Send it on or after ${formatHuman(from)}${reason}.`;
    if (sendDay < deadlineDay) {
      this.report('timing/check-in-before-deadline', 'reply_deadline', `Checking in ${this.sendPhrase()} is before the reply deadline (${formatHuman(replyDeadline)}), while they may still be deciding. ${when}`, good);
    } else {
      const after = sendDay === deadlineDay ? 'on the day of the reply deadline' : `only ${plural(sendDay - deadlineDay, 'day')} after the reply deadline`;
      this.report('timing/check-in-too-early', 'reply_deadline', `Checking in ${this.sendPhrase()} is ${after} (${formatHuman(replyDeadline)}): give them another ${wait} or so before you write. ${when}`, good);
    }
  }

  offerDeadline(): void {
    const { offerDeadline, offerAnswerBy, send } = this.plan;
    if (!offerDeadline || !offerAnswerBy) return;
    const daysLeft = dayNumber(offerDeadline) - dayNumber(send);
    if (daysLeft >= OFFER_NOTICE_DAYS) return;
    // Sending later than planned is the problem, so the good date closest to the plan is the last one
    // (a weekday, from today on).
    const good = this.plan.lastFix;
    const other = this.context.facts.text.other_company ?? 'the other company';
    const todayDay = dayNumber(this.context.today);
    const byWhen = good ? `Send it by ${formatHuman(good)}, at least ${OFFER_NOTICE_DAYS} days before the deadline, so they have time to respond.` : undefined;
    if (daysLeft < 0) {
      // No date can give them notice any more: a day before the deadline is still better than after it,
      // and once the deadline itself has passed, only more time from the other company helps.
      const fix =
        byWhen ??
        (todayDay <= dayNumber(offerDeadline)
          ? `Send it today, before the deadline, and ask ${other} for a few more days if you can.`
          : `The deadline has passed: ask ${other} for more time before you write, then set offer_deadline to the new date.`);
      this.report('timing/offer-deadline-passed', 'offer_deadline', `${this.label} would go out ${this.sendPhrase()}, after your other offer's deadline (${formatHuman(offerDeadline)}), when you must already have answered ${other}. ${fix}`, good);
      return;
    }
    const gapText = daysLeft === 0 ? `on the day your other offer's deadline falls (${formatHuman(offerDeadline)})` : `only 1 day before your other offer's deadline (${formatHuman(offerDeadline)})`;
    const fix = byWhen ?? `Send it as soon as you can, say by when you must answer, and ask ${other} for a few more days if you can.`;
    this.report('timing/offer-deadline-close', 'offer_deadline', `${this.label} would go out ${this.sendPhrase()}, ${gapText}: that leaves your preferred company little time to respond. ${fix}`, good);
  }

  weekend(): void {
    const { send } = this.plan;
    if (!isWeekend(send)) return;
    // A thank-you on the interview day itself goes straight out: promptness beats the weekday (and the
    // body's "today" stays true).
    const sameDay = this.plan.kind === 'thank-you' && !!this.plan.interview && dayNumber(send) === dayNumber(this.plan.interview);
    const instead = sameDay ? undefined : weekdayInstead(this.plan, send, this.context.today);
    const day = weekdayName(send);
    const fix = instead
      ? `${this.sendField ? 'Send it' : 'Set send_date and send it'} on ${formatHuman(instead)} instead.`
      : sameDay
        ? 'A thank-you goes straight after the interview, so send it anyway.'
        : 'A weekday would be too late, so send it anyway.';
    const subject = this.sendField ? `${formatHuman(send)} is a ${day}` : `Today (${formatHuman(send)}) is a ${day}`;
    this.report('timing/weekend', 'kind', `${subject}: an email sent at the weekend waits under Monday morning's post. ${fix}`, instead);
  }

  /** "on Thu 19 Nov 2026", or "today (Thu 19 Nov 2026)" without a send_date. */
  private sendPhrase(): string {
    return this.plan.sendIsToday ? `today (${formatHuman(this.plan.send)})` : `on ${formatHuman(this.plan.send)}`;
  }

  /** Reports on send_date, or without one on the field the rule compares against. */
  private report(rule: string, comparedField: string, message: string, good: DateValue | undefined): void {
    const field = this.sendField ?? this.context.draft.frontMatter?.fields.get(comparedField);
    if (!field) return;
    const onKey = !this.sendField && comparedField === 'kind';
    const value = this.context.draft.text.slice(field.valueStart, field.valueEnd);
    const report: Report = {
      rule,
      start: onKey ? field.keyStart : field.valueStart,
      end: onKey ? field.keyEnd : field.valueStart + value.trimEnd().length,
      message,
    };
    if (good) {
      const date = formatIsoDate(good);
      report.data = { type: 'set-send-date', date };
      if (this.sendField) report.suggestions = [date];
    }
    this.context.report(report);
  }
}

function hasValue(field: Field | undefined): boolean {
  return !!field && field.value !== null && field.value !== undefined && field.text.trim() !== '';
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** How long after the interview: hours and minutes when both have times, else calendar days. */
function gap(send: DateValue, interview: DateValue): string {
  if (send.minutes !== undefined && interview.minutes !== undefined) {
    const minutes = dayNumber(send) * 1440 + send.minutes - (dayNumber(interview) * 1440 + interview.minutes);
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${plural(hours, 'hour')} ${plural(minutes % 60, 'minute')}` : plural(hours, 'hour');
  }
  return plural(dayNumber(send) - dayNumber(interview), 'day');
}
