/**
 * What a template can ask the user for: one table shared by the editor's prompts, the CLI's flags and
 * the snippets, with the validation and its messages (each says what to enter).
 */
import { dayNumber, formatHuman, parseDateValue, type DateValue } from './dates';

export type InputName =
  | 'company'
  | 'interviewer'
  | 'position'
  | 'interview_date'
  | 'reply_deadline'
  | 'offer_deadline'
  | 'topic'
  | 'link'
  | 'sender';

export type InputType = 'name' | 'text' | 'date' | 'datetime' | 'url';

export interface InputSpec {
  name: InputName;
  /** Key in a command's argument object: `{ company, interviewDate, ... }`. */
  key: string;
  /** CLI option, without the dashes. */
  flag: string;
  type: InputType;
  /** Short label: the input box's title and the snippet's tab stop text. */
  label: string;
  /** The question the input box asks. */
  prompt: string;
  example: string;
}

export const INPUTS: readonly InputSpec[] = [
  { name: 'company', key: 'company', flag: 'company', type: 'name', label: 'Company', prompt: 'The company you interviewed with', example: 'Hartley & Finch LLP' },
  { name: 'interviewer', key: 'interviewer', flag: 'interviewer', type: 'name', label: 'Interviewer', prompt: 'Who interviewed you (as you would greet them)', example: 'Margaret Hale' },
  { name: 'position', key: 'position', flag: 'position', type: 'name', label: 'Position', prompt: 'The role you interviewed for', example: 'Legal Secretary' },
  { name: 'interview_date', key: 'interviewDate', flag: 'interview-date', type: 'datetime', label: 'Interview date', prompt: 'When the interview was (YYYY-MM-DD, or YYYY-MM-DDTHH:MM)', example: '2026-11-20' },
  { name: 'reply_deadline', key: 'replyDeadline', flag: 'reply-deadline', type: 'date', label: 'Reply deadline', prompt: 'When they said you would hear back (YYYY-MM-DD)', example: '2026-11-27' },
  { name: 'offer_deadline', key: 'offerDeadline', flag: 'offer-deadline', type: 'date', label: 'Offer deadline', prompt: 'When you must answer the other offer (YYYY-MM-DD)', example: '2026-12-04' },
  { name: 'topic', key: 'topic', flag: 'topic', type: 'text', label: 'Topic', prompt: 'What you talked about that this follows up, as it reads after "we talked about"', example: 'how tenants can be involved in repairs' },
  { name: 'link', key: 'link', flag: 'link', type: 'url', label: 'Link', prompt: 'The web address of the article, news item or study', example: 'https://www.example.org/article' },
  { name: 'sender', key: 'sender', flag: 'sender', type: 'name', label: 'Your name', prompt: 'Your name, to sign the email', example: 'Anna Lewis' },
];

/** The tab-stop text of snippet slots that are not inputs: a description of what to write. */
export const SNIPPET_DESCRIPTIONS: Readonly<Record<string, string>> = {
  interview_when: 'today',
  subject: 'Subject line',
  interview_day: 'weekday and date of the interview',
  reply_deadline_day: 'weekday and date of the reply deadline',
  offer_deadline_day: 'weekday and date of the offer deadline',
};

export function inputSpec(name: string): InputSpec | undefined {
  return INPUTS.find((i) => i.name === name);
}

/** Why `raw` is not a good answer, as a message saying what to enter; undefined when it is. */
export function validateInput(spec: InputSpec, raw: string): string | undefined {
  const value = raw.trim();
  const what = spec.label.toLowerCase();
  switch (spec.type) {
    case 'name':
    case 'text':
      if (!value) return `Enter ${spec.name === 'sender' ? 'your name' : `the ${what}`}, e.g. ${spec.example}.`;
      if (/[\u0000-\u001f\u007f]/.test(value)) return `The ${what} must be one line of text, e.g. ${spec.example}.`;
      if (value.length > 200) return `The ${what} is too long (${value.length} characters); keep it under 200.`;
      return undefined;
    case 'date':
    case 'datetime': {
      if (!value) return `Enter the ${what} as YYYY-MM-DD, e.g. ${spec.example}.`;
      const parsed = parseDateValue(value, spec.type === 'datetime');
      if (parsed.ok) return undefined;
      const form = spec.type === 'datetime' ? 'YYYY-MM-DD (or YYYY-MM-DDTHH:MM)' : 'YYYY-MM-DD';
      return `"${value}" ${parsed.reason}. Enter the ${what} as ${form}, e.g. ${spec.example}.`;
    }
    case 'url':
      if (/^https?:\/\/[^\s<>]+\.[^\s<>]+$/i.test(value)) return undefined;
      return `Enter the full web address, starting with https://, e.g. ${spec.example}.`;
  }
}

/** Parses an answer already validated as a date. */
export function dateAnswer(raw: string | undefined): DateValue | undefined {
  if (!raw) return undefined;
  const parsed = parseDateValue(raw.trim(), true);
  return parsed.ok ? parsed.value : undefined;
}

/** Checks that need two answers: a reply deadline before the interview cannot be right. */
export function validateAnswerOrder(answers: Partial<Record<InputName, string>>): string | undefined {
  const interview = dateAnswer(answers.interview_date);
  const reply = dateAnswer(answers.reply_deadline);
  if (interview && reply && dayNumber(reply) < dayNumber(interview)) {
    return `The reply deadline (${formatHuman(reply)}) is before the interview (${formatHuman(interview)}); enter the day they said you would hear back, on or after the interview.`;
  }
  return undefined;
}
