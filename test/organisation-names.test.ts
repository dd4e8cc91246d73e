/**
 * The names of organisations in a draft: structure/company-name-mismatch (one or two letters off the
 * company's name, even as a real word) and structure/other-organisation (another organisation where this
 * company is meant). Their boundaries are fixtures under test/fixtures/structure/; here, their false alarms
 * measured on every clean draft of the corpus and the examples, which must be none.
 */
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue, type DateValue } from '../packages/engine';
import { cleanCorpusTexts } from './helpers/cleanCorpus';

const TODAY = (parseDateValue('2026-11-20') as { ok: true; value: DateValue }).value;
/** Known problems of the examples, which `followup check examples` is meant to show. */
const EXPECTED_IN_EXAMPLES = ['examples/other-offer-brightwell.md: structure/company-name-mismatch "Brightwell Housng\nTrust"'];

describe('organisation names on the clean corpus and the examples', () => {
  it.each([['structure/company-name-mismatch'], ['structure/other-organisation']])('%s raises no false alarm (measured)', { timeout: 300_000 }, (rule) => {
    const texts = cleanCorpusTexts();
    const alarms = texts.flatMap(({ name, text }) =>
      check(text, { settings: defaultSettings(), today: TODAY })
        .findings.filter((f) => f.rule === rule)
        .map((f) => `${name}: ${f.rule} "${f.actual}"`),
    );
    const unexpected = alarms.filter((a) => !EXPECTED_IN_EXAMPLES.includes(a));
    console.log(`${rule}: ${unexpected.length} false alarms on ${texts.length} clean corpus drafts, sentences and examples`);
    expect(texts.length).toBeGreaterThan(500);
    expect(unexpected).toEqual([]);
  });
});

describe("a paragraph's near misses of the company's name, kept between checks", () => {
  const draft = (company: string, interviewer: string, body: string) =>
    `---\nkind: thank-you\ncompany: ${company}\ninterviewer: ${interviewer}\ninterview_date: 2026-11-18\nsubject: Thank you\n---\n\nDear ${interviewer.split(' ')[0]},\n\n${body}\n\nKind regards,\nAlex Morgan\n`;
  const misses = (text: string) =>
    check(text, { settings: defaultSettings(), today: TODAY })
      .findings.filter((f) => f.rule === 'structure/company-name-mismatch')
      .map((f) => f.actual);
  const paragraph = 'I would be proud to join Hartly & Finch and its litigation team.';

  it('follow the company and the other names in the front matter, not only the paragraph', () => {
    expect(misses(draft('Hartley & Finch LLP', 'Sam Okafor', paragraph))).toEqual(['Hartly & Finch']);
    // The same paragraph, checked again with another company: its name is now exact.
    expect(misses(draft('Hartly & Finch', 'Sam Okafor', paragraph))).toEqual([]);
    // And with an interviewer whose name is the near miss: another known name, never a misspelling.
    expect(misses(draft('Hartley & Finch LLP', 'Sam Hartly', paragraph.replace('Hartly & Finch', 'Hartly')))).toEqual([]);
    expect(misses(draft('Hartley & Finch LLP', 'Sam Okafor', paragraph))).toEqual(['Hartly & Finch']);
  });

  it('are found where a keystroke changed a paragraph, and kept where it did not', () => {
    const before = draft('Hartley & Finch LLP', 'Sam Okafor', `${paragraph}\n\nI enjoyed meeting the team.`);
    expect(misses(before)).toEqual(['Hartly & Finch']);
    expect(misses(before.replace('the team.', 'the team at Hartley & Fich.'))).toEqual(['Hartly & Finch', 'Hartley & Fich']);
    expect(misses(before.replace('Hartly & Finch', 'Hartley & Finch'))).toEqual([]);
  });
});
