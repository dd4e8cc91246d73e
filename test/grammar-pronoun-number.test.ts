/**
 * A pronoun that refers back to a noun of the other number (packages/engine/rules/confusables/
 * pronounNumber.ts), on sentences written for this test, not taken from any corpus. "them" said of people
 * the sentence does not name, the empty "it" and "it" as a clause's subject are left alone.
 */
import { describe, expect, it } from 'vitest';
import { grammarFindings } from './helpers/grammarSentences';

const wrong: Array<[string, string, string]> = [
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

describe('a pronoun and the noun it refers back to', () => {
  for (const [sentence, word, fix] of wrong) {
    it(`flags "${word}" in: ${sentence}`, () => {
      const found = grammarFindings(sentence);
      const finding = found.find((f) => f.rule === 'grammar/agreement' && f.actual === word);
      expect(finding, JSON.stringify(found.map((f) => `${f.rule} ${f.actual}`))).toBeDefined();
      expect(finding!.suggestions[0]).toBe(fix);
      const at = [...sentence.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].pop()!.index!;
      const fixed = sentence.slice(0, at) + fix + sentence.slice(at + word.length);
      expect(grammarFindings(fixed).map((f) => `${f.rule} ${f.actual}`), fixed).toEqual([]);
    });
  }
  it('leaves people, the empty "it" and clause subjects alone', () => {
    for (const s of right) expect(grammarFindings(s).map((f) => `${f.rule} "${f.actual}"`), s).toEqual([]);
  });
});
