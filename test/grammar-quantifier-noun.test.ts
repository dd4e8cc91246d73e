/**
 * A singular noun counted as more than one (packages/engine/rules/confusables/quantifierNoun.ts), on
 * sentences written for this test, not taken from any corpus; nouns after a label number, units before a
 * noun, nouns without a plural, a part of one thing and "both" after its noun are left alone.
 */
import { describe, expect, it } from 'vitest';
import { grammarFindings } from './helpers/grammarSentences';

const wrong: Array<[string, string, string]> = [
  ['I have trained four apprentice in the bakery since January.', 'apprentice', 'apprentices'],
  ['We compared several different supplier before choosing one.', 'supplier', 'suppliers'],
  ['The clinic sees thousands of visitor every summer.', 'visitor', 'visitors'],
  ['I volunteer at a few local school through a reading charity.', 'school', 'schools'],
  ['Each of the trainee on my course passed the exam.', 'trainee', 'trainees'],
  ['I spoke to most of the nurse on the night shift.', 'nurse', 'nurses'],
];

const right = [
  'I hold a level two certificate in food safety.',
  'I signed a twelve month contract with my current employer.',
  'We had two fantastic days in Bristol.',
  'I worked both day and night shifts at the hospital.',
  'The offers you sent both suit me well.',
  'I spent most of the morning with the pharmacy team.',
  'Several staff from the ward came to the open evening.',
  'It took many hours of practice to get the technique right.',
  'I completed Year Nine science with distinction.',
  'Many a candidate has found the case study hard.',
];

describe('a singular noun counted as more than one', () => {
  for (const [sentence, noun, fix] of wrong) {
    it(`flags "${noun}" in: ${sentence}`, () => {
      const found = grammarFindings(sentence);
      const finding = found.find((f) => f.rule === 'grammar/agreement' && f.actual === noun);
      expect(finding, JSON.stringify(found.map((f) => `${f.rule} ${f.actual}`))).toBeDefined();
      expect(finding!.suggestions[0]).toBe(fix);
      const fixed = sentence.replace(new RegExp(`\\b${noun}\\b`), fix);
      expect(grammarFindings(fixed).map((f) => `${f.rule} ${f.actual}`), fixed).toEqual([]);
    });
  }
  it('leaves labels, units, uncountable nouns and parts of one thing alone', () => {
    for (const s of right) expect(grammarFindings(s).map((f) => `${f.rule} "${f.actual}"`), s).toEqual([]);
  });
});
