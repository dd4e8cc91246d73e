/**
 * Slips and correct sentences of the kinds the dev10 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): a subject that starts with a number joined to a noun ("the
 * 8-hour night shifts"), "both of" and "several of" as plural subjects, a verb in -s before a
 * preposition after a whole plural subject, "effect" after "should no longer", "quite" for "quiet" after
 * "and", "it" before a bare verb and "how", and a sentence in lower case after a date ("on March 3. then").
 * Left alone: a gerund with a bare plural object inside a singular subject ("Your note about hiring
 * junior analysts for the pilot has"), an initial ("J. Smith").
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['The 8-hour rotating night shifts doesn\'t bother me at all.', "doesn't", "don't"],
  ['Several of the suppliers we use has agreed to the new terms.', 'has', 'have'],
  ['Both of the engineers on my team knows about the change.', 'knows', 'know'],
  ['The move would no longer effect my notice period.', 'effect', 'affect'],
  ['The lab is small and quite at weekends, which suits my writing.', 'quite', 'quiet'],
  ['I enclose the log; it record how each sample was stored.', 'record', 'records'],
  ['My contract ends on March 3. then I am free to start.', 'then', 'Then'],
];

const right = [
  'The 8-hour rotating night shifts don\'t bother me at all.',
  'Both of the engineers on my team know about the change.',
  'Your note about hiring junior analysts for the pilot has stayed with me.',
  'I met J. Smith and A. Okafor at the open day.',
  'The move should not affect my notice period, and the effect on the team will be small.',
  'The lab is quite small, and it is quiet at weekends.',
  'I enclose the log; it records how each sample was stored.',
];

describeSlips('grammar: slips of the dev10 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
