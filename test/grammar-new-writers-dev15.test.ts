/**
 * Slips and correct sentences of the kinds the dev15 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): a base verb after "have" or "been" ("have receive", "been
 * offer a"), a past form after "to" ("agreed to served"), "then" after a comparative some words back,
 * "he have" after a verb ("confirmed he have"), "weather" for "whether" before "in person ... or", "that's
 * were", "I new as soon as", "gets to hot", and a missing "a", "the" or "to" ("without single", "in state
 * of Ohio", "Just heads-up", "for trial day", "for you have a look", "get update").
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['I have receive the signed contract from the agency.', 'receive', 'received'],
  ['They asked me to decided by the end of the week.', 'decided', 'decide'],
  ['My old manager agreed to served as a referee.', 'served', 'serve'],
  ['I have been offer a place on the graduate scheme.', 'offer', 'offered'],
  ['The brief gave me a clearer idea of the job then I had last month.', 'then', 'than'],
  ['My former director has confirmed he have no objection.', 'have', 'has'],
  ['I can meet any day, weather in person or online.', 'weather', 'whether'],
  ["I think that's were the sector is going.", 'were', 'where'],
  ['I new as soon as I left that I wanted the job.', 'new', 'knew'],
  ['If the oven gets to hot, the glaze cracks.', 'to', 'too'],
  ['I worked a full year without single complaint.', 'single', 'a single'],
  ['My licence is current in state of Ohio.', 'state', 'the state'],
  ['Just heads-up that my number has changed.', 'Just', 'Just a'],
  ["I'm happy to come out for trial day.", 'trial', 'a trial'],
  ['I can bring my samples for you have a look.', 'have', 'to have'],
  ['Is there any way to get update this week?', 'update', 'an update'],
];

const right = [
  'I have received the contract and have read it.',
  'The weather in Leeds was kind to us.',
  'The team got to high ground before the flood.',
  'It got to late afternoon before we finished.',
  'Next to used cars, the showroom sold vans.',
  'I agreed to limited hours during the trial.',
  'I was asked to detailed costing work last year.',
  'I have been part of the team since 2019.',
  'They have been a great help to me.',
  'I have been home with my family this week.',
  'Have you been offered the role?',
  'He has experience with the new system.',
  "She's always had access to the files.",
  'I knew then that I wanted to join.',
  'I felt as new as the day I started.',
  'Things which were the hardest to fix took longest.',
  'Once the weather is warmer then we can start on the roof.',
  'If the price is lower then I will order more.',
  'Thank you for all you have done for me.',
  'The rooms are let for single occupancy only.',
  'We walked in single file to the site.',
  'Just remind me when the forms are due.',
  'I got job offers from two firms.',
  'They sent update emails every week.',
];

describeSlips('grammar: slips of the dev15 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
