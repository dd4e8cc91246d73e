/**
 * A pronoun that refers back to a noun of the other number (packages/engine/rules/confusables/
 * pronounNumber.ts), on sentences written for this test, not taken from any corpus. "them" said of people
 * the sentence does not name, the empty "it" and "it" as a clause's subject are left alone.
 */
import { describeSlips, type SlipCase } from './helpers/grammarSentences';

const wrong: SlipCase[] = [
  ['I read the safety policy you sent, and I agree with them completely.', 'them', 'it'],
  ['Your feedback on my portfolio was useful, so I have acted on them already.', 'them', 'it'],
  ['The three case studies were demanding, but I enjoyed working through it.', 'it', 'them'],
  ['My references are attached, and you are welcome to check it at any time.', 'it', 'them'],
];

const right = [
  'I enjoyed the visit, and I thanked them before I left.',
  'The tour was excellent, and it was lovely to meet them all.',
  'The shifts were long, but I found it easy to stay focused.',
  'The rotas changed weekly, and I think it worked well for everyone.',
  'If the panel needs more time, they are welcome to take it.',
  'My manager was supportive, and I still speak to them every month.',
  'The documents and the letter arrived, and I have signed them both.',
  'The forms are attached, and I have completed them.',
  'I read the report, and it answered most of my questions.',
];

describeSlips('a pronoun and the noun it refers back to', 'grammar/agreement', wrong, right, 'leaves people, the empty "it" and clause subjects alone');
