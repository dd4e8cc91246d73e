/**
 * Grammar checked on single sentences: each sentence becomes the one body paragraph of a small thank-you
 * draft, checked with the default settings on a fixed day.
 */
import { check, defaultSettings, parseDateValue, type Finding } from '../../packages/engine';

const today = (() => {
  const d = parseDateValue('2026-12-04', false);
  if (!d.ok) throw new Error('bad date');
  return d.value;
})();

/** A sentence as the only body paragraph of a small thank-you draft. */
export function sentenceDraft(sentence: string): string {
  return `---\nkind: thank-you\ncompany: Example Ltd\n---\n\nDear Sam,\n\n${sentence}\n\nBest wishes,\nAlex\n`;
}

/** The grammar findings on a whole draft text. */
export function grammarFindingsIn(text: string): Finding[] {
  return check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('grammar/'));
}

/** The grammar findings on one sentence (in its sentenceDraft). */
export function grammarFindings(sentence: string): Finding[] {
  return grammarFindingsIn(sentenceDraft(sentence));
}
