/**
 * Confused and mistyped words in new slots (breath/breathe after a modal, lead/led, quiet/quite before an
 * adjective, than/that after a verb of knowing, comparisons with "that", of/off work, personnel after an
 * intensifier, have know, the knew, team one, won of, the write, will right, to by, recorded male), on
 * sentences written for this test, not taken from any corpus. Each fix is a drop-in.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

const wrong: SlipCase[] = [
  ['After the tasting I could finally breath again.', 'breath', 'breathe'],
  ['The placement lead me to apply for paediatric roles.', 'lead', 'led'],
  ['The second task was quiet difficult, but I finished it.', 'quiet', 'quite'],
  ['I was glad to hear than the team is growing.', 'than', 'that'],
  ['The commute is shorter that in my current job.', 'that', 'than'],
  ['I am of work on Friday, so I could come in then.', 'of', 'off'],
  ['There is also a more personnel reason for my interest.', 'personnel', 'personal'],
  ['I have know sent the signed forms to your office.', 'know', 'now'],
  ['I look forward to using the knew scheduling tool.', 'knew', 'new'],
  ['Last year our team one the regional safety award.', 'one', 'won'],
  ['She was won of the first nurses I trained.', 'won', 'one'],
  ['I wanted to make sure I had the write contact details.', 'write', 'right'],
  ['I will right to the panel once I have my results.', 'right', 'write'],
  ['I would need to by a new uniform before starting.', 'by', 'buy'],
  ['The certificates went by registered male on Monday.', 'male', 'mail'],
];

const right = [
  'The sea air made it easier to breathe.',
  'She will lead the new team from May.',
  'The ward was quiet and calm at night.',
  'It was better than I expected, and I learned more than I hoped.',
  'It is easier that way for everyone.',
  'It was a day of work I will remember.',
  'Our personnel department handles the contracts.',
  'I knew the new manager from my last job.',
  'I was one of two candidates, and our team won the award.',
  'I hope to write a short report and get the right figures.',
  'I passed by the office on my way to buy lunch.',
  'The male nurses and the female nurses share a rota.',
  'I would appreciate your being frank with me about the timescale.',
  'The clinics were where most of the training took place.',
  'Maths and chemistry were my main subjects at college.',
  'Because there are several openings, I applied twice.',
];

describeSlips('confused and mistyped words in new slots', undefined, wrong, right, 'leaves the right words alone');
