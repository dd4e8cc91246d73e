/**
 * Slips and correct sentences of the kinds the dev14 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): "to" at the end of a clause after a verb that takes it
 * ("work I would love to contribute to,"), "the principle" before a clause that starts with a pronoun
 * ("the principle you described"), "except" for "accept", "wit" for "with", "the" for "then", "the number
 * of" with words before its verb, "rather ... then", "off" for "of" after an amount, "compliment" for
 * "complement", and "where" for "were" before a clause without a verb.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['I enjoyed meeting the warehouse manager to.', 'to', 'too'],
  ['The school principle welcomed us at the gate.', 'principle', 'principal'],
  ['It was a pleasure to meet the deputy principle, and I hope to hear from you soon.', 'principle', 'principal'],
  ['I would rather talk to you before I except anything else.', 'except', 'accept'],
  ['I spent two years working wit Siemens on the signalling upgrade.', 'wit', 'with'],
  ['We counted every pallet, and the moved them into aisle four.', 'the', 'then'],
  ['The number of patients booking online have doubled since the spring.', 'have', 'has'],
  ["I'd rather spend my weekends restoring furniture then sitting in traffic.", 'then', 'than'],
  ['I manage a caseload off about forty families in the north of the borough.', 'off', 'of'],
  ['The new menu and the wine list compliment each other perfectly.', 'compliment', 'complement'],
  ['The practical tasks you set us where a real test of patience.', 'where', 'were'],
];

const right = [
  'It is exactly the kind of outreach programme I would love to contribute to, and I have some ideas already.',
  'Those are the two concerns I wanted to respond to, so I have written a short note on each.',
  'It is the sort of change I could adapt to, as I did when the ward moved to digital charts.',
  'I still think about the principle you described on Tuesday.',
  'We follow the principle they teach in the first week of training.',
  'Everyone was invited except anyone on the night shift.',
  'She has a quick wit and a calm manner with patients.',
  'I liked the map and the rolled banners in the entrance hall.',
  'We read the report, and the signed copy is now with HR.',
  'The number of people we have trained this year is over two hundred.',
  'The number of applicants and the quality of their portfolios have both gone up.',
  'I would rather finish the audit first, then moving the files will be simple.',
  'We switched the batch off at midnight and restarted it in the morning.',
  'The two chefs complimented each other on the tasting menu.',
  'I saw the yard where the pallets are loaded.',
  'She showed me where the spare keys are.',
  'We visited Leeds, where a colleague of mine works.',
  'This is the ward where a lot of the training happens.',
];

describeSlips('grammar: slips of the dev14 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
