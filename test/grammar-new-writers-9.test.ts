/**
 * Slips that writers of the sentences-9 corpus made, in new wordings written for this test (none is a
 * corpus sentence): verb forms after "let me", "to" and a preposition, the participle used as a past,
 * words dropped before a verb or a rate, "its" before a noun and its verb, real words typed for others,
 * and a relative clause's verb against its plural noun. Each fix is a drop-in.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['Please let us knowing if the rota changes before Monday.', 'knowing', 'know'],
  ['I would be glad to discussing the night allowance with you.', 'discussing', 'discuss'],
  ['It was a pleasure to spoke with the whole pharmacy team.', 'spoke', 'speak'],
  ['Thank you for take me through the new dispensing system.', 'take', 'taking'],
  ['After we seen the depot, the drivers explained their routes.', 'seen', 'saw'],
  ['The kitchen refit was complete last spring, and the audit was finish on Friday.', 'finish', 'finished'],
  ['The new rota appears be fairer to the weekend staff.', 'be', 'to be'],
  ['When can we expect receive the signed contract?', 'receive', 'to receive'],
  ['Our clinic reduced amount of paper records by half.', 'amount', 'the amount'],
  ['The bakery sells around 400 loaves day, most of them before noon.', 'day', 'a day'],
  ['I hope you had lovely holiday with your family.', 'lovely', 'a lovely'],
  ['Unfortunately we not yet heard from the second referee.', 'not', 'have not'],
  ['The museum past its accreditation review in October.', 'past', 'passed'],
  ['The chef complemented me on the sauce I made in the trial.', 'complemented', 'complimented'],
  ['My answer on budgets was perhaps a bit to short.', 'to', 'too'],
  ['Kindly fine enclosed the certificates you asked for.', 'fine', 'find'],
  ['I think we cold meet on Thursday if that suits you.', 'cold', 'could'],
  ['I can star on the first of the month.', 'star', 'start'],
  ['The drivers were vary welcoming on my ride-along.', 'vary', 'very'],
  ['The apprentices who has finished the course will move to the site team.', 'has', 'have'],
  ['The depot is new, but it\'s loading bays are already too small.', "it's", 'its'],
];

const right = [
  'Let me know if the rota changes before Monday.',
  'The expected start date suits me, and I am keen to hear more.',
  'Our lab passed its inspection last year, and the pass rate was high.',
  'We walked past the loading bays and then past the office.',
  'The colours complement each other, and the chef complimented the team.',
  'Each of the apprentices who has finished the course gets a certificate.',
  'The data that is shared with the council is anonymised.',
  'It\'s time we met, and it\'s worth the journey.',
  'I was a little too brief, and it was to Sam that I wrote.',
  'Thank you for the help you gave them, and for your time.',
  'It was finished on time, which was fine by me.',
  'I have not yet heard back, and we cannot start yet.',
];

describeSlips('grammar: slips of the sentences-9 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
