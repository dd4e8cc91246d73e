/**
 * The grammar data (packages/engine/rules/confusables/): every rule's documented bad example is caught
 * by that rule with a fix that makes it the documented good example's kind of sentence, every good example
 * is clean, and a broken data file is an error that names the file and the place.
 */
import { describe, expect, it } from 'vitest';
import { GRAMMAR_CLASSES, GRAMMAR_DATA_FILES } from '../packages/engine/rules/confusables';
import { compileRuleFiles, readRuleFile } from '../packages/engine/rules/confusables/data';
import { compileTokenPattern, matchAt } from '../packages/engine/rules/confusables/pattern';
import { tokenize } from '../packages/engine/language/tokens';
import { grammarFindings, grammarFindingsIn, sentenceDraft } from './helpers/grammarSentences';


describe('grammar data rules', () => {
  for (const { file, data } of GRAMMAR_DATA_FILES) {
    const { meta } = readRuleFile(file, data);
    it(`${meta.id}: the bad example is caught and the good one is clean`, () => {
      expect(grammarFindings(meta.bad).map((f) => f.rule)).toContain(meta.id);
      expect(grammarFindings(meta.good).map((f) => `${f.rule} ${f.actual}`)).toEqual([]);
    });
    it(`${meta.id}: applying every fix of the bad example leaves no grammar finding`, () => {
      let text = sentenceDraft(meta.bad);
      for (let round = 0; round < 6; round++) {
        const found = grammarFindingsIn(text).filter((f) => f.suggestions.length);
        if (!found.length) break;
        const f = found[0];
        text = text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end);
      }
      expect(grammarFindingsIn(text).map((f) => f.actual)).toEqual([]);
    });
  }

  it('compiles every pattern of every file', () => {
    const files = GRAMMAR_DATA_FILES.map(({ file, data }) => ({ file, rule: readRuleFile(file, data) }));
    expect(compileRuleFiles(files, GRAMMAR_CLASSES).length).toBeGreaterThan(100);
  });
});

describe('grammar data errors name the file and the place', () => {
  const good = { id: 'grammar/x', severity: 'warning', summary: 's', why: 'w', bad: 'b', good: 'g', fix: 'f', entries: [{ patterns: ['[its] been'], better: "it's", why: 'y' }] };
  it('rejects unknown fields, missing texts and bad ids', () => {
    expect(() => readRuleFile('x.json', { ...good, extra: 1 })).toThrow(/x\.json: has an unknown field "extra"/);
    expect(() => readRuleFile('x.json', { ...good, why: '' })).toThrow(/x\.json: needs a text "why"/);
    expect(() => readRuleFile('x.json', { ...good, id: 'tone/x' })).toThrow(/grammar\/<name>/);
    expect(() => readRuleFile('x.json', { ...good, entries: [{ patterns: [], better: 'a', why: 'y' }] })).toThrow(/entry 1 needs "patterns"/);
    expect(() => readRuleFile('x.json', { ...good, entries: [{ patterns: ['[a]'], better: 3, why: 'y' }] })).toThrow(/entry 1 needs "better"/);
  });
  it('rejects a bad pattern with the pattern in the message', () => {
    const compile = (pattern: string) => compileRuleFiles([{ file: 'x.json', rule: readRuleFile('x.json', { ...good, entries: [{ patterns: [pattern], better: 'a', why: 'y' }] }) }], GRAMMAR_CLASSES);
    expect(() => compile('its been')).toThrow(/x\.json: entry 1: the pattern "its been" needs one \[span\]/);
    expect(() => compile('[its] <XX>')).toThrow(/unknown tag "<XX>"/);
    expect(() => compile('[its] {NOPE}')).toThrow(/unknown class \{NOPE\}/);
    expect(() => compile('[its ~2]')).toThrow(/the span holds required words only/);
  });
});

describe('the token pattern language', () => {
  const scope = { classWords: (name: string) => (GRAMMAR_CLASSES[name] as string[] | undefined) };
  const matches = (pattern: string, text: string) => {
    const compiled = compileTokenPattern(pattern, scope);
    const tokens = tokenize(text);
    return tokens.map((_, i) => matchAt(compiled, tokens, i)).filter((end) => end >= 0).length;
  };
  it('matches words before and after the span, gaps, optional items, negation and clause ends', () => {
    expect(matches('more ~3 [then]', 'more experience in care then I had')).toBe(1);
    expect(matches('more ~1 [then]', 'more experience in care then I had')).toBe(0);
    expect(matches('[its] !own', 'its own team')).toBe(0);
    expect(matches('[its] !own', 'its a pity')).toBe(1);
    expect(matches('[to] $', 'nice to meet you to.')).toBe(1);
    expect(matches('^ [than]', 'Than I will write.')).toBe(1);
    expect(matches('^ [than]', 'More than I will write.')).toBe(0);
    expect(matches('[very|so]? [its]'.replace('[very|so]? ', 'very|so? '), 'so its clear')).toBe(1);
  });
  it('reads parts of speech from the lexicon', () => {
    expect(matches('[their] <VBG!>', 'their going')).toBe(1);
    expect(matches('[their] <VBG!>', 'their team')).toBe(0);
    expect(matches('many [<NN!>]', 'many patient')).toBe(1);
  });
});
