/**
 * The structure family: what a follow-up email must contain and how it must be laid out, per SPEC
 * section 3. One module per concern under ./structure/; this file lists the rules and runs them.
 */
import type { RuleFamily, RuleMeta } from './types';
import type { StructureRule } from './structure/body';
import { companyNameMismatch } from './structure/company';
import { missingLink, missingOfferDeadline, missingQuestion, missingThanks } from './structure/content';
import { greetingNameMismatch, greetingWithoutName, missingGreeting } from './structure/greeting';
import { linkedinNoteTooLong, tooLong } from './structure/length';
import { otherOrganisation } from './structure/otherOrganisation';
import { panelThankYouAlike } from './structure/panel';
import { placeholder } from './structure/placeholder';
import { missingSignOff, signOffFullStop } from './structure/signOff';
import { missingSubject } from './structure/subject';
import { relativeDayMismatch, weekdayMismatch } from './structure/dayMentions';

const RULES: readonly StructureRule[] = [
  placeholder,
  missingSubject,
  missingGreeting,
  greetingNameMismatch,
  greetingWithoutName,
  companyNameMismatch,
  otherOrganisation,
  missingSignOff,
  signOffFullStop,
  tooLong,
  linkedinNoteTooLong,
  missingThanks,
  missingLink,
  missingQuestion,
  missingOfferDeadline,
  weekdayMismatch,
  relativeDayMismatch,
  panelThankYouAlike,
];

/** Reported by check.ts itself, which skips files over `maxFileSize`; documented here with its family. */
const fileTooLarge: RuleMeta = {
  id: 'structure/file-too-large',
  severity: 'info',
  summary:
    'The file is larger than `maxFileSize` characters (default 100,000 for a draft; a note checked with `checkAllMarkdown` may have 10 times as many, 1,000,000 by default), so it was not checked at all. The finding sits at the start of the file.',
  why:
    'A follow-up email is a few hundred words; a file this large is not one, and checking it on every keystroke would slow the editor down for nothing.',
  bad: '(a 5 MB Markdown export with `kind: thank-you` in its front matter)',
  good: '(one short email per file: the front matter and a body of a few hundred words)',
  fix: 'Keep one email per file. If the file really is a draft, raise `maxFileSize` in `.followup.json`.',
};

/** Reported by check.ts itself, which does not parse a text nested deeper than `MAX_NESTING` (nesting.ts). */
const tooDeeplyNested: RuleMeta = {
  id: 'structure/too-deeply-nested',
  severity: 'info',
  summary:
    'A line opens more than 50 block quotes or list items (`>` or `- ` over and over), so the file was not checked at all. The finding sits at the start of that line.',
  why:
    'No email nests quotes or lists that deep; such a text is a mistake or an attack, and parsing it would take seconds on every keystroke.',
  bad: '(a line of 3,000 `>` characters)',
  good: '> A quoted line, at most a few levels deep.',
  fix: 'Remove the extra `>` or list markers at the start of the line.',
};

/** Reported by the check runners (engine/notChecked.ts) when a check was stopped. */
const notChecked: RuleMeta = {
  id: 'structure/not-checked',
  severity: 'info',
  summary:
    'Checking the file took longer than the time limit (`checkTimeoutSeconds` in the editor, default 5 seconds; 10 seconds a file for `followup check`, see `--timeout`), or the checker ran out of memory, so the check was stopped and the file was not checked. Every other file is still checked, and the editor keeps answering meanwhile. The finding sits at the start of the file.',
  why:
    'No email takes seconds to check; a file that does is very large or built to be slow, and waiting for it would freeze the editor for every other draft.',
  bad: '(a Markdown export of several megabytes with `maxFileSize` raised so that it is checked)',
  good: '(one short email per file: the front matter and a body of a few hundred words)',
  fix: 'Keep one email per file. If the file really must be checked, raise `checkTimeoutSeconds` (up to 60) in the editor settings or `.followup.json`, or run `followup check --timeout 60`.',
};

export const structureRules: RuleFamily = {
  name: 'structure',
  scope: 'draft',
  rules: [...RULES.map((r) => r.meta), fileTooLarge, tooDeeplyNested, notChecked],
  check(context) {
    for (const rule of RULES) {
      if (rule.needsKind && !context.facts.kind) continue;
      rule.check(context);
    }
  },
};
