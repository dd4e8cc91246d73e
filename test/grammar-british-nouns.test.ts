/**
 * British spellings of nouns are read as nouns (en-lexicon lists "programme", "colours", "centres" as verbs
 * only): subjects that hold them are read whole, and a verb that disagrees with them is found.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['The training programme were a big part of why I applied.', 'were', 'was'],
  ['The new colours on your website looks great.', 'looks', 'look'],
  ['The two centres in Leeds was busy when I visited.', 'was', 'were'],
];

const right = [
  'The training programme was a big part of why I applied.',
  'The flavours in the tasting menu were well balanced.',
  'The licences you mentioned are all current.',
];

describeSlips('grammar: subjects with British spellings of nouns', undefined, wrong, right, 'leaves the right words alone');
