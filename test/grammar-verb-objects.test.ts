/**
 * Verbs that take their object directly ("discuss the role", "mention the date", "emphasise my experience"),
 * written with a preposition that belongs to their noun: sentences written for the rule, none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { grammarFindings } from './helpers/grammarSentences';

const verbForm = (sentence: string) =>
  grammarFindings(sentence)
    .filter((f) => f.rule === 'grammar/verb-form')
    .map((f) => `${f.actual} -> ${f.suggestions[0]}`);

const BAD: Array<[string, string]> = [
  ['You mentioned about a mentoring scheme for new starters.', 'mentioned about -> mentioned'],
  ['She mentions about the budget in every meeting.', 'mentions about -> mentions'],
  ['I forgot to mention about my first-aid certificate.', 'mention about -> mention'],
  ['In my letter I emphasised on my teaching experience.', 'emphasised on -> emphasised'],
  ['I want to emphasize on how much I enjoyed the visit.', 'emphasize on -> emphasize'],
  ['I would like to stress on my availability in January.', 'stress on -> stress'],
  ['Let me stress on one point from our call.', 'stress on -> stress'],
  ['I have requested for a copy of my transcript.', 'requested for -> requested'],
  ['We formally requested for an extension last week.', 'requested for -> requested'],
  ['The panel comprises of three partners and a recruiter.', 'comprises of -> comprises'],
  ['I lack of experience with Salesforce, but I learn quickly.', 'lack of -> lack'],
];

const GOOD = [
  'He mentioned about thirty applicants in total.',
  'She mentioned about a week ago that the team was growing.',
  'I enjoyed talking about the things you mentioned.',
  'The manager emphasised on the call that safety comes first.',
  'There was a strong emphasis on teamwork.',
  'The stress on the night team was obvious.',
  'Shift work puts stress on families.',
  'The reference I requested for my visa arrived today.',
  'I sent a request for feedback on Monday.',
  'The department is comprised of three teams.',
  'A lack of funding delayed the project.',
  'We discussed it on the phone.',
  'We discussed on Monday whether to go ahead.',
];

describe('verbs that take their object directly', () => {
  it.each(BAD)('catches "%s"', (sentence, expected) => {
    expect(verbForm(sentence)).toContain(expected);
  });
  it.each(GOOD)('leaves "%s" alone', (sentence) => {
    expect(verbForm(sentence)).toEqual([]);
  });
});
