/**
 * Every grammar and spelling fix is a drop-in: on every labelled draft and sentence of the proofreading
 * corpus, applying a finding's first suggestion removes that finding and adds no new warning or error.
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue, type Finding } from '../packages/engine';
import { readCorpus, readSentences, type CorpusDraft } from './helpers/proofreadingCorpus';

const today = (() => {
  const d = parseDateValue('2026-12-04', false);
  if (!d.ok) throw new Error('bad date');
  return d.value;
})();

function findings(text: string): Finding[] {
  return check(text, { settings: defaultSettings(), today, suggest: true }).findings;
}

const serious = (f: Finding) => f.severity === 'warning' || f.severity === 'error';
const key = (f: Finding) => `${f.rule}\u0000${f.message}`;

/** The problems of applying each language fix of a draft, one at a time. */
function fixProblems(draft: CorpusDraft): string[] {
  const problems: string[] = [];
  const before = findings(draft.text);
  for (const f of before) {
    if (!/^(grammar|spelling)\//.test(f.rule) || !f.suggestions.length) continue;
    const fixed = draft.text.slice(0, f.start) + f.suggestions[0] + draft.text.slice(f.end);
    const after = findings(fixed);
    const shift = f.suggestions[0].length - (f.end - f.start);
    const still = after.find((g) => g.rule === f.rule && g.start <= f.start + f.suggestions[0].length && f.start <= g.end);
    if (still) problems.push(`${draft.file}: "${f.actual}" -> "${f.suggestions[0]}" leaves ${still.rule} on "${still.actual}"`);
    const old = new Map<string, number>();
    for (const g of before) if (serious(g) && g !== f) old.set(key(g), (old.get(key(g)) ?? 0) + 1);
    for (const g of after) {
      if (!serious(g) || g === still) continue;
      const n = old.get(key(g)) ?? 0;
      if (n > 0) old.set(key(g), n - 1);
      else if (!(g.start >= f.start + f.suggestions[0].length + 200 || g.end + shift < f.start - 200)) problems.push(`${draft.file}: "${f.actual}" -> "${f.suggestions[0]}" adds ${g.rule} on "${g.actual}"`);
    }
  }
  return problems;
}

describe('proofreading fixes are drop-ins', () => {
  for (const split of ['dev', 'dev2', 'held-out']) {
    it(`on the ${split} drafts`, { timeout: 120_000 }, () => {
      const problems = readCorpus(split).flatMap(fixProblems);
      expect(problems).toEqual([]);
    });
  }
  it.each(['sentences.txt', 'sentences-2.txt', 'sentences-3.txt'])('on the labelled sentences of %s', { timeout: 120_000 }, (file) => {
    const problems = readSentences(file)
      .filter((s) => s.bad)
      .flatMap((s) => fixProblems(s.draft));
    expect(problems).toEqual([]);
  });
});
