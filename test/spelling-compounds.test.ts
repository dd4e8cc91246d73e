/**
 * Closed compounds (spelling/wordKinds.ts isClosedCompound): a trade's term written as one word from two
 * dictionary words is not a misspelling, while the run-together slips of everyday words stay flagged.
 * Words chosen for this test, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue } from '../packages/engine';
import { sentenceDraft } from './helpers/grammarSentences';

const today = (() => {
  const day = parseDateValue('2026-12-04', false);
  if (!day.ok) throw new Error('bad date');
  return day.value;
})();

function spelling(sentence: string): string[] {
  return check(sentenceDraft(sentence), { settings: defaultSettings(), today })
    .findings.filter((f) => f.rule.startsWith('spelling/'))
    .map((f) => f.actual);
}

describe('closed compounds of two dictionary words', () => {
  it('accepts a term made of two content words', () => {
    expect(spelling('Our workqueue drains overnight, so the morning team starts fresh.')).toEqual([]);
    expect(spelling('I kept the ticketholder records and the rotaplanner up to date.')).toEqual([]);
  });
  it('still flags everyday words run together, and typos', () => {
    expect(spelling('I think about the interview everytime I pass your office.')).toEqual(['everytime']);
    expect(spelling('The two teams support eachother during the busy season.')).toEqual(['eachother']);
    expect(spelling('I enjoyed the day eventhough it was long.')).toEqual(['eventhough']);
    expect(spelling('The panel was alltogether very welcoming.')).toEqual(['alltogether']);
    expect(spelling('I wish the team goodluck with the launch.')).toEqual(['goodluck']);
  });
});
