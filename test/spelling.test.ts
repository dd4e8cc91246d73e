/** spelling/unknown-word: what is checked, what is known, dialects, suggestions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { applySettings, defaultSettings } from '../packages/engine/settings';
import { suggestSpelling } from '../packages/engine/spelling';

const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;

function spelling(text: string, raw: Record<string, unknown> = {}, suggest = false, rule = 'spelling/unknown-word') {
  const { settings } = applySettings(defaultSettings(), raw);
  return check(text, { settings, today, suggest }).findings.filter((f) => f.rule === rule);
}

const possibleNames = (text: string, raw: Record<string, unknown> = {}) => spelling(text, raw, false, 'spelling/possible-name');

function draft(body: string, frontMatter = ''): string {
  return `---
kind: thank-you
company: Hartley & Finch LLP
position: Legal Secretary
interviewer: Margaret Hale
interview_date: 2026-11-20
send_date: 2026-11-20
subject: Thank you for today's interview
${frontMatter}---

Dear Ms Hale,

${body}

Kind regards,
Anna Lewis
`;
}

const words = (findings: Array<{ actual: string }>) => findings.map((f) => f.actual);

describe('spelling/unknown-word', () => {
  it('flags a misspelt word with its exact range, data and a warning', () => {
    const text = draft('Thank you for the oppertunity to meet you.');
    const [finding, ...rest] = spelling(text);
    expect(rest).toEqual([]);
    expect(finding.actual).toBe('oppertunity');
    expect(text.slice(finding.start, finding.end)).toBe('oppertunity');
    expect(finding.severity).toBe('warning');
    expect(finding.data).toEqual({ type: 'spelling', word: 'oppertunity', dialect: 'en-GB' });
    expect(finding.message).toContain('oppertunity');
  });

  it('computes suggestions only when asked, best first, keeping capitals', () => {
    const text = draft('Recieve my thanks for the oppertunity.');
    expect(spelling(text).every((f) => f.suggestions.length === 0)).toBe(true);
    const found = spelling(text, {}, true);
    expect(found.map((f) => f.suggestions[0])).toEqual(['Receive', 'opportunity']);
  });

  it('knows the draft\'s names, their possessives and the signature', () => {
    const text = draft("I look forward to joining Hartley & Finch and to Finch's training programme with Ms Hale.");
    expect(words(spelling(text))).toEqual([]);
    // Names this draft does not give, and no list knows, look like names: a hint, not a warning.
    const other = draft("I look forward to meeting Mr Oyelaran at Quillfeather's office.");
    expect(words(spelling(other))).toEqual([]);
    expect(words(possibleNames(other))).toEqual(['Oyelaran', "Quillfeather's"]);
    expect(possibleNames(other).every((f) => f.severity === 'hint')).toBe(true);
  });

  it('takes ALL-CAPS words as acronyms or codes, but not a longer one a slip from a common word', () => {
    expect(words(spelling(draft('I used the KPIs and the QZX reports, and the ZXQWVB one.')))).toEqual([]);
    expect(words(spelling(draft('I used the KPIs and the QZX reports, and the REPORST one.')))).toEqual(['REPORST']);
  });

  it('takes the plural of a compound of words, with its "s" on the last part, but not a slip in it', () => {
    expect(words(spelling(draft('We ran read-alouds, drop-ins and walk-throughs for the new starters.')))).toEqual([]);
    expect(words(spelling(draft('We ran read-aluods and drop-inss for the new starters.')))).toEqual(['read-aluods', 'drop-inss']);
  });

  it('takes a learned prefix before a long dictionary word, unless the whole is one slip from a word', () => {
    expect(words(spelling(draft('I ran anticoagulation clinics and microbudgets for the ward.')))).toEqual([]);
    expect(words(spelling(draft('The interelated risks of transending the budget were clear.')))).toEqual(['interelated', 'transending']);
  });

  it('takes the words of a borrowed phrase together, and only together', () => {
    expect(words(spelling(draft('It gave me a sense of déjà vu, and my mise en place for the pâte à choux was ready.'), { dialect: 'en-US' }))).toEqual([]);
    expect(words(spelling(draft('I saw vu on the list.'), { dialect: 'en-US' }))).toEqual(['vu']);
  });

  it('knows the terms of machine learning work from the data-science list', () => {
    expect(words(spelling(draft('I tuned the hyperparameters, checked the backpropagation and wrote about explainability.')))).toEqual([]);
  });

  it('knows the job-search words and the user\'s words', () => {
    const text = draft('I updated my CV and LinkedIn profile; onboarding and upskilling matter. The Brexley fund impressed me.');
    expect(words(possibleNames(text))).toEqual(['Brexley']);
    expect(words(possibleNames(text, { words: ['Brexley'] }))).toEqual([]);
  });

  it('never checks code, URLs, email addresses, link targets or front matter keys', () => {
    const text = draft(
      'See `xqzconfig` and https://example.org/xqzpath or write to xqz.person@xqzmail.com about the [report](https://example.org/xqzreport).\n\n```\nxqzcode block\n```',
      'xqzkey: 1\n',
    );
    expect(words(spelling(text))).toEqual([]);
  });

  it('checks the subject line, which is sent too', () => {
    const text = draft('Thank you.').replace("subject: Thank you for today's interview", 'subject: Thank you for todays intervew');
    expect(words(spelling(text))).toEqual(['todays', 'intervew']);
  });

  it('uses the dialect from the settings, and the draft\'s own dialect over them', () => {
    const british = draft('The organisation and its colour scheme.');
    expect(words(spelling(british, { dialect: 'en-GB' }))).toEqual([]);
    expect(words(spelling(british, { dialect: 'en-US' }))).toEqual(['organisation', 'colour']);
    const american = draft('The organization and its color scheme.', 'dialect: en-US\n');
    expect(words(spelling(american, { dialect: 'en-GB' }))).toEqual([]);
    expect(spelling(draft('The colr.', 'dialect: en-US\n'))[0].data).toEqual({ type: 'spelling', word: 'colr', dialect: 'en-US' });
  });

  it('still finds a misspelling next to a placeholder, broken front matter or a code block', () => {
    const placeholder = draft('I enjoyed meeting [Company Name] and the oppertunity to talk.');
    expect(words(spelling(placeholder))).toEqual(['oppertunity']);
    const broken = draft('Thank you for the oppertunity.').replace('company: Hartley & Finch LLP', 'company: [Hartley');
    expect(words(spelling(broken))).toEqual(['oppertunity']);
    const code = draft('```\nrecieve zzqx\n```\n\nThank you for the oppertunity.');
    expect(words(spelling(code))).toEqual(['oppertunity']);
  });

  it('leaves a contraction without apostrophe to grammar/contraction', () => {
    const { settings } = applySettings(defaultSettings(), {});
    const found = check(draft('I dont know, but youre kind.'), { settings, today }).findings.filter((f) => /spelling|grammar/.test(f.rule));
    expect(found.map((f) => `${f.rule} ${f.actual}`)).toEqual(['grammar/contraction dont', 'grammar/contraction youre']);
  });

  it('gives the same findings when an unchanged paragraph is checked again', () => {
    const text = draft('Thank you for the oppertunity.\n\nI enjoyed the intervew.');
    expect(words(spelling(text))).toEqual(['oppertunity', 'intervew']);
    expect(words(spelling(text.replace('intervew', 'interview')))).toEqual(['oppertunity']);
    expect(words(spelling(text))).toEqual(['oppertunity', 'intervew']);
  });
});

describe('suggestSpelling', () => {
  it('ranks the intended word first for common slips, in both dialects', () => {
    for (const dialect of ['en-GB', 'en-US'] as const) {
      expect(suggestSpelling('accomodate', dialect)[0]).toBe('accommodate');
      expect(suggestSpelling('definately', dialect)[0]).toBe('definitely');
      expect(suggestSpelling('recieve', dialect)[0]).toBe('receive');
      expect(suggestSpelling('interveiw', dialect)[0]).toBe('interview');
    }
    expect(suggestSpelling('organistion', 'en-GB')[0]).toBe('organisation');
    expect(suggestSpelling('organiztion', 'en-US')[0]).toBe('organization');
  });

  it('keeps the capitalisation of the word', () => {
    expect(suggestSpelling('Oppertunity', 'en-GB')[0]).toBe('Opportunity');
    expect(suggestSpelling('OPPERTUNITY', 'en-GB')[0]).toBe('OPPORTUNITY');
  });

  it('splits words run together', () => {
    expect(suggestSpelling('alot', 'en-GB')).toContain('a lot');
  });

  it('returns a fresh list each time', () => {
    const first = suggestSpelling('recieve', 'en-GB');
    first.length = 0;
    expect(suggestSpelling('recieve', 'en-GB')[0]).toBe('receive');
  });
});

describe('clean prose has no spelling findings', () => {
  const corpus = join(__dirname, 'corpus');
  const prose = (file: string, dialect: string) => {
    const text = readFileSync(join(corpus, file), 'utf8');
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(500);
    return words(spelling(text, { dialect, checkAllMarkdown: true }));
  };

  it('a British sample of 500+ words, in en-GB', () => {
    expect(prose('british-sample.md', 'en-GB')).toEqual([]);
  });

  it('an American sample of 500+ words, in en-US', () => {
    expect(prose('us-sample.md', 'en-US')).toEqual([]);
  });

  it('and the dialects differ: each sample has findings in the other dialect', () => {
    expect(prose('british-sample.md', 'en-US')).toContain('colour');
    expect(prose('us-sample.md', 'en-GB')).toContain('color');
  });

  const drafts = join(corpus, 'drafts');
  for (const file of readdirSync(drafts)) {
    it(`a clean ${file.replace('.md', '')} draft`, () => {
      const text = readFileSync(join(drafts, file), 'utf8');
      const { settings } = applySettings(defaultSettings(), {});
      const findings = check(text, { settings, today }).findings.filter((f) => /spelling|grammar/.test(f.rule));
      expect(findings.map((f) => `${f.rule} ${f.actual}`)).toEqual([]);
    });
  }
});
