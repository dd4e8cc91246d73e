/**
 * Correct sentences of the kinds the third writer's agreement sentences (agreement-3, written blind) drew
 * false alarms on, in new wordings written for this test (none is a corpus sentence): the subjunctive after
 * a word of requiring and "that", a listed firm ending in -s at the start of a sentence, an inversion after
 * "among", an amount of time before a prepositional phrase, a clock time before a noun, "all of the" with
 * a mass noun and a singular verb, an amount of time as "it". And the slips next to them that stay flagged.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['Every operative pass the test each year.', 'pass', 'passes'],
  ['The results of the audit was clear.', 'was', 'were'],
  ['We met two manager from the depot.', 'manager', 'managers'],
  ['I read your two reports and enjoyed it.', 'it', 'them'],
];

const right = [
  'The hospital requires that each nurse complete the module before May.',
  'It is vital that every visitor sign in at reception.',
  'The trust insisted that the new starter shadow a senior colleague.',
  'Siemens has offices in Leeds and Manchester.',
  'Among the best parts of the day were the ward rounds with the consultant.',
  'Three months on the night shift was enough to teach me the routine.',
  'The 9:30 meeting ran over, so the 10:45 session started late.',
  'All of the equipment was checked before the shift.',
  'I spent four years there and enjoyed it.',
];

describeSlips('grammar: the agreement-3 writer’s hard correct cases, in new wordings', undefined, wrong, right, 'leaves the right sentences alone');
