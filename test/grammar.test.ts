/** grammar/: repeated words, indefinite articles, contractions without apostrophes. */
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { applySettings, defaultSettings } from '../packages/engine/settings';

const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;

function language(body: string) {
  const text = `---
kind: thank-you
company: Hartley & Finch LLP
interviewer: Margaret Hale
interview_date: 2026-11-20
subject: Thank you
---

Dear Ms Hale,

${body}

Kind regards,
Anna Lewis
`;
  const { settings } = applySettings(defaultSettings(), {});
  return check(text, { settings, today, suggest: true })
    .findings.filter((f) => /^(spelling|grammar)\//.test(f.rule))
    .map((f) => ({ rule: f.rule, actual: f.actual, fix: f.suggestions[0], message: f.message, severity: f.severity }));
}

describe('grammar/repeated-word', () => {
  it('flags a doubled word, covering both, and fixes it to one', () => {
    const [f, ...rest] = language('Thank you for the the opportunity.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'grammar/repeated-word', actual: 'the the', fix: 'the', severity: 'warning' });
    expect(f.message).toMatch(/twice.*Delete one/);
  });

  it('also across a line break, and keeps the first word\'s capitals', () => {
    expect(language('The\nthe interview went well.')).toMatchObject([{ actual: 'The\nthe', fix: 'The' }]);
  });

  it('leaves "had had", "that that" and words separated by code alone', () => {
    expect(language('I had had a long week, and I know that that matters. Use the `x` the same way.')).toEqual([]);
  });
});

describe('grammar/indefinite-article', () => {
  it('flags "a" before a vowel sound and "an" before a consonant sound', () => {
    expect(language('I enjoyed a interview and an useful tour.')).toMatchObject([
      { rule: 'grammar/indefinite-article', actual: 'a', fix: 'an' },
      { rule: 'grammar/indefinite-article', actual: 'an', fix: 'a' },
    ]);
  });

  it('follows sound, not spelling: "an hour", "a university"', () => {
    expect(language('It took an hour to tour a university campus.')).toEqual([]);
  });

  it('names the word that follows and what to write', () => {
    expect(language('It was a honour.')[0].message).toBe('Use "an" instead of "a" before "honour", which starts with a vowel sound.');
  });
});

describe('grammar/contraction', () => {
  it('flags missing apostrophes, reported only as grammar', () => {
    expect(language("I dont think youre late, and Im glad it doesnt matter.").map((f) => `${f.rule} ${f.actual} ${f.fix}`)).toEqual([
      "grammar/contraction dont don't",
      "grammar/contraction youre you're",
      "grammar/contraction Im I'm",
      "grammar/contraction doesnt doesn't",
    ]);
  });

  it('takes "wont" and "cant" as contractions only after a subject', () => {
    expect(language('I wont be late, and we cant wait. It is her wont to rise early.').map((f) => `${f.actual} ${f.fix}`)).toEqual([
      "wont won't",
      "cant can't",
    ]);
  });

  it('suggests the curly apostrophe when the draft uses them', () => {
    expect(language('It’s kind of you. I dont mind.')[0].fix).toBe('don’t');
  });

  it('accepts contractions with either apostrophe', () => {
    expect(language("I don't mind. You’re kind. I'm grateful.")).toEqual([]);
  });
});
