/**
 * Correct sentences of the kinds the dev12 clean drafts (written blind) held, in new wordings written for
 * this test (none is a corpus sentence), and the slips next to them that must still be flagged: "were"
 * after "if" with a singular subject (the subjunctive), a gerund subject whose object is a noun compound
 * with "was" still to come, a unit written short or after a decimal number ("5 mg", "0.25 inch"), "affects"
 * before its object, "your" before a gerund after a verb that takes an object, "petit four".
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['The results of the audit was better than expected.', 'was', 'were'],
  ['I hope your planning to visit the site in June.', 'your', "you're"],
  ['Three trolley were left in the corridor.', 'trolley', 'trolleys'],
  ['The long delay could effect my notice period.', 'effect', 'affect'],
];

const right = [
  'If the contract were extended, I would stay until March.',
  'I would feel the same even if the salary were lower.',
  'Seeing your studio lighting rig stack for the tour was impressive.',
  'Doses above 5 mg were rare in the trial.',
  'The gap stayed within 0.25 inch, which met the drawing.',
  'I understand if this affects the start date.',
  'A later start date would not change your planning at all.',
  'The pastry section ran the petit four trolley at every service.',
];

describeSlips('grammar: the dev12 writers\' correct sentences, in new wordings', undefined, wrong, right, 'leaves the right words alone');
