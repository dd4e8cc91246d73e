/** What a rule family sees and how it reports. Rules never read raw settings or build findings. */
import type { DateValue } from '../dates';
import type { Draft } from '../draft';
import type { Report, Severity } from '../finding';
import type { Kind } from '../kinds';
import type { Letter } from '../letter';
import type { Dialect, Settings } from '../settings';
import type { SiblingDraft } from '../siblingDraft';

/** A rule's documentation and default; docs/rules.md is generated from these. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  /** One line: what the rule finds. */
  summary: string;
  /** Why it matters, from the advice the product is built on. */
  why: string;
  bad: string;
  good: string;
  fix: string;
}

/** Date fields, parsed; a field is absent when missing or invalid. */
export type DateFields = Partial<Record<'interview_date' | 'reply_deadline' | 'send_date' | 'offer_deadline' | 'sent', DateValue>>;

export interface DraftFacts {
  /** The draft's kind when it is a known kind. */
  kind?: Kind;
  dates: DateFields;
  /** Text fields (company, interviewer, ...) as written. */
  text: Record<string, string | undefined>;
  dialect: Dialect;
  /** Names that are known words in this draft: company, interviewer, position, other company, signature. */
  names: string[];
}

export interface CheckOptions {
  /** Compute spelling suggestions (slow): for code actions and the CLI's JSON. */
  suggest?: boolean;
  /** The other drafts in the workspace, for the sequence rules (check-ins after the thank-you...). */
  siblings?: readonly SiblingDraft[];
  /** This draft's id among the siblings (its path or URI), so it is not compared with itself. */
  id?: string;
}

export interface RuleContext {
  draft: Draft;
  letter: Letter;
  facts: DraftFacts;
  settings: Settings;
  today: DateValue;
  /** Whether the file is a draft (front matter with `kind`), not just any Markdown. */
  isDraft: boolean;
  options: CheckOptions;
  report(report: Report): void;
}

export interface RuleFamily {
  name: string;
  /** `draft`: only drafts; `prose`: also Markdown files when checkAllMarkdown is on. */
  scope: 'draft' | 'prose';
  rules: readonly RuleMeta[];
  check(context: RuleContext): void;
}
