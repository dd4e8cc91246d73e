/**
 * frontmatter/: the fields of a draft, as SPEC section 2 defines them. A finding covers the value it is
 * about; a missing field covers the `kind` key (the draft as a whole), an unknown or empty field its key.
 */
import { dayNumber, EXPECTED_DATE_FORM, formatHuman, formatIsoDate, parseDateValue } from '../dates';
import type { Field, FrontMatter } from '../frontmatter';
import { FIELDS, fieldSpec, isKind, KIND_LABELS, KINDS, type FieldSpec, type Kind } from '../kinds';
import { DIALECTS } from '../settings';
import { closestDialect, closestField, closestKind, emailProblem, rewriteDate } from './frontmatterValues';
import type { RuleContext, RuleFamily, RuleMeta } from './types';
import { explainYamlError } from './yamlErrors';

const RULES: RuleMeta[] = [
  {
    id: 'frontmatter/invalid-yaml',
    severity: 'error',
    summary: 'The front matter is not valid YAML, or is never closed.',
    why: 'The checker reads the kind, the company and the dates from the front matter; while it cannot be read, none of the timing or structure checks can tell you whether the email is ready to send.',
    bad: '---\nkind: thank-you\nsubject: Re: your interview\n---',
    good: '---\nkind: thank-you\nsubject: "Re: your interview"\n---',
    fix: 'Write each field as "name: value" on its own line, starting at the beginning of the line; put values that contain ": " or start with a special character in quotes; write each field once; close the front matter with a line of three dashes.',
  },
  {
    id: 'frontmatter/unknown-kind',
    severity: 'error',
    summary: '`kind` is not one of the kinds of follow-up email.',
    why: 'Each follow-up has its own job: a thank-you goes out straight after the interview, a check-in only once the promised reply date has passed by four or so days, an other-offer before your offer deadline. The kind decides which of these checks apply.',
    bad: 'kind: thankyou',
    good: 'kind: thank-you',
    fix: `Use one of ${KINDS.join(', ')}; the quick fix picks the closest.`,
  },
  {
    id: 'frontmatter/missing-field',
    severity: 'error',
    summary: 'A field the kind of email needs is missing (marked on the `kind` key) or empty (marked on its own key).',
    why: 'A thank-you must go out within a day of the interview and a check-in only after the reply deadline; without the interview date, the reply deadline or the company, the checker cannot tell you when to send or catch the wrong name in the letter.',
    bad: '---\nkind: check-in\ncompany: Hartley & Finch LLP\ninterview_date: 2026-11-20\n---',
    good: '---\nkind: check-in\ncompany: Hartley & Finch LLP\ninterviewer: Margaret Hale\ninterview_date: 2026-11-20\nreply_deadline: 2026-11-27\n---',
    fix: 'Add the field named in the message. Every draft needs kind, company and interview_date; thank-you, check-in and linkedin-request also need interviewer; check-in needs reply_deadline; other-offer needs offer_deadline.',
  },
  {
    id: 'frontmatter/invalid-date',
    severity: 'error',
    summary: 'A date field is not a real date in the form YYYY-MM-DD (or YYYY-MM-DDTHH:MM).',
    why: 'Timing is half of a good follow-up: the thank-you goes out immediately, the check-in four or so days after the reply date. A date the checker cannot read, or a day that does not exist, silently turns those checks off.',
    bad: 'interview_date: 30/02/2026',
    good: 'interview_date: 2026-02-27',
    fix: 'Write dates as YYYY-MM-DD, and interview_date, send_date and sent as YYYY-MM-DDTHH:MM when the time matters; reply_deadline and offer_deadline are days, without a time. Quotes around a date are fine.',
  },
  {
    id: 'frontmatter/unknown-field',
    severity: 'warning',
    summary: 'A field the draft format does not know, usually a misspelt one.',
    why: 'A misspelt field is a field the checker never reads: "send_dat" leaves the send date unchecked and "interviewr" leaves the greeting unchecked, so a mistake in the email you meant to be meticulous can slip through.',
    bad: 'interviewr: Margaret Hale',
    good: 'interviewer: Margaret Hale',
    fix: `Rename the field to the one suggested (the quick fix does it), or remove it. Known fields: ${FIELDS.map((f) => f.name).join(', ')}.`,
  },
  {
    id: 'frontmatter/invalid-email',
    severity: 'warning',
    summary: '`to` is not a valid email address.',
    why: 'The email has to reach the interviewer, and a meticulous email starts with the right address: a typo here means the thank-you you sent "immediately" never arrives.',
    bad: 'to: margaret.hale@hartleyfinch',
    good: 'to: margaret.hale@hartleyfinch.co.uk',
    fix: 'Write the full address, like name@company.co.uk (or "Name <name@company.co.uk>"); separate several addresses with commas.',
  },
  {
    id: 'frontmatter/date-order',
    severity: 'error',
    summary: '`reply_deadline` is before `interview_date`.',
    why: 'The reply deadline is the date they gave you at the interview for hearing back, so it cannot be before the interview; with the dates swapped or mistyped, the check-in timing advice would be wrong.',
    bad: 'interview_date: 2026-11-20\nreply_deadline: 2026-11-13',
    good: 'interview_date: 2026-11-20\nreply_deadline: 2026-11-27',
    fix: 'Correct whichever of the two dates is wrong.',
  },
  {
    id: 'frontmatter/invalid-value',
    severity: 'error',
    summary: 'A text field holds a list or a map instead of one line of text.',
    why: 'The company, interviewer and position are checked against the letter (the greeting must name the interviewer, the company name must be spelt right); a list cannot be compared, so those checks stop.',
    bad: 'interviewer:\n  - Margaret Hale\n  - Tom Reed',
    good: 'interviewer: Margaret Hale and Tom Reed',
    fix: 'Write the value as text on one line after the colon; put several names in one line.',
  },
  {
    id: 'frontmatter/invalid-dialect',
    severity: 'warning',
    summary: '`dialect` is not en-GB or en-US.',
    why: 'Spelling must be right for the reader: a British firm expects "organise" and "colour". An unknown dialect is ignored and the draft is spell-checked in your configured dialect instead.',
    bad: 'dialect: British',
    good: 'dialect: en-GB',
    fix: 'Write en-GB or en-US, or remove the field to use the configured dialect.',
  },
];

