/**
 * A singular noun counted as more than one (packages/engine/rules/confusables/quantifierNoun.ts), on
 * sentences written for this test, not taken from any corpus; nouns after a label number, units before a
 * noun, nouns without a plural, a part of one thing and "both" after its noun are left alone.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

const wrong: SlipCase[] = [
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
  'Not many foremen sign off the work so quickly, and we open at nine o’clock.',
];

describeSlips('a singular noun counted as more than one', 'grammar/agreement', wrong, right, 'leaves labels, units, uncountable nouns and parts of one thing alone');
