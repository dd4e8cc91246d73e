/**
 * Correct sentences of the kinds that the dev6 and dev7 clean drafts (written blind) drew false alarms
 * on, in new wordings written for this test: the object "it" in a relative clause, "each of ... has",
 * a plural that is the object of a verb inside the subject, "If, however, it were", "the trust have",
 * "on offer", "I qualified as", a brand in the plural, "your being", "were where"; and a plural next to a verb
 * whose whole subject is singular (the patterns see a few words; the subject reading decides).
 */
import { describe, expect, it } from 'vitest';
import { grammarOnCorrect } from './helpers/grammarSentences';

const right = [
  'Nurses who complete it are paid for the extra hours.',
  'Each of the four audits we passed has been signed off.',
  'The idea that I review the old incident reports was a good one.',
  'If, however, it were easier to start in March, I could do that.',
  'The council have asked for my references, and the trust have agreed to wait.',
  'The training on offer, along with the mentoring, is excellent.',
  'I qualified as a pharmacist in 2019 and experienced a lot in my first year.',
  'I drove one of the new Volvos, and two of your older Scanias.',
  'I would appreciate your letting me know by Friday.',
  'The wards were where I learned the most.',
  // A plural next to the verb that is not its subject: the whole subject agrees with the verb.
  'The manager who trained all my apprentices has retired.',
  'The nurse who looks after these patients is on leave.',
  'The woman who interviewed my colleagues seems kind.',
  // Units written with a point, and an amount of money before a noun (dev8).
  'We served three 2-oz. pours and two 5-oz. glasses per guest.',
  'The £140 million scheme and the $2 million budget were both approved.',
  // "I very much" before a verb is an adverb, not a missing "am" (dev9).
  'I very much hope the site visit goes well.',
  'We spoke on Friday, and I very much value what you said.',
];

describe('grammar stays quiet on the hard correct sentences of the clean drafts', () => {
  it('flags none of them', () => expect(grammarOnCorrect(right)).toEqual([]));
});