/** Fields whose value is text that other rules compare against the letter. */
const TEXT_TYPES = new Set(['text']);

export const frontmatterRules: RuleFamily = {
  name: 'frontmatter',
  scope: 'draft',
  rules: RULES,
  check(context) {
    const fm = context.draft.frontMatter;
    if (!fm) return;
    const text = context.draft.text;
    for (const error of fm.errors) {
      const explained = explainYamlError(error, fm, text);
      context.report({ rule: 'frontmatter/invalid-yaml', ...explained });
    }
    // Fields that touch a YAML error were read from broken text: say nothing more about them.
    const readable = (field: Field) =>
      !fm.errors.some((e) => e.start <= Math.max(field.valueEnd, field.keyEnd) && e.end >= field.keyStart);
    for (const field of fm.order) {
      // A duplicate is already an invalid-yaml finding.
      if (fm.fields.get(field.key) === field && readable(field)) checkField(field, fm, context);
    }
    // With broken YAML, a field may be there but unreadable: no missing-field noise.
    if (fm.errors.length === 0) {
      checkRequired(fm, context);
      checkDateOrder(fm, context);
    }
  },
};

function checkField(field: Field, fm: FrontMatter, context: RuleContext): void {
  const spec = fieldSpec(field.key);
  if (!spec) return reportUnknownField(field, fm, context);
  if (isEmpty(field)) {
    // An empty required field is reported as missing (on its own key, see checkRequired).
    return;
  }
  switch (spec.type) {
    case 'kind':
      return checkKind(field, context);
    case 'date':
    case 'datetime':
      return checkDate(field, spec, context);
    case 'email':
      return checkEmail(field, context);
    case 'dialect':
      return checkDialect(field, context);
    default:
      if (TEXT_TYPES.has(spec.type) && isCollection(field)) {
        const shape = Array.isArray(field.value) ? 'a list' : 'a map';
        const source = context.draft.text.slice(field.valueStart, trimmedEnd(field, context));
        const bracket = /^[[{]/.exec(source)?.[0];
        context.report({
          rule: 'frontmatter/invalid-value',
          start: field.valueStart,
          end: trimmedEnd(field, context),
          message: bracket
            ? `"${field.key}" is read as ${shape}, because its value starts with "${bracket}": write ${spec.meaning} as plain text, or put the value in quotes.`
            : `"${field.key}" must be one line of text (${spec.meaning}), not ${shape}: write it on the same line as "${field.key}:".`,
        });
      }
  }
}

function reportUnknownField(field: Field, fm: FrontMatter, context: RuleContext): void {
  const to = closestField(field.key);
  // Renaming to a field the draft already has would make a duplicate.
  if (to && !fm.fields.has(to)) {
    context.report({
      rule: 'frontmatter/unknown-field',
      start: field.keyStart,
      end: field.keyEnd,
      message: `Unknown field "${field.key}": did you mean "${to}"? Rename it, or the checker ignores it.`,
      suggestions: [to],
      data: { type: 'rename-field', to },
    });
    return;
  }
  const note = to ? ` It looks like "${to}", which this draft already has.` : '';
  context.report({
    rule: 'frontmatter/unknown-field',
    start: field.keyStart,
    end: field.keyEnd,
    message: `Unknown field "${field.key}": the checker ignores it.${note} Remove it, or use one of the known fields: ${FIELDS.map((f) => f.name).join(', ')}.`,
  });
}

function checkKind(field: Field, context: RuleContext): void {
  if (isKind(field.value)) return;
  const written = typeof field.value === 'string' ? field.value : field.text;
  const suggestion = typeof field.value === 'string' ? closestKind(field.value) : undefined;
  const list = KINDS.join(', ');
  context.report({
    rule: 'frontmatter/unknown-kind',
    start: field.valueStart,
    end: trimmedEnd(field, context),
    message: suggestion
      ? `Unknown kind "${written}": did you mean "${suggestion}" (a ${KIND_LABELS[suggestion]})? The kinds are ${list}.`
      : `Unknown kind "${written}": use one of ${list}.`,
    suggestions: suggestion ? [suggestion] : undefined,
  });
}

function checkDate(field: Field, spec: FieldSpec, context: RuleContext): void {
  const allowTime = spec.type === 'datetime';
  const form = allowTime ? EXPECTED_DATE_FORM : 'YYYY-MM-DD';
  const end = trimmedEnd(field, context);
  if (isCollection(field)) {
    context.report({
      rule: 'frontmatter/invalid-date',
      start: field.valueStart,
      end,
      message: `"${field.key}" must be one date in the form ${form}, on the same line as "${field.key}:".`,
    });
    return;
  }
  const parsed = parseDateValue(field.text, allowTime);
  if (parsed.ok) return;
  const rewritten = rewriteDate(field.text, allowTime);
  const example = rewritten ?? formatIsoDate(context.today);
  let message: string;
  if (parsed.reason.startsWith('is not in the form')) {
    message = `${field.key} "${field.text}" is not a date in the form ${form}: write it like ${example}.`;
  } else if (parsed.reason.startsWith('must be a date without a time')) {
    message = `${field.key} is a day, without a time: write it as ${form}, like ${example}.`;
  } else {
    message = `${field.key} "${field.text}" ${parsed.reason}. Write a real date in the form ${form}.`;
  }
  context.report({
    rule: 'frontmatter/invalid-date',
    start: field.valueStart,
    end,
    message,
    suggestions: rewritten ? [rewritten] : undefined,
  });
}

function checkEmail(field: Field, context: RuleContext): void {
  const end = trimmedEnd(field, context);
  if (isCollection(field)) {
    context.report({
      rule: 'frontmatter/invalid-email',
      start: field.valueStart,
      end,
      message: '"to" must be an email address on the same line, like "to: name@company.co.uk"; separate several addresses with commas.',
    });
    return;
  }
  const problem = emailProblem(field.text);
  if (!problem) return;
  context.report({
    rule: 'frontmatter/invalid-email',
    start: field.valueStart,
    end,
    message: `"${field.text}" is not a valid email address: it ${problem.problem}. ${problem.fix ? `Write ${problem.fix}.` : 'Check the address the interviewer gave you.'}`,
    suggestions: problem.fix ? [problem.fix] : undefined,
  });
}

function checkDialect(field: Field, context: RuleContext): void {
  if (typeof field.value === 'string' && (DIALECTS as readonly string[]).includes(field.value)) return;
  const suggestion = closestDialect(field.text);
  context.report({
    rule: 'frontmatter/invalid-dialect',
    start: field.valueStart,
    end: trimmedEnd(field, context),
    message: `Unknown dialect "${field.text}": write ${suggestion ?? 'en-GB or en-US'}. Until then this draft is checked as ${context.settings.dialect}, your configured dialect.`,
    suggestions: suggestion ? [suggestion] : undefined,
  });
}

function checkRequired(fm: FrontMatter, context: RuleContext): void {
  const kindField = fm.fields.get('kind');
  if (!kindField) return;
  const kind: Kind | undefined = isKind(kindField.value) ? kindField.value : undefined;
  for (const spec of FIELDS) {
    // With no known kind, only the fields every kind needs are certain.
    const required = kind ? spec.requiredFor.includes(kind) : spec.requiredFor.length === KINDS.length;
    if (!required) continue;
    const field = fm.fields.get(spec.name);
    if (field && !isEmpty(field)) continue;
    const who = kind ? withArticle(KIND_LABELS[kind]) : 'every draft';
    let message: string;
    if (spec.name === 'kind') message = `"kind" is empty: write one of ${KINDS.join(', ')} after "kind:".`;
    else if (field) message = `"${spec.name}" is empty, but ${who} needs it: write ${spec.meaning} after "${spec.name}:".`;
    else message = `${capitalise(who)} needs "${spec.name}", ${spec.meaning}: add a line "${spec.name}: ${placeholder(spec)}" to the front matter.`;
    // An empty field covers its own key; a field that is not there covers the `kind` key.
    context.report({
      rule: 'frontmatter/missing-field',
      start: field ? field.keyStart : kindField.keyStart,
      end: field ? field.keyEnd : kindField.keyEnd,
      message,
    });
  }
}

function checkDateOrder(fm: FrontMatter, context: RuleContext): void {
  const { interview_date: interview, reply_deadline: deadline } = context.facts.dates;
  const field = fm.fields.get('reply_deadline');
  if (!interview || !deadline || !field) return;
  if (dayNumber(deadline) >= dayNumber(interview)) return;
  context.report({
    rule: 'frontmatter/date-order',
    start: field.valueStart,
    end: trimmedEnd(field, context),
    message: `reply_deadline (${formatHuman(deadline)}) is before interview_date (${formatHuman(interview)}), but it is when they said at the interview you would hear back: correct whichever date is wrong.`,
  });
}

function placeholder(spec: FieldSpec): string {
  return spec.type === 'date' || spec.type === 'datetime' ? 'YYYY-MM-DD' : '...';
}

/** "a thank-you email", "an other-offer email". */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isEmpty(field: Field): boolean {
  return field.value === null || field.value === undefined || (typeof field.value === 'string' && !field.value.trim());
}

function isCollection(field: Field): boolean {
  return typeof field.value === 'object' && field.value !== null;
}

/** The end of the value without the line break a block value's range includes. */
function trimmedEnd(field: Field, context: RuleContext): number {
  const value = context.draft.text.slice(field.valueStart, field.valueEnd);
  return field.valueStart + value.trimEnd().length;
}
