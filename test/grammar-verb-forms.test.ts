/**
 * grammar/verb-form: the verb's form after "have", "be", a modal, "please", "to" and "does" (past
 * participles from the irregular verbs' table, base forms from -ing and past forms), on sentences written
 * for this test, not taken from any corpus. Each fix is a drop-in: the fixed sentence has no grammar finding.
 */
import { describe, expect, it } from 'vitest';
import { baseVerb, participle } from '../packages/engine/rules/confusables/forms';
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the word it flags, its fix]
const wrong: SlipCase[] = [
  ['I have wrote to the admissions team twice about the placement.', 'wrote', 'written'],
  ['Our head chef has already took on two new apprentices this year.', 'took', 'taken'],
  ['By Friday I had began the induction modules you recommended.', 'began', 'begun'],
  ['The welcome pack was gave to me by the practice manager.', 'gave', 'given'],
  ['The references have been send to your recruitment inbox.', 'send', 'sent'],
  ['My visa application has been approve, so I can start in March.', 'approve', 'approved'],
  ['I was very impress by the new triage system on the ward.', 'impress', 'impressed'],
  ['The open day was extremely well organize and easy to follow.', 'organize', 'organized'],
  ['I can providing two references from my current employer.', 'providing', 'provide'],
  ['Could you please clarified the start time for Monday?', 'clarified', 'clarify'],
  ['I would like to asked about the parking arrangements for night shifts.', 'asked', 'ask'],
  ['Does the position involves any weekend work?', 'involves', 'involve'],
  ['I should have attach my certificates to the first email.', 'attach', 'attached'],
  ['The new wing was build with money from a local trust.', 'build', 'built'],
  ['Sadly I could not went to the open evening last week.', 'went', 'go'],
  ['Thank you for invite me to the second stage.', 'invite', 'inviting'],
  ['I really enjoyed to meet the night team.', 'meet', 'meeting'],
  ['I want improving my Excel skills this year.', 'improving', 'to improve'],
  ['I am very interest in the research side of the role.', 'interest', 'interested'],
  ['I am used to deal with difficult customers.', 'deal', 'dealing'],
];

const right = [
  'I have written to the admissions team twice about the placement.',
  'I had to take the early train, so I arrived before nine.',
  'The welcome pack was given to me by the practice manager.',
  'My former tutor has kindly agreed to write a reference.',
  'What I had went a long way towards the costs of the course.',
  'I was surprised by how calm the kitchen was during service.',
  'Please find attached my updated CV.',
  'I would like to thank you for your time on Tuesday.',
  'Does the role include any travel outside London?',
  'I should have time to prepare the presentation by Thursday.',
  'The starting salary in May is fine for me.',
  'I will be starting my notice period on Monday.',
  'My visit could have come at a better time for the team.',
  'The clinic was well run and the staff were kind.',
  'I will do everything I can to help the team settle in.',
  'I flagged the invoices for review.',
  'It took hours of practice to get the sauce right.',
  'I would love working with your team.',
];

describeSlips('grammar/verb-form after have, be, modals, please, to and does', 'grammar/verb-form', wrong, right, 'leaves the right forms alone');

describe('grammar/verb-form after have, be, modals, please, to and does: word forms', () => {
  it('makes participles and base forms, regular and irregular', () => {
    expect(['went', 'send', 'mention', 'satisfy', 'stop', 'prefer', 'visit'].map(participle)).toEqual(['gone', 'sent', 'mentioned', 'satisfied', 'stopped', 'preferred', 'visited']);
    expect(['starting', 'hoping', 'running', 'confirmed', 'organised', 'stopped', 'heard', 'tried'].map(baseVerb)).toEqual(['start', 'hope', 'run', 'confirm', 'organise', 'stop', 'hear', 'try']);
  });
});
