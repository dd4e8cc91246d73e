/** Asks the questions of a new draft one input box at a time, each checked as the user types. */
import * as vscode from 'vscode';
import type { DateValue } from '../../../packages/engine/dates';
import type { Answers, InputSpec } from '../../shared/templates';
import { checkAnswer, defaultAnswer } from '../answers';

/** The answers, or undefined when the user pressed Escape. */
export async function askAnswers(questions: readonly InputSpec[], today: DateValue, title: string): Promise<Answers | undefined> {
  const answers: Answers = {};
  for (const [index, input] of questions.entries()) {
    const value = await vscode.window.showInputBox({
      title: questions.length > 1 ? `${title} (${index + 1}/${questions.length})` : title,
      prompt: input.prompt,
      placeHolder: `e.g. ${input.example}`,
      value: defaultAnswer(input, answers, today),
      ignoreFocusOut: true,
      validateInput: (text) => checkAnswer(input, text, answers),
    });
    if (value === undefined) return undefined;
    answers[input.name] = value.trim();
  }
  return answers;
}
