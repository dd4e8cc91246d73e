/**
 * Slips and correct sentences of the kinds the second writer's agreement sentences (agreement-2, written
 * blind) held, in new wordings written for this test: "there's"/"here's" before a plural, a wh-question's
 * verb, "every one of", a number in a name inside the subject ("Level 2", "Year 9"), a bare noun phrase
 * that starts with a participle ("registered suppliers"), "it" after "put" for a plural; and, left alone, a head
 * of either number ("the only means of ... is"), "there's lots of".
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ["There's still three forms I have to sign.", "There's", 'There are'],
  ["Here's the rotas for next month.", "Here's", 'Here are'],
  ['Where is the new lockers for the night staff?', 'is', 'are'],
  ['Every one of the pallets we loaded were scanned twice.', 'were', 'was'],
  ['Each of the porters I met on Level 2 have been very kind.', 'have', 'has'],
  ['A binder of registered suppliers are kept in the site office.', 'are', 'is'],
  ['I scanned the certificates and put it in a folder.', 'it', 'them'],
  ['Our caterer, who manage the staff canteen as well, was very helpful.', 'manage', 'manages'],
  ['I met the charity whose volunteers runs the night shelter.', 'runs', 'run'],
  ['Supporting the pupils and their parents were the best part of the placement.', 'were', 'was'],
];

const right = [
  "There's lots of parking behind the depot.",
  "There's a lot of interest in the role, and there are three of us left.",
  'The only means of contact during the audit is the site radio.',
  'Each of the porters I met on Level 2 has been very kind.',
  'All the pupils in my Year 9 class passed.',
  'Where are the new lockers for the night staff?',
  'Every one of the pallets we loaded was scanned twice.',
  'The panel, who interview every candidate, were generous with their time.',
  'Cooking and cleaning are both part of the job.',
  'Training sessions are held on Fridays.',
  'Following the interview, I read your annual report.',
  'Working with Sam and Alex has been a pleasure.',
];

describeSlips('grammar: slips of the agreement-2 writer, in new wordings', undefined, wrong, right, 'leaves the right words alone');
