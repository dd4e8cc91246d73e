/**
 * Slips and correct sentences of the kinds the dev9 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): "there is" before a plural after a comma, a plural subject
 * before a verb in -s that the lexicon also lists as a plain present ("needs"), "need" before a bare
 * verb, the stationery trade's nouns, "past along"; and, left alone, "a complement to", a preposition at
 * the end of a relative clause ("the firms I've spoken to,"), "them" after plurals that can be verbs
 * ("copies of"), and "it" for news after "hear" or "mention".
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['On reflection, there is a few points I would like to add.', 'is', 'are'],
  ['I think there was several reasons for the delay.', 'there was', 'there were'],
  ['The residents on the top floor often needs help with their post.', 'needs', 'need'],
  ['The drivers at the northern depot needs a second loading bay.', 'needs', 'need'],
  ['Candidates would need bring two forms of identification.', 'need', 'need to'],
  ['I managed the stationary tender for all four schools.', 'stationary', 'stationery'],
  ['My manager past along your details to the finance team.', 'past', 'passed'],
];

const right = [
  'On reflection, there are a few points I would like to add.',
  'The residents on the top floor often need help with their post.',
  'If need be, I can start a week earlier.',
  'Candidates need not bring their certificates.',
  'The bike stayed stationary for the whole of the test.',
  'The wine list is a fine complement to the tasting menu.',
  'These are the firms I have spoken to, and all of them were helpful.',
  'If you want scans of my licence or the site plans from the job, I can send them tonight.',
  'The rotas were changed twice, but I wanted you to hear it from me first.',
  'My hours are logged, and I mentioned it to my supervisor.',
];

describeSlips('grammar: slips of the dev9 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
