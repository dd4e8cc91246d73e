/**
 * Where an editor underlines a finding. A quiet finding about a whole paragraph (info or hint, with
 * nothing to replace it with: "this check-in asks no question") would underline a line or more on top of
 * the word-level warnings inside it, hiding them; it is shown on the paragraph's first word instead (its
 * message names the paragraph). Findings with a replacement keep their whole range, which the fix needs.
 * The CLI reports the full range; this is the editor's view only.
 */
import type { Range } from 'vscode-languageserver';
import type { Finding } from '../../packages/engine/finding';

/** Longer than this (UTF-16 units) is "a paragraph", not a phrase. */
export const LONG_SPAN = 40;

export function shownSpan(finding: Pick<Finding, 'severity' | 'range' | 'actual' | 'suggestions' | 'data'>): { range: Range; actual: string } {
  const quiet = finding.severity === 'info' || finding.severity === 'hint';
  const long = finding.actual.length > LONG_SPAN || finding.range.end.line > finding.range.start.line;
  if (!quiet || !long || finding.suggestions.length || finding.data) return { range: finding.range, actual: finding.actual };
  const word = /^\S{1,40}/.exec(finding.actual)?.[0];
  if (!word) return { range: finding.range, actual: finding.actual };
  const { start } = finding.range;
  return { range: { start, end: { line: start.line, character: start.character + word.length } }, actual: word };
}
