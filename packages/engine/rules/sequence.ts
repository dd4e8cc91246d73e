/**
 * Sequence rules: timing across the drafts of one interview (same company, same interview day). They need
 * the other drafts, which the CLI and the language server pass in as `siblings`; without them they are
 * silent. Each reports on the draft that is out of order, at its send_date (or its kind line).
 */
import { addDays, dayNumber, formatHuman, formatIsoDate, type DateValue } from '../dates';
import { draftSummary, sameInterview, siblingFromFacts, type SiblingDraft } from '../siblings';
import type { RuleContext, RuleFamily, RuleMeta } from './types';

/** "Wait at least a week between check-ins." */
export const CHECK_IN_GAP_DAYS = 7;
/** "After two check-ins, let it go." */
export const MAX_CHECK_INS = 2;

const rules: RuleMeta[] = [
  {
    id: 'timing/check-in-before-thank-you',
    severity: 'warning',
    summary: 'A check-in planned to go out before the thank-you of the same interview.',
    why: 'The thank-you goes out straight after the interview; a check-in only after the reply deadline has passed. A check-in that overtakes the thank-you reads as impatient and leaves the thanks looking like an afterthought.',
    bad: 'thank-you: send_date 2026-11-30\ncheck-in:  send_date 2026-11-28',
    good: 'thank-you: send_date 2026-11-20\ncheck-in:  send_date 2026-12-01',
    fix: 'Send the thank-you first (today, if it is still unsent), and move the check-in after it.',
  },
  {
    id: 'timing/check-in-too-soon',
    severity: 'warning',
    summary: `A second check-in less than ${CHECK_IN_GAP_DAYS} days after the previous one.`,
    why: 'Check-ins must be short, courteous and rare: two emails in a few days feel like pressure, and email is meant to be the less intrusive way to ask.',
    bad: 'check-in 1: send_date 2026-12-01\ncheck-in 2: send_date 2026-12-03',
    good: 'check-in 1: send_date 2026-12-01\ncheck-in 2: send_date 2026-12-08',
    fix: `Wait at least ${CHECK_IN_GAP_DAYS} days after the previous check-in; the quick fix sets send_date to the first good day.`,
  },
  {
    id: 'timing/too-many-check-ins',
    severity: 'warning',
    summary: `More than ${MAX_CHECK_INS} check-ins for one interview.`,
    why: 'After two polite check-ins with no answer, a third one will not change the decision and can harm the impression you made; after that, let it go and put the energy into other applications.',
    bad: 'check-in 1: 2026-12-01\ncheck-in 2: 2026-12-08\ncheck-in 3: 2026-12-15',
    good: 'check-in 1: 2026-12-01\ncheck-in 2: 2026-12-08\n(no third check-in)',
    fix: 'Do not send this one. Mark the earlier check-ins as sent and move on to your other applications.',
  },
  {
    id: 'timing/linkedin-before-interview',
    severity: 'error',
    summary: 'A LinkedIn connection request planned before the interview it follows up.',
    why: 'The advice is to connect with the company and the interviewer after the interview, and for extra professionalism to say by email first that you would like to connect; a request before you have met looks premature.',
    bad: 'kind: linkedin-request\ninterview_date: 2026-11-20\nsend_date: 2026-11-19',
    good: 'kind: linkedin-request\ninterview_date: 2026-11-20\nsend_date: 2026-11-21',
    fix: 'Send the request after the interview, ideally after the heads-up email; the quick fix sets send_date to the interview day.',
  },
  {
    id: 'timing/linkedin-before-heads-up',
    severity: 'warning',
    summary: 'A LinkedIn connection request planned before the heads-up email of the same interview.',
    why: 'For extra professionalism, the advice is to say by email first that you would like to connect; a request that arrives before that email skips the courtesy.',
    bad: 'linkedin-heads-up: send_date 2026-11-23\nlinkedin-request:  send_date 2026-11-21',
    good: 'linkedin-heads-up: send_date 2026-11-21\nlinkedin-request:  send_date 2026-11-23',
    fix: 'Send the heads-up email first and the connection request on a later day; the quick fix sets send_date to the day after the heads-up.',
  },
];

