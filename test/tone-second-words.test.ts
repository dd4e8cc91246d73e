/**
 * The phrase matcher looks at a text's second word before it tries a phrase's expression there
 * (tone/pattern.ts `keyPrefixes`, the phrase's `secondWords`). That look must never lose a match: every
 * phrase rule finds the same, with the same fixes, as without it, over every development and training
 * paragraph of the corpora, the examples and the fixtures.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileToneRules } from '../packages/engine/rules/tone';
import type { CompiledRule } from '../packages/engine/rules/tone/data';
import { matchPhrases } from '../packages/engine/rules/tone/match';
import { ANY_WORD, keyPrefixes } from '../packages/engine/rules/tone/pattern';
import { corpusFiles, paragraphs } from './helpers/corpusText';

const root = join(__dirname, '..');
const texts = corpusFiles(root, ['test/corpus', 'examples', 'test/fixtures']).flatMap((file) => paragraphs(file));

/** Every phrase rule the tone family runs: the rules, their stacked markers and their cues' groups. */
const rules: CompiledRule[] = compileToneRules().flatMap((rule) => [
  rule,
  ...(rule.stack ? [rule.stack.markers] : []),
  ...rule.cueRules.flatMap((c) => [...c.groups, ...(c.unless ? [c.unless] : [])]),
]);

/** The same rule with no phrase looking at the second word. */
function withoutSecondWords(rule: CompiledRule): CompiledRule {
  const plain = new Map(rule.compiled.map((p) => [p, { ...p, secondWords: undefined }]));
  return {
    ...rule,
    compiled: [...plain.values()],
    byFirstWord: new Map([...rule.byFirstWord].map(([key, phrases]) => [key, phrases.map((p) => plain.get(p)!)])),
    anywhere: rule.anywhere.map(({ phrase, regex }) => ({ phrase: plain.get(phrase)!, regex })),
  };
}

const noClasses = () => [[ANY_WORD]];

describe("the tone phrases' second words", () => {
  it('are the keys the matcher reads: letters and digits, apostrophes and hyphens between words', () => {
    expect(keyPrefixes("I'll call", noClasses)).toEqual([['i', 'll']]);
    expect(keyPrefixes('no-one', noClasses)).toEqual([['no', 'one']]);
    // "haven't" is also written "havent": one word then.
    expect(keyPrefixes("haven't heard", noClasses)).toEqual([
      ['haven', 't'],
      ['havent', 'heard'],
    ]);
    expect(keyPrefixes('(just)? call+ me', noClasses).map((p) => p.join(' ')).sort()).toEqual(['call me', 'called me', 'calling me', 'calls me', 'just call', 'just called', 'just calling', 'just calls']);
  });

  it('are any word after a gap, a class that can start with anything, or the end of the match', () => {
    // A gap may hold no word at all.
    expect(keyPrefixes('give ~3 a call', noClasses)).toEqual([
      ['give', 'a'],
      ['give', ANY_WORD],
    ]);
    expect(keyPrefixes('call {X}', noClasses)).toEqual([['call', ANY_WORD]]);
    expect(keyPrefixes('profusely', noClasses)).toEqual([['profusely', ANY_WORD]]);
    expect(keyPrefixes('please $', noClasses)).toEqual([['please', ANY_WORD]]);
    expect(keyPrefixes(':\\)', noClasses)).toEqual([[ANY_WORD]]);
    // A class's words stand where it does; a class of one word is followed by the pattern's next.
    expect(keyPrefixes('{WE} will', () => [['we'], ['i']])).toEqual([
      ['we', 'will'],
      ['i', 'will'],
    ]);
  });

  it('rule out most phrases at most words', () => {
    const phrases = rules.flatMap((r) => r.compiled);
    expect(phrases.filter((p) => p.secondWords).length).toBeGreaterThan(phrases.length / 2);
  });

  it('never lose a match: every rule finds what it finds without them, with the same fixes', () => {
    const plain = rules.map(withoutSecondWords);
    const show = (rule: CompiledRule, text: string) => matchPhrases(rule, text).map((m) => `${m.start}-${m.end} ${m.better.join('|')}`);
    let matches = 0;
    const differences: string[] = [];
    for (const text of texts) {
      rules.forEach((rule, i) => {
        const found = show(rule, text);
        matches += found.length;
        const expected = show(plain[i], text);
        if (found.join(' ') !== expected.join(' ')) differences.push(`${rule.meta.id}: ${expected} without, ${found} with, in "${text.slice(0, 160)}"`);
      });
    }
    expect(differences).toEqual([]);
    // Enough matches for the comparison to mean something.
    expect(matches).toBeGreaterThan(2000);
  });
});
