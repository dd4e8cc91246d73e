/**
 * Slips and correct sentences of the kinds the dev11 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): "form" for "from" after a verb, "our" for "are" after a
 * pronoun, "bit" for "but" after a comma, "bath" for "both" before "... and", "hear" for "here" after
 * "connect" or "work", "a couple the" and "the rest the" without "of", a place shown "round" without "the",
 * "then" for "than" far after a comparative, "quiet" for "quite" before an adjective, "who's" before a verb
 * in -s. Left alone: "a pleasure" before "are", "who's" before a verb in -ing and its object, a unit that
 * has no plural ("40 lux"), a named place shown round ("showed us round Oakfield").
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['I could join form the first week of March.', 'form', 'from'],
  ['Please tell me if we our still on track for a decision in June.', 'our', 'are'],
  ['The commute is long, bit the team made it worth it.', 'bit', 'but'],
  ['I have worked in bath private and public practice.', 'bath', 'both'],
  ['I would love to work hear in Leeds.', 'hear', 'here'],
  ['I have attached a couple my recent reports.', 'couple', 'couple of'],
  ['Thank you for taking us around kitchen after the tasting.', 'kitchen', 'the kitchen'],
  ['The new role is far closer to the work I trained for then the one I do now.', 'then', 'than'],
  ['The candidates found the assessment day quiet demanding, but fair.', 'quiet', 'quite'],
  ['I also met Ana, who\'s sketches hang in the lobby.', "who's", 'whose'],
];

const right = [
  'It was a pleasure to meet you, and your plans for the clinic are exciting.',
  'It was a great pleasure, and the people I met are a real credit to you.',
  'I will send you our portfolio and the invoices we discussed.',
  'I learnt the trade bit by bit, and it shows in my joinery.',
  'The hotel added bath towels and robes to every room.',
  'I would be glad to hear from the rest of the panel.',
  'All the rest of the team were welcoming.',
  'Thank you for showing us round Oakfield on Friday.',
  'I met the nurse who\'s caring for the new patients on the ward.',
  'Exposure above 40 lux can fade early dyes.',
  'The rest of my notice period is short, and I could start sooner than planned.',
  'I did more of the sampling then, and the analysis later.',
];

describeSlips('grammar: slips of the dev11 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
