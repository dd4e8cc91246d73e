/**
 * The language checks are cached by sentence, so a keystroke re-checks one sentence of a paragraph: the
 * grammar data (confusables.ts), retext's grammar checks (grammar.ts), spelling (spellcheck.ts) and the
 * tone phrases (tone/match.ts). That is only right if no finding reaches across a sentence's end. Here
 * every paragraph and line of the development and training text, the examples and the fixtures is checked
 * both ways, and the findings must be the same. Each comparison fails if the cut or the offsets are wrong.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grammarDataMatches, grammarDataMatchesInOnePass } from '../packages/engine/rules/confusables';
import { grammarIssues, grammarIssuesInOnePass } from '../packages/engine/rules/grammar';
import { compileToneRules } from '../packages/engine/rules/tone';
import type { CompiledRule } from '../packages/engine/rules/tone/data';
import { matchPhrases, matchPhrasesBySentence, sentenceSlices } from '../packages/engine/rules/tone/match';
import { sentenceCuts } from '../packages/engine/language/sentences';
import { unknownWords, unknownWordsInOnePass } from '../packages/engine/spelling/spellcheck';
import { corpusFiles, paragraphs } from './helpers/corpusText';

const root = join(__dirname, '..');
const SOURCES = ['test/corpus', 'examples', 'test/fixtures'];
const files = corpusFiles(root, SOURCES);
const texts = files.flatMap((file) => paragraphs(file).map((paragraph) => ({ file: file.slice(root.length + 1), paragraph })));

/** Inline code and link targets blanked, as the prose blocks have them (the file's text kept beside). */
const blanked = (text: string) => text.replace(/`[^`\n]*`|\]\([^)\n]*\)/g, (m) => ' '.repeat(m.length));

/** Each paragraph where `same` says the two ways differ, named. */
function differences(same: (paragraph: string) => string | undefined): string[] {
  return texts.flatMap(({ file, paragraph }) => {
    const difference = same(paragraph);
    return difference ? [`${file}: ${difference} in "${paragraph.slice(0, 160)}"`] : [];
  });
}

const show = (items: Array<{ start: number; end: number }>) => items.map((i) => `${i.start}-${i.end}`).join(' ');

describe('checks cached by sentence', () => {
  it('has enough text, with several sentences to a paragraph and blanked code, to mean something', () => {
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.filter(({ paragraph }) => sentenceCuts(paragraph).length > 2).length).toBeGreaterThan(300);
    expect(texts.filter(({ paragraph }) => blanked(paragraph) !== paragraph).length).toBeGreaterThan(20);
  });

  it('cuts a text into sentences end to end, the spaces going with the next', () => {
    const text = 'Thanks again!  I hope so. "Really?" she said (twice.) Yes. 3 more. v1.30. i learned';
    expect(sentenceCuts(text).map(([s, e]) => text.slice(s, e))).toEqual(['Thanks again!', '  I hope so.', ' "Really?" she said (twice.)', ' Yes.', ' 3 more. v1.30. i learned']);
    expect(sentenceCuts('')).toEqual([[0, 0]]);
  });

  it('finds the grammar data matches of one pass over each paragraph', () => {
    const found = differences((paragraph) => {
      for (const [text, listItem] of [[paragraph, false], [paragraph, true], [blanked(paragraph), false]] as const) {
        const a = JSON.stringify(grammarDataMatches(text, paragraph, listItem));
        const b = JSON.stringify(grammarDataMatchesInOnePass(text, paragraph, listItem));
        if (a !== b) return `${b} in one pass, ${a} by sentence`;
      }
      return undefined;
    });
    expect(found).toEqual([]);
  });

  it("finds retext's grammar issues of one pass over each paragraph", () => {
    const found = differences((paragraph) => {
      const a = JSON.stringify(grammarIssues(paragraph));
      const b = JSON.stringify(grammarIssuesInOnePass(paragraph));
      return a === b ? undefined : `${b} in one pass, ${a} by sentence`;
    });
    expect(found).toEqual([]);
  });

  it.each(['en-GB', 'en-US'] as const)('finds the unknown words (%s) of one pass over each paragraph', (dialect) => {
    const found = differences((paragraph) => {
      const a = JSON.stringify(unknownWords(paragraph, dialect));
      const b = JSON.stringify(unknownWordsInOnePass(paragraph, dialect));
      return a === b ? undefined : `${b} in one pass, ${a} by sentence`;
    });
    expect(found).toEqual([]);
  });

  it('finds the tone phrases, markers and cues of one pass over each paragraph', () => {
    // Every phrase rule the tone family runs: the rules, their stacked markers and their cues' groups.
    const rules: CompiledRule[] = compileToneRules().flatMap((rule) => [
      rule,
      ...(rule.stack ? [rule.stack.markers] : []),
      ...rule.cueRules.flatMap((c) => [...c.groups, ...(c.unless ? [c.unless] : [])]),
    ]);
    expect(rules.length).toBeGreaterThan(10);
    const found = differences((paragraph) => {
      const sentences = sentenceSlices(paragraph);
      for (const rule of rules) {
        const simple = (ms: Array<{ start: number; end: number; better: string[] }>) => `${show(ms)} ${ms.map((m) => m.better.join('|')).join(' ')}`;
        const a = simple(matchPhrasesBySentence(rule, sentences));
        const b = simple(matchPhrases(rule, paragraph));
        if (a !== b) return `${rule.meta.id}: ${b} in one pass, ${a} by sentence`;
      }
      return undefined;
    });
    expect(found).toEqual([]);
  });
});
