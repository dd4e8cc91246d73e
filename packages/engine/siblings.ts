/**
 * The other drafts of the same interview, as the sequence rules and the plan need them: kind, company,
 * interview day, and when each goes out. Read from the front matter alone, so a workspace of drafts is
 * cheap to scan.
 */
import { dayNumber, type DateValue } from './dates';
import { isDraft, type Draft } from './draft';
import { readFacts } from './facts';
import { parseFrontMatter } from './frontmatter';
import type { Letter } from './letter';
import { tooDeepLine } from './nesting';
import { PANEL_MAX_CHARS, panelWordsOfText } from './panelWords';
import { timingPlan } from './rules/timingPlan';
import type { DraftFacts } from './rules/types';
import type { Settings } from './settings';
import type { SiblingDraft } from './siblingDraft';
import { SourceText } from './source';

export type { SiblingDraft } from './siblingDraft';

const NO_LETTER: Letter = { lines: [], signature: [], mainStart: 0, mainEnd: 0 };

/** Facts from the front matter only (no Markdown parse). */
export function frontMatterFacts(text: string, settings: Settings): { facts: DraftFacts; isDraft: boolean } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const frontMatter = parseFrontMatter(clean);
  const draft = { source: new SourceText(''), text: clean, frontMatter, bodyStart: 0, blocks: [], comments: [], code: [], links: [] } as unknown as Draft;
  return { facts: readFacts(draft, NO_LETTER, settings), isDraft: isDraft(draft) };
}

/**
 * The front matter's facts and, for a thank-you only, its main text as the panel check compares it: the
 * one kind whose body another draft's check reads, so only thank-yous pay for a Markdown parse.
 */
export function draftSummary(text: string, settings: Settings): { facts: DraftFacts; isDraft: boolean; panelWords?: string } {
  const read = frontMatterFacts(text, settings);
  if (!read.isDraft || read.facts.kind !== 'thank-you') return read;
  const panelWords = thankYouPanelWords(text, read.facts);
  return panelWords === undefined ? read : { ...read, panelWords };
}

/**
 * A thank-you's main text as the panel check compares it (draftSummary's second half, for a reader that
 * has the facts already): undefined for a text it does not parse.
 */
export function thankYouPanelWords(text: string, facts: DraftFacts): string | undefined {
  // Read outside the checks' time limit (the CLI and the workspace scan read every sibling): a text no
  // thank-you is as long as, or one the check itself would refuse, is not parsed.
  if (text.length > PANEL_MAX_CHARS || tooDeepLine(text)) return undefined;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return panelWordsOfText(clean, [facts.text.interviewer, facts.text.company]);
}

export function siblingFromFacts(id: string, facts: DraftFacts, settings: Settings, today: DateValue, panelWords?: string): SiblingDraft {
  const plan = timingPlan(facts, settings, today, false);
  const { dates } = facts;
  return {
    id,
    kind: facts.kind,
    company: facts.text.company,
    interviewer: facts.text.interviewer,
    interview: dates.interview_date,
    subject: facts.text.subject,
    sendDate: dates.send_date,
    sent: dates.sent,
    when: dates.sent ?? dates.send_date ?? plan?.earliestGood ?? today,
    earliestGood: plan?.earliestGood,
    latest: plan?.latest,
    ...(panelWords === undefined ? {} : { panelWords }),
  };
}

/** A sibling from a draft's text, or undefined when the text is not a draft. */
export function readSibling(id: string, text: string, settings: Settings, today: DateValue): SiblingDraft | undefined {
  const { facts, isDraft, panelWords } = draftSummary(text, settings);
  return isDraft ? siblingFromFacts(id, facts, settings, today, panelWords) : undefined;
}

function normaliseCompany(name: string | undefined): string {
  return (name ?? '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/\b(?:llp|ltd|limited|plc|inc|llc|gmbh|co)\b\.?/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Keys already worked out: each draft is compared with every other, so a thousand drafts ask a million times. */
const keys = new WeakMap<object, string>();

/** The key of an interview: the company (legal suffix and punctuation aside) and the interview day. */
export function interviewKey(d: Pick<SiblingDraft, 'company' | 'interview'>): string {
  let key = keys.get(d);
  if (key === undefined) {
    key = `${normaliseCompany(d.company)}|${d.interview ? dayNumber(d.interview) : '?'}`;
    keys.set(d, key);
  }
  return key;
}

export function sameInterview(a: SiblingDraft, b: SiblingDraft): boolean {
  return !!a.company && !!a.interview && interviewKey(a) === interviewKey(b);
}
