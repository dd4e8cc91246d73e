/**
 * Slips of the kinds the sentences-10 writer (written blind) made, in new wordings written for this test
 * (none is a corpus sentence): a past form after a modal or "did" whatever else the lexicon says it can be
 * ("should I contacted", "Could you confirmed", "Did you received"), after an infinitive's "to" before its
 * object ("to learned more", "to showed you"), after "would rather", and "you doesn't". And the correct
 * sentences next to them: participles used as adjectives after "to", names that are also modals.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['Who should I contacted about the rota?', 'contacted', 'contact'],
  ['Could you confirmed the start date?', 'confirmed', 'confirm'],
  ['Did you received my portfolio?', 'received', 'receive'],
  ['Will you received the forms in time?', 'received', 'receive'],
  ['It would be good to learned more about the ward.', 'learned', 'learn'],
  ['Thanks for the chance to showed you my work.', 'showed', 'show'],
  ["I'd rather worked nights than weekends.", 'worked', 'work'],
  ["I hope you doesn't mind a quick question.", "doesn't", "don't"],
];

const right = [
  "Thank you doesn't seem enough for your help.",
  'I look forward to continued success at the firm.',
  'I was introduced to trained staff on the ward.',
  'Compared to used vans, the new fleet is cheaper.',
  'I am used to increased workloads in winter.',
  'She was assigned to supervised practice with a mentor.',
  'The move to automated testing helped us.',
  'We could have done more.',
  "I'd rather not say.",
  'Will said that the decision would be made soon.',
  'I spoke to May, and May said the rota is fixed.',
];

describeSlips('grammar: slips of the sentences-10 writer, in new wordings', undefined, wrong, right, 'leaves the right words alone');
