/**
 * Correct sentences of the kinds the dev14 drafts (written blind) held, in new wordings written for this
 * test (none is a corpus sentence), and the slips next to them that must still be found: "to" at the end
 * of a clause after a verb that takes it ("work I would love to contribute to,"), and "the principle"
 * before a clause that starts with a pronoun ("the principle you described").
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['I enjoyed meeting the warehouse manager to.', 'to', 'too'],
  ['The school principle welcomed us at the gate.', 'principle', 'principal'],
  ['It was a pleasure to meet the deputy principle, and I hope to hear from you soon.', 'principle', 'principal'],
];

const right = [
  'It is exactly the kind of outreach programme I would love to contribute to, and I have some ideas already.',
  'Those are the two concerns I wanted to respond to, so I have written a short note on each.',
  'It is the sort of change I could adapt to, as I did when the ward moved to digital charts.',
  'I still think about the principle you described on Tuesday.',
  'We follow the principle they teach in the first week of training.',
];

describeSlips('grammar: what the dev14 writers wrote right, and the slips beside it', undefined, wrong, right, 'leaves the right words alone');

// Slips of the dev14 writers' kinds, in new wordings: "except" for "accept" before "anything", "wit" for
// "with" before a name, "the" for "then" before a verb and its pronoun object.
const moreWrong: SlipCase[] = [
  ['I would rather talk to you before I except anything else.', 'except', 'accept'],
  ['I spent two years working wit Siemens on the signalling upgrade.', 'wit', 'with'],
  ['We counted every pallet, and the moved them into aisle four.', 'the', 'then'],
];

const moreRight = [
  'Everyone was invited except anyone on the night shift.',
  'She has a quick wit and a calm manner with patients.',
  'I liked the map and the rolled banners in the entrance hall.',
  'We read the report, and the signed copy is now with HR.',
];

describeSlips('grammar: more slips of the dev14 writers, in new wordings', undefined, moreWrong, moreRight, 'leaves the right words alone');

// Four more of the dev14 writers' kinds: "the number of" with words between it and its verb, "rather ...
// then" before a verb in -ing, "off" for "of" after an amount, "compliment" for "complement".
const lastWrong: SlipCase[] = [
  ['The number of patients booking online have doubled since the spring.', 'have', 'has'],
  ["I'd rather spend my weekends restoring furniture then sitting in traffic.", 'then', 'than'],
  ['I manage a caseload off about forty families in the north of the borough.', 'off', 'of'],
  ['The new menu and the wine list compliment each other perfectly.', 'compliment', 'complement'],
];

const lastRight = [
  'The number of people we have trained this year is over two hundred.',
  'The number of applicants and the quality of their portfolios have both gone up.',
  'I would rather finish the audit first, then moving the files will be simple.',
  'We switched the batch off at midnight and restarted it in the morning.',
  'The two chefs complimented each other on the tasting menu.',
];

describeSlips('grammar: the last slips of the dev14 writers, in new wordings', undefined, lastWrong, lastRight, 'leaves the right words alone');

// "where" for "were" before a noun phrase that ends the clause: a "where" clause would need a verb.
const whereWrong: SlipCase[] = [
  ['The practical tasks you set us where a real test of patience.', 'where', 'were'],
];

const whereRight = [
  'I saw the yard where the pallets are loaded.',
  'She showed me where the spare keys are.',
  'We visited Leeds, where a colleague of mine works.',
  'This is the ward where a lot of the training happens.',
];

describeSlips('grammar: "where" for "were" before a clause without a verb', undefined, whereWrong, whereRight, 'leaves the right words alone');
