/** The tone data format: the pattern language, and clear errors for broken data at load. */
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { defaultSettings } from '../packages/engine/settings';
import { TONE_CLASSES, TONE_FILES, toneRules } from '../packages/engine/rules/tone';
import { compileToneData, readRuleFile, ToneDataError } from '../packages/engine/rules/tone/data';
import { matchPhrases } from '../packages/engine/rules/tone/match';
import { inflections } from '../packages/engine/rules/tone/pattern';

const META = {
  id: 'tone/test',
  severity: 'warning',
  summary: 'A test rule.',
  why: 'Because.',
  bad: 'Bad.',
  good: 'Good.',
  fix: 'Fix it.',
  reason: 'is a test phrase',
  advice: 'Remove it.',
};

function rule(phrases: unknown[], extra: Record<string, unknown> = {}) {
  return { file: 'test.json', data: { ...META, ...extra, phrases } };
}

const CLASSES = { WHO: ['you', 'your (office|team)'], VERB: ['call', 'ring+'], NESTED: ['{WHO} now'] };

/** The matched texts of one pattern in a text. */
function matches(pattern: string, text: string, classes: Record<string, string[]> = CLASSES): string[] {
  const [compiled] = compileToneData(classes, [rule([{ match: pattern }])]);
  return matchPhrases(compiled, text).map((m) => text.slice(m.start, m.end));
}

describe('pattern language', () => {
  it('matches whole words, case-insensitively, across line breaks and curly apostrophes', () => {
    expect(matches("I'll call", 'Then I’LL\ncall. I will call. I’ll callous.')).toEqual(['I’LL\ncall']);
    expect(matches('call', 'recall caller call-centre call')).toEqual(['call']);
  });
  it('expands classes, nested classes, groups and optional items', () => {
    expect(matches('{VERB} {WHO}', 'ring your team, call you')).toEqual(['ring your team', 'call you']);
    expect(matches('ring {NESTED}', 'ring your office now')).toEqual(['ring your office now']);
    expect(matches('(very|really)? sorry', 'so sorry, really sorry')).toEqual(['sorry', 'really sorry']);
  });
  it('inflects with + and allows a gap of up to N words with ~N', () => {
    expect(matches('ring+', 'rings ringed ringing ring')).toHaveLength(4);
    expect(inflections('reply')).toEqual(expect.arrayContaining(['replies', 'replied', 'replying']));
    expect(matches('give ~2 a call', 'give them a call; give your busy office a call')).toEqual(['give them a call']);
  });
  it('fills better phrasings from the classes the text used', () => {
    const [compiled] = compileToneData(CLASSES, [rule([{ match: 'please {VERB} {WHO}', better: 'I will {VERB} {WHO} myself' }])]);
    const [m] = matchPhrases(compiled, 'Please ring your office.');
    expect(m.better).toEqual(['I will ring your office myself']);
  });
  it('skips matches after notAfter words and before notBefore words', () => {
    const data = [{ match: 'you need to', notAfter: ['if'], notBefore: ['know'] }];
    const [compiled] = compileToneData({}, [rule(data)]);
    const text = 'If you need to, fine. You need to know. You need to reply.';
    expect(matchPhrases(compiled, text).map((m) => text.slice(m.start, m.end))).toEqual(['You need to']);
  });
  it('matches "$" only where the clause ends: punctuation, a spaced dash or the end of the paragraph', () => {
    const text = 'I will call you. I will call you - fine. I will call you\nsoon. I will call you about it. I will call you';
    expect(matchPhrases(compileToneData({}, [rule([{ match: 'I will call you $' }])])[0], text).map((m) => m.start)).toEqual([0, 17, text.lastIndexOf('I will')]);
  });
  it('withdraws the fix, but keeps the finding, after a noFixAfter pattern', () => {
    const [compiled] = compileToneData({}, [rule([{ match: "I haven't heard back", better: 'I would welcome any news', noFixAfter: ['since', 'as'] }])]);
    const text = "I haven't heard back. Since I haven't heard back, I wrote.";
    expect(matchPhrases(compiled, text).map((m) => [text.slice(m.start, m.end), m.better])).toEqual([
      ["I haven't heard back", ['I would welcome any news']],
      ["I haven't heard back", []],
    ]);
  });
  it('lets a notAfter pattern end with a gap: a few words may stand between it and the match', () => {
    const [compiled] = compileToneData({}, [rule([{ match: 'asap', notAfter: ['I will send ~2'] }])]);
    const text = 'I will send my forms ASAP. Please reply ASAP.';
    expect(matchPhrases(compiled, text).map((m) => m.start)).toEqual([40]);
  });
  it('has the built-in class {EMOJI}', () => {
    expect(matches('{EMOJI}', 'thanks 👍🏽 and ❤️ but not © or ™', {})).toEqual([' 👍🏽', ' ❤️']);
  });
});

describe('clause starts, numbers, apostrophes, withdrawn fixes and stacks', () => {
  it('"^" matches only at the start of a clause', () => {
    expect(matches('^ send me', 'Send me the forms. Please send me them; send me more.')).toEqual(['Send me', 'send me']);
  });
  it('{NUMBER} matches times, days and counts', () => {
    expect(matches('by {NUMBER}', 'by 5pm, by 10:30 am, by the 3rd, by 48')).toEqual(['by 5pm', 'by 10:30 am', 'by 48']);
  });
  it("an n't contraction matches without its apostrophe, but we'll does not match well", () => {
    expect(matches("haven't heard", 'I havent heard; I haven’t heard')).toHaveLength(2);
    expect(matches("we'll", 'all is well')).toEqual([]);
  });
  it('noFixBefore keeps the finding and withdraws the fix where the pattern follows', () => {
    const [compiled] = compileToneData({}, [rule([{ match: 'you must', better: 'please', noFixBefore: ['~3 or I will'] }])]);
    const text = 'You must sign it. You must sign it or I will go.';
    expect(matchPhrases(compiled, text).map((m) => m.better)).toEqual([['please'], []]);
  });
});

