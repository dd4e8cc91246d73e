/**
 * Slips and correct sentences of the kinds the dev13 drafts (written blind) held, in new wordings written
 * for this test (none is a corpus sentence): "quiet" for "quite" before a participle, "themselves" after a
 * singular subject and a verb in -s, "its" for "it's" before a verb in -ing, "were" for "where" between a
 * noun and a clause, "who's" before an adjective and a plural; a plural subject whose words hold "email"
 * (the lexicon's source read it as a verb only). Left alone: an amount of a plural ("a
 * small minority of clients are"), "two an hour", a possessive before a noun that can be a verb ("your
 * team's work"), a subject whose prepositional phrase holds a number and a plural ("the effect of just
 * two seasons is").
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

// [wrong sentence, the words it flags, the fix of those words]
const wrong: SlipCase[] = [
  ['I was quiet surprised by how calm the kitchen was at service.', 'quiet', 'quite'],
  ['The charity prides themselves on answering every call.', 'themselves', 'itself'],
  ['I understand if its running late this month.', 'its', "it's"],
  ['I liked the yard were the pallets are wrapped.', 'were', 'where'],
  ['I met a tutor who\'s online revision sessions are very popular.', "who's", 'whose'],
  // "email" and "download" are nouns too (the lexicon's source predates email).
  ['The two emails I forwarded last week hasn\'t reached the panel.', "hasn't", "haven't"],
  ['The links in your email was very helpful.', 'was', 'were'],
];

const right = [
  'A small minority of our clients are still on paper invoices.',
  'The role pays a pound or two an hour more than my current one.',
  'I would like to keep following your studio\'s work.',
  'The effect on the soil after only two seasons is remarkable.',
  'The ward is quiet compared to the emergency department.',
  'The team prides itself on its handovers.',
  'Its growing client list and its friendly staff stood out.',
  'The yard where the pallets were wrapped was spotless.',
];

describeSlips('grammar: slips of the dev13 writers, in new wordings', undefined, wrong, right, 'leaves the right words alone');