function check(context: RuleContext): void {
  const { facts, settings, today, options, draft } = context;
  const self = siblingFromFacts(options.id ?? '', facts, settings, today);
  const fields = draft.frontMatter?.fields;
  const sendField = fields?.get('send_date');
  const kindField = fields?.get('kind');
  const at = sendField && facts.dates.send_date ? sendField : kindField;
  if (!at || facts.dates.sent) return;
  const report = (rule: string, message: string, date?: DateValue) =>
    context.report({
      rule,
      start: at === sendField ? at.valueStart : at.keyStart,
      end: at === sendField ? at.valueEnd : at.keyEnd,
      message,
      suggestions: date && at === sendField ? [formatIsoDate(date)] : [],
      data: date ? { type: 'set-send-date', date: formatIsoDate(date) } : undefined,
    });

  if (self.kind === 'linkedin-request' && self.interview && dayNumber(self.when) < dayNumber(self.interview)) {
    report(
      'timing/linkedin-before-interview',
      `This connection request would go out on ${formatHuman(self.when)}, before the interview on ${formatHuman(self.interview)}. Connect after you have met.`,
      self.interview,
    );
  }

  const others = (options.siblings ?? []).filter((s) => s.id !== options.id && sameInterview(s, self));
  const headsUp = others.find((s) => s.kind === 'linkedin-heads-up');
  if (self.kind === 'linkedin-request' && headsUp && dayNumber(headsUp.when) >= dayNumber(self.when)) {
    report(
      'timing/linkedin-before-heads-up',
      `This connection request would go out on ${formatHuman(self.when)}, ${dayNumber(headsUp.when) === dayNumber(self.when) ? 'the same day as' : 'before'} the heads-up email (${formatHuman(headsUp.when)}). Send the heads-up first, then the request a day later.`,
      addDays(headsUp.when, 1),
    );
  }
  if (self.kind !== 'check-in' || !others.length) return;

  const thankYou = others.find((s) => s.kind === 'thank-you');
  if (thankYou && dayNumber(thankYou.when) > dayNumber(self.when)) {
    report(
      'timing/check-in-before-thank-you',
      `This check-in would go out on ${formatHuman(self.when)}, before the thank-you (${formatHuman(thankYou.when)}). Send the thank-you first, then check in after it.`,
      addDays(thankYou.when, 1),
    );
  }
  // Earlier check-ins: planned on an earlier day, or on the same day but listed first.
  const earlier = others
    .filter((s) => s.kind === 'check-in')
    .filter((s) => dayNumber(s.when) < dayNumber(self.when) || (dayNumber(s.when) === dayNumber(self.when) && s.id < (options.id ?? '')))
    .sort((a, b) => dayNumber(a.when) - dayNumber(b.when));
  if (earlier.length >= MAX_CHECK_INS) {
    report(
      'timing/too-many-check-ins',
      `This would be check-in number ${earlier.length + 1} for this interview. After ${MAX_CHECK_INS} check-ins with no answer, let it go: do not send it.`,
    );
    return;
  }
  const previous = earlier[earlier.length - 1];
  if (previous && dayNumber(self.when) - dayNumber(previous.when) < CHECK_IN_GAP_DAYS) {
    const next = addDays(previous.when, CHECK_IN_GAP_DAYS);
    report(
      'timing/check-in-too-soon',
      `This check-in would go out ${dayNumber(self.when) - dayNumber(previous.when)} day(s) after the previous one (${formatHuman(previous.when)}). Wait a week: send it on or after ${formatHuman(next)}.`,
      next,
    );
  }
}

export const sequenceRules: RuleFamily = { name: 'timing across the drafts of an interview', scope: 'draft', rules, check };

/** Siblings from a set of draft texts: what the CLI passes when it checks a folder. */
export function siblingsOf(
  drafts: ReadonlyArray<{ id: string; text: string }>,
  settingsFor: (id: string) => import('../settings').Settings,
  today: DateValue,
): SiblingDraft[] {
  const out: SiblingDraft[] = [];
  for (const d of drafts) {
    const settings = settingsFor(d.id);
    const { facts, isDraft, panelWords } = draftSummary(d.text, settings);
    if (isDraft) out.push(siblingFromFacts(d.id, facts, settings, today, panelWords));
  }
  return out;
}
