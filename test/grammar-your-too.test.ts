/**
 * your/you're and to/too decided by the slot: "you're" before "based in" or an -ing verb with an object,
 * "your" before a noun that does something, "too" before an adjective after "was" or at a clause's end after
 * "lovely". Sentences written for the rules, none from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { grammarFindings } from './helpers/grammarSentences';

const found = (sentence: string) =>
  grammarFindings(sentence)
    .filter((f) => f.rule === 'grammar/your-you-re' || f.rule === 'grammar/to-too')
    .map((f) => `${f.actual} -> ${f.suggestions[0]}`);

const BAD: Array<[string, string]> = [
  ['I hear your planning something exciting for the spring.', 'your -> you\'re'],
  ['If your based near Bristol, the hybrid option could work.', 'your -> you\'re'],
  ['I understand your located in the Dublin office.', 'your -> you\'re'],
  ['Let me know if your interested in the sample.', 'your -> you\'re'],
  ['Please tell me when you manager decides.', 'you -> your'],
  ['I wonder whether you department needs a contractor.', 'you -> your'],
  ['I was to nervous to ask about the salary.', 'to -> too'],
  ['The drive is not to far from my home.', 'to -> too'],
  ['The project was to complicated for one person.', 'to -> too'],
  ['Your receptionist was very kind to, so do thank her for me.', 'to -> too'],
  ['The whole team was friendly to!', 'to -> too'],
];

const GOOD = [
  'Your building is easy to find.',
  'Your planning meeting sounded productive.',
  'Your based salary was not mentioned.',
  'When you manage a team, you learn quickly.',
  'When you need anything, just ask.',
  'I was able to ask about the salary.',
  'The plan was to open the new site in May.',
  'It was kind of you to reply so quickly.',
  'Everyone was friendly to me.',
  'I would be happy to.',
  'The drive is close to my home.',
];

describe('your/you\'re and to/too by the slot', () => {
  it.each(BAD)('catches "%s"', (sentence, expected) => {
    expect(found(sentence)).toContain(expected);
  });
  it.each(GOOD)('leaves "%s" alone', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
