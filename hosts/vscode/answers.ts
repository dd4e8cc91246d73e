/**
 * The questions a new draft asks, their defaults and their checks, without the editor: the commands
 * turn these into input boxes, or take the answers from a command argument (for scripts and tests).
 */
import { addDays, formatIsoDate, type DateValue } from '../../packages/engine/dates';
import type { Kind } from '../../packages/engine/kinds';
import {
  dateAnswer,
  INPUTS,
  inputsFor,
  validateAnswerOrder,
  validateInput,
  type Answers,
  type InputSpec,
} from '../shared/templates';

/** Days after the interview a reply deadline defaults to, when they gave none: a week. */
export const DEFAULT_REPLY_DAYS = 7;

/**
 * The questions for drafts of `kinds` (one kind, or all of a plan) with their templates: only what the
 * templates use, each once, in a fixed order; the sender's name only when it is not already known.
 */
export function questionsFor(kinds: ReadonlyArray<{ kind: Kind; template?: string }>, senderKnown: boolean): InputSpec[] {
  const needed = new Set<InputSpec>();
  for (const { kind, template } of kinds) for (const input of inputsFor(kind, template)) needed.add(input);
  return INPUTS.filter((input) => needed.has(input) && !(senderKnown && input.name === 'sender'));
}

/** A sensible first value for the input box: the interview was today; they reply within a week. */
export function defaultAnswer(input: InputSpec, answers: Answers, today: DateValue): string | undefined {
  if (input.name === 'interview_date') return formatIsoDate(today);
  if (input.name === 'reply_deadline') {
    const interview = dateAnswer(answers.interview_date);
    return formatIsoDate(addDays(interview ?? today, DEFAULT_REPLY_DAYS));
  }
  return undefined;
}

/** What is wrong with `value` as the answer to `input`, given the answers before it; undefined when fine. */
export function checkAnswer(input: InputSpec, value: string, answers: Answers): string | undefined {
  return validateInput(input, value) ?? validateAnswerOrder({ ...answers, [input.name]: value.trim() });
}

export type ArgumentAnswers = { ok: true; answers: Answers } | { ok: false; message: string };

/**
 * Answers given as a command argument, `{ company, interviewer, interviewDate, ... }` (snake_case keys
 * work too): every answer checked as the input box would; missing ones take their default, and a
 * missing answer without one is an error rather than a question.
 */
export function answersFromArgument(arg: unknown, questions: readonly InputSpec[], today: DateValue): ArgumentAnswers {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) {
    return { ok: false, message: 'The command argument must be an object of answers, like { "company": "Hartley & Finch LLP" }.' };
  }
  const given = new Map<string, unknown>();
  for (const [key, value] of Object.entries(arg)) {
    const input = INPUTS.find((i) => i.key === key || i.name === key);
    if (!input) return { ok: false, message: `Unknown answer "${key}"; answers are ${INPUTS.map((i) => i.key).join(', ')}.` };
    given.set(input.name, value);
  }
  const answers: Answers = {};
  for (const input of questions) {
    const value = given.get(input.name) ?? defaultAnswer(input, answers, today);
    if (value === undefined) return { ok: false, message: `Missing answer "${input.key}": ${input.prompt.toLowerCase()}, e.g. "${input.example}".` };
    if (typeof value !== 'string') return { ok: false, message: `The answer "${input.key}" must be text, e.g. "${input.example}".` };
    const problem = checkAnswer(input, value, answers);
    if (problem) return { ok: false, message: `${input.label}: ${problem}` };
    answers[input.name] = value.trim();
  }
  // Answers the templates do not ask for (a sender already in the settings) are still used when given.
  for (const [name, value] of given) {
    const input = INPUTS.find((i) => i.name === name)!;
    if (name in answers || typeof value !== 'string' || checkAnswer(input, value, answers)) continue;
    answers[input.name] = value.trim();
  }
  return { ok: true, answers };
}
