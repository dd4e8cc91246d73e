/**
 * Grammar checked on single sentences: each sentence becomes the one body paragraph of a small thank-you
 * draft, checked with the default settings on a fixed day.
 */
import { describe, expect, it } from 'vitest';
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

/** One wrong sentence: the words a grammar rule flags in it, and the fix it offers first. */
export type SlipCase = [sentence: string, flagged: string, fix: string];

/**
 * Checks a slip as a user meets it: `rule` (or any grammar rule) flags exactly `flagged`, offers `fix`
 * first, and the sentence with the fix applied (at the last occurrence of the flagged words) has no
 * grammar finding at all. Returns what went wrong, or undefined.
 */
export function slipProblem([sentence, flagged, fix]: SlipCase, rule?: string): string | undefined {
  const found = grammarFindings(sentence);
  const finding = found.find((f) => (!rule || f.rule === rule) && f.actual === flagged);
  if (!finding) return `no finding on "${flagged}"; found ${JSON.stringify(found.map((f) => `${f.rule} ${f.actual}`))}`;
  if (finding.suggestions[0] !== fix) return `fix "${finding.suggestions[0]}", expected "${fix}"`;
  const escaped = flagged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))].pop()?.index ?? -1;
  const fixed = sentence.slice(0, at) + fix + sentence.slice(at + flagged.length);
  const after = grammarFindings(fixed).map((f) => `${f.rule} ${f.actual}`);
  return after.length ? `the fixed sentence "${fixed}" still has ${JSON.stringify(after)}` : undefined;
}

/** The grammar findings on correct sentences that should have none, as "rule "words": sentence". */
export function grammarOnCorrect(sentences: string[]): string[] {
  return sentences.flatMap((s) => grammarFindings(s).map((f) => `${f.rule} "${f.actual}": ${s}`));
}

/** A test suite of wrong sentences (each flagged and fixed as `slipProblem` checks) and correct ones. */
export function describeSlips(title: string, rule: string | undefined, wrong: SlipCase[], right: string[], rightTitle: string): void {
  describe(title, () => {
    for (const slip of wrong) {
      it(`flags "${slip[1]}" in: ${slip[0]}`, () => expect(slipProblem(slip, rule)).toBeUndefined());
    }
    it(rightTitle, () => expect(grammarOnCorrect(right)).toEqual([]));
  });
}
