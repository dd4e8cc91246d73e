/**
 * The one finding a file gets when its check was stopped: it ran past the time limit, or the checker
 * failed (ran out of memory). Built here, like every finding, so the language server and the CLI say it
 * alike; the check itself ran elsewhere (a worker, see node/workerCheckRunner.ts).
 */
import type { Finding } from './finding';
import { severityFor, type Settings } from './settings';

export const NOT_CHECKED_RULE = 'structure/not-checked';

/** Why a file was not checked. */
export type NotCheckedReason = { kind: 'timeout'; seconds: number; setting: string } | { kind: 'failed'; detail: string };

export function notCheckedMessage(text: string, reason: NotCheckedReason): string {
  const size = `${text.length.toLocaleString('en')} characters`;
  if (reason.kind === 'timeout') {
    return `This file (${size}) was not checked: checking it took longer than ${reason.seconds} s, so it was stopped. Shorten the file (one email per file), or raise ${reason.setting} to give it more time.`;
  }
  return `This file (${size}) was not checked: the checker stopped (${reason.detail}). Shorten the file (one email per file); if it is an ordinary draft, please report this with the file.`;
}

/** The finding at the start of the file, or none when the rule is turned off. */
export function notCheckedFindings(text: string, settings: Settings, reason: NotCheckedReason): Finding[] {
  const severity = severityFor(settings, NOT_CHECKED_RULE, 'info');
  if (severity === 'off') return [];
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ rule: NOT_CHECKED_RULE, severity, message: notCheckedMessage(text, reason), start: 0, end: 0, range, actual: '', suggestions: [] }];
}
