/**
 * grammar/missing-word: the small words writers drop ("I been", "sorry hear", "forgot mention", "most of
 * day"), on sentences written for this test, not taken from any corpus. Each fix is a drop-in: the fixed
 * sentence has no grammar finding.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['We been short of staff on the ward since October.', 'been', 'have been'],
  ['It been a pleasure to work alongside your engineers.', 'been', 'has been'],
  ['Unfortunately I not received the login details for the portal.', 'not', 'have not'],
  ['I was deeply inspired the way your charity works with young carers.', 'inspired', 'inspired by'],
  ['I may not available on Thursday afternoon because of a clinic.', 'available', 'be available'],
  ['I would love become part of the pastry section.', 'become', 'to become'],
  ['I was sad learn that the post has been withdrawn.', 'learn', 'to learn'],
  ['My goal is qualify as a charge nurse within two years.', 'qualify', 'to qualify'],
  ['I managed finish the case study before the deadline.', 'finish', 'to finish'],
  ['I spent the rest of morning with the night sister.', 'morning', 'the morning'],
  ['This was only time I had visited a brewery.', 'only', 'the only'],
  ['The role feels like natural step after my apprenticeship.', 'natural', 'a natural'],
  ['I hear that there also a mentoring scheme for new starters.', 'also', 'is also'],
  ['I am trustee of a small food bank in Salford.', 'trustee', 'a trustee'],
  ['I am pleased to sign contract and return it this week.', 'contract', 'the contract'],
  // Words that lead to another word, written for this test (not from a corpus).
  ['The recruiter said it was lovely meet everyone on the ward.', 'meet', 'to meet'],
  ['We hoped that it possible to move the call to Thursday.', 'it', 'it is'],
  ['I checked, and everything ready for the site visit.', 'everything', 'everything is'],
  ['Because there several openings in the team, I applied twice.', 'there', 'there are'],
  ['Was any feedback from the panel on my presentation?', 'Was', 'Was there'],
  ['I stay genuinely interested the apprenticeship in joinery.', 'interested', 'interested in'],
  ['She was directly responsible training the new porters.', 'responsible', 'responsible for'],
  ['I have been part a small research group for three years.', 'part', 'part of'],
  ['We are still looking a venue for the awards evening.', 'looking', 'looking for'],
  ['Many my patients were recovering from hip surgery.', 'Many', 'Many of'],
  ['Thank you again arranging the tour of the bakery.', 'arranging', 'for arranging'],
  ['They could not have known, and I should explained it better.', 'explained', 'have explained'],
];

const right = [
  'We have been short of staff on the ward since October.',
  'I would love help with the relocation, if it is available.',
  'I would like help me understand the rota, if you have time.',
  'My aim is patient safety above everything else.',
  'I forgot about the parking permit, sorry.',
  'The end of day report goes to the duty manager.',
  'Is there anything else you need from me?',
  'As chair of the society I organised three events.',
  'I will be able to start in January.',
  'I can confirm receipt of the contract.',
  'I can send time sheets every Friday.',
  'I will confirm time and place by email tomorrow, once the rota is out.',
  'It was a great help during the audit.',
  'I have been waiting a fortnight for the results.',
  'Will finished the report on Monday.',
  'Is any further paperwork needed?',
  'As it first seemed, the job was a good fit.',
  'Everything new is exciting, and something important came up today.',
  'Everyone present agreed that the rota works.',
  'Most of my shifts were nights, and all my references are attached.',
  'I was looking a bit tired after the night shift.',
];

describeSlips('grammar/missing-word: the small words writers drop', 'grammar/missing-word', wrong, right, 'leaves sentences that need no extra word alone');
