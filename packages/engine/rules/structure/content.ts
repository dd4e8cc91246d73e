/**
 * What each kind of email must contain, per the advice: thanks in a thank-you, a link in a
 * point-of-interest email, a question or offer in a check-in, a date in an other-offer email.
 * The phrase lists are in ./phrases.ts; a finding covers the first line of the main text.
 */
import type { RootContent } from 'mdast';
import { monthName, weekdayName } from '../../dates';
import type { Draft } from '../../draft';
import type { Kind } from '../../kinds';
import type { RuleContext } from '../types';
import { mainAnchor, phraseMatcher, proseText, type StructureRule } from './body';
import { DEADLINE_PATTERNS, DEADLINE_PHRASES, OFFERS, THANKS } from './phrases';

const THANKS_MATCHER = phraseMatcher(THANKS);
const OFFER_MATCHER = phraseMatcher(OFFERS);
const DEADLINE_MATCHER = phraseMatcher(DEADLINE_PHRASES);
const DEADLINE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${DEADLINE_PATTERNS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Reports `message` at the start of the main text when a draft of `kind` lacks what `has` looks for. */
function requireIn(context: RuleContext, kind: Kind, rule: string, has: (text: string) => boolean, message: string): void {
  const { draft, letter, facts } = context;
  if (facts.kind !== kind) return;
  const anchor = mainAnchor(letter);
  if (!anchor || has(proseText(draft, letter.mainStart, letter.mainEnd))) return;
  context.report({ rule, start: anchor.start, end: anchor.end, message });
}

export const missingThanks: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/missing-thanks',
    severity: 'warning',
    summary:
      'A thank-you email whose main text never thanks the reader ("thank", "thanks", "grateful", "appreciate"...). A sign-off such as "Many thanks," does not count. The finding covers the first line of the main text.',
    why:
      'The advice is to send a thank-you letter immediately after every interview and, first of all, to thank them for their time. Without it the email is not a thank-you at all.',
    bad: 'Dear Ms Hale,\n\nIt was good to meet you today to discuss the Legal Secretary role.',
    good: 'Dear Ms Hale,\n\nThank you for taking the time to meet me today to discuss the Legal Secretary role.',
    fix: 'Open the main text by thanking them for their time, e.g. "Thank you for taking the time to meet me today."',
  },
  check(context) {
    const message =
      'This thank-you email never thanks the reader: open with thanks for their time, e.g. "Thank you for taking the time to meet me today."';
    requireIn(context, 'thank-you', 'structure/missing-thanks', (t) => THANKS_MATCHER.test(t), message);
  },
};

/** Whether the main text links to something: a Markdown link, a reference link or a bare URL (not an email address). */
function hasLink(draft: Draft, start: number, end: number): boolean {
  const isWeb = (url: string) => !/^mailto:/i.test(url) && !/^[^\s/:]+@[^\s/]+$/.test(url);
  if (draft.links.some((l) => l.start >= start && l.start < end && isWeb(l.url))) return true;
  const definitions = (nodes: RootContent[]): boolean =>
    nodes.some((n) => (n.type === 'definition' && isWeb(n.url)) || ('children' in n && n.type !== 'paragraph' && definitions(n.children as RootContent[])));
  return definitions(draft.mdast.children);
}

export const missingLink: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/missing-link',
    severity: 'warning',
    summary:
      'A point-of-interest email with no link in its main text: no Markdown link, reference link or bare URL (email addresses and links in the signature do not count). The finding covers the first line of the main text.',
    why:
      'The advice is to follow up on a topic of mutual interest from the interview with a news article, a link or a study. Without the link, the reader has nothing to open and the email loses its point.',
    bad: 'Dear Ms Hale,\n\nI came across an article on the new conveyancing rules we discussed and thought you might find it interesting.',
    good: 'Dear Ms Hale,\n\nI came across [an article on the new conveyancing rules](https://www.lawgazette.co.uk/news/conveyancing) we discussed and thought you might find it interesting.',
    fix: 'Add the article, study or page you mention as a link, e.g. `[the article](https://...)`, or paste its address.',
  },
  check(context) {
    const { draft, letter } = context;
    const message =
      'This point-of-interest email has no link: add the article or study you mention as a link, e.g. [the article](https://...), or paste its address.';
    requireIn(context, 'point-of-interest', 'structure/missing-link', () => hasLink(draft, letter.mainStart, letter.mainEnd), message);
  },
};

export const missingQuestion: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/missing-question',
    severity: 'info',
    summary:
      'A check-in email that neither asks nor offers anything: no question mark and no offer such as "happy to provide", "please let me know if", "if you need anything". The finding covers the first line of the main text.',
    why:
      'The advice for a check-in is to ask, in a short, courteous and friendly email, whether they need anything else from you, or to add a detail you forgot. A check-in that only asks for news reads as impatient; an offer of help gives the reader a reason to reply.',
    bad: 'Dear Ms Hale,\n\nI am writing to follow up on my interview for the Legal Secretary role on 20 November.',
    good: 'Dear Ms Hale,\n\nI am writing to follow up on my interview for the Legal Secretary role on 20 November. Is there anything else you need from me?',
    fix: 'Ask whether they need anything else ("Is there anything else you need from me?") or offer something ("I would be happy to provide references.").',
  },
  check(context) {
    const message =
      'This check-in neither asks nor offers anything: ask whether they need anything else, e.g. "Is there anything else you need from me?", or offer something, e.g. "I would be happy to provide references."';
    requireIn(context, 'check-in', 'structure/missing-question', (t) => t.includes('?') || OFFER_MATCHER.test(t), message);
  },
};

export const missingOfferDeadline: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/missing-offer-deadline',
    severity: 'info',
    summary:
      'An other-offer email that never says by when you must answer: no date, weekday, "by the end of the week", "within two days", "deadline"... The finding covers the first line of the main text.',
    why:
      'The advice is to tell your preferred company when another company offers you a job first. The date you must answer by is what lets them act in time; without it they cannot know how soon to decide.',
    bad: 'Dear Ms Hale,\n\nI have received an offer from another firm, but Hartley & Finch remains my first choice.',
    good: 'Dear Ms Hale,\n\nI have received an offer from another firm and must reply by Friday 27 November, but Hartley & Finch remains my first choice.',
    fix: 'Say when you must answer the other offer, e.g. "I have been asked to reply by Friday 27 November."',
  },
  check(context) {
    const deadline = context.facts.dates.offer_deadline;
    const example = deadline ? `by ${weekdayName(deadline)} ${deadline.day} ${monthName(deadline.month)}` : 'by Friday';
    const message = `This email does not say by when you must answer the other offer: say so, e.g. "I have been asked to reply ${example}."`;
    const saysWhen = (t: string) => DEADLINE_MATCHER.test(t) || DEADLINE_PATTERN.test(t);
    requireIn(context, 'other-offer', 'structure/missing-offer-deadline', saysWhen, message);
  },
};