describe('data validation at load', () => {
  const load = (classes: unknown, ...files: Array<{ file: string; data: unknown }>) => () => compileToneData(classes, files);
  const cases: Array<[string, () => unknown, RegExp]> = [
    ['an unknown class', load({}, rule([{ match: 'I will {CALL_VERB}' }])), /test\.json: phrases\[0\] pattern "I will \{CALL_VERB\}" uses the unknown class \{CALL_VERB\}/],
    ['an empty pattern', load({}, rule([{ match: ['  '] }])), /phrases\[0\]\.match\[0\] is an empty pattern/],
    ['a missing match', load({}, rule([{ better: 'x' }])), /phrases\[0\]\."match" is missing/],
    ['a missing field', load({}, { file: 'test.json', data: { ...META, why: undefined, phrases: [] } }), /"why" is missing or empty/],
    ['a misspelt field', load({}, rule([{ match: 'x', bettter: 'y' }])), /"bettter" is not a known field/],
    ['a bad severity', load({}, rule([], { severity: 'loud' })), /"severity" "loud" must be one of/],
    ['a bad id', load({}, rule([], { id: 'pushy' })), /"id" "pushy" must look like tone\/name/],
    ['an unbalanced group', load({}, rule([{ match: '(a|b' }])), /has a "\(" without its "\)"/],
    ['an all-optional pattern', load({}, rule([{ match: 'maybe?' }])), /would match nothing/],
    ['a gap at the edge', load({}, rule([{ match: '~2 call' }])), /starts or ends with a gap/],
    ['an unknown capture in better', load(CLASSES, rule([{ match: 'call {WHO}', better: 'ring {VERB}' }])), /better "ring \{VERB\}" uses \{VERB\}, which no pattern/],
    ['a better whose class one wording leaves out', load(CLASSES, rule([{ match: ['call {WHO}', 'call'], better: 'ring {WHO}' }])), /better "ring \{WHO\}" uses \{WHO\}, but pattern "call" can match without it/],
    ['an optional class in better', load(CLASSES, rule([{ match: 'call {WHO}?', better: 'ring {WHO}' }])), /pattern "call \{WHO\}\?" can match without it/],
    ['"$" before other items', load({}, rule([{ match: 'call $ you' }])), /has items after "\$"/],
    ['"$" inside a group', load({}, rule([{ match: '(call $|ring)' }])), /has "\$" inside a group/],
    ['a misspelt noFixAfter', load({}, rule([{ match: 'x', noFixafter: ['y'] }])), /"noFixafter" is not a known field/],
    ['a class that uses itself', load({ LOOP: ['a {LOOP}'] }, rule([{ match: '{LOOP}' }])), /\{LOOP\} .*inside itself/],
    ['a bad class name', load({ lower: ['a'] }), /class name "lower" must be in CAPITALS/],
    ['an empty class', load({ EMPTY: [] }), /\{EMPTY\} must be a non-empty list/],
    ['a duplicate rule', load({}, rule([]), rule([])), /rule tone\/test is defined twice/],
    ['"^" after other items', load({}, rule([{ match: 'please ^ send' }])), /"\^" \(start of clause\) goes first/],
    ['a stack of one', load({}, rule([], { stacked: { min: 1, markers: ['sorry'], why: 'w', advice: 'a' } })), /"stacked"\."min" must be a whole number of 2 or more/],
    ['a stack without markers', load({}, rule([], { stacked: { min: 2, markers: [], why: 'w', advice: 'a' } })), /"stacked"\."markers" must be a non-empty list/],
    ['acronyms not in capitals', load({}, rule([], { acronyms: ['it'] })), /"acronyms" must be a list of words in capitals/],
  ];
  for (const [what, run, message] of cases) {
    it(`rejects ${what} with a clear message`, () => {
      expect(run).toThrow(ToneDataError);
      expect(run).toThrow(message);
    });
  }
  it('rejects a file that is not an object', () => {
    expect(() => readRuleFile('x.json', [])).toThrow(/x\.json: the file must be a JSON object/);
  });
});

describe('bundled tone data', () => {
  it('compiles, with one documented rule per file', () => {
    const compiled = compileToneData(TONE_CLASSES, [...TONE_FILES]);
    expect(compiled.map((r) => r.meta.id)).toEqual(toneRules.rules.map((r) => r.id));
    expect(toneRules.rules.map((r) => r.id).sort()).toEqual(
      ['desperate', 'exclamation', 'hedging', 'informal', 'over-apologetic', 'passive-aggressive', 'phone', 'pushy', 'shouting'].map((n) => `tone/${n}`),
    );
  });
  it('catches each rule’s own bad example and not its good one', () => {
    const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;
    const settings = { ...defaultSettings(), checkAllMarkdown: true };
    for (const meta of toneRules.rules) {
      const rules = (text: string) => check(text, { settings, today }).findings.map((f) => f.rule);
      expect(rules(meta.bad), meta.id).toContain(meta.id);
      expect(rules(meta.good), meta.id).not.toContain(meta.id);
    }
  });
});
