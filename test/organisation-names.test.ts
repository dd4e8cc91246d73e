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
