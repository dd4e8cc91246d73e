/**
 * Spelling stays quiet on what is right: names, terms, identifiers, accented words and the sender's
 * signature; and still flags the typos that hide among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue, suggestSpelling, type Finding } from '../packages/engine';
import { applySettings } from '../packages/engine/settings';

const today = (() => {
  const d = parseDateValue('2026-11-20', false);
  if (!d.ok) throw new Error('bad date');
  return d.value;
})();

function language(text: string, dialect = 'en-GB'): Finding[] {
  const { settings } = applySettings(defaultSettings(), { dialect });
  return check(text, { settings, today, suggest: true }).findings.filter((f) => /^(spelling|grammar)\//.test(f.rule));
}

const warnings = (text: string, dialect?: string) => language(text, dialect).filter((f) => f.severity === 'warning').map((f) => f.actual);
const hints = (text: string, dialect?: string) => language(text, dialect).filter((f) => f.rule === 'spelling/possible-name').map((f) => f.actual);

function draft(body: string, signOff = 'Kind regards,\nAnna Lewis'): string {
  return `---\nkind: thank-you\ncompany: Hartley & Finch LLP\ninterviewer: Margaret Hale\ninterview_date: 2026-11-20\n---\n\nDear Ms Hale,\n\n${body}\n\n${signOff}\n`;
}

describe('names', () => {
  it('takes the second word of a species name in italics as meant, and still flags the same word outside them', () => {
    expect(warnings(draft('We trialled *Buxus microphylla* and _Taxus baccata_ hedging, and _B. sempervirens_ too.'))).toEqual([]);
    expect(warnings(draft('The baccata hedge was planted in May.'))).toEqual(['baccata']);
  });

  it('knows names from the people-names list in any position', () => {
    expect(warnings(draft('I enjoyed meeting Priyanka and Siobhan, and Nguyen showed me the ward.'))).toEqual([]);
    expect(hints(draft('I enjoyed meeting Priyanka and Siobhan, and Nguyen showed me the ward.'))).toEqual([]);
  });

  it('takes a short word without a vowel for a tool or an abbreviation, unless one slip from a very common word', () => {
    expect(warnings(draft('I wrote the dbt models and the jq filters.'), 'en-US')).toEqual([]);
    expect(warnings(draft('I think tht the role suits me, and wht I saw was great.'), 'en-US')).toEqual(['tht', 'wht']);
  });

  it('accepts a listed term without a vowel as it is written ("npm", "ssh"), and still flags a typo of a word', () => {
    expect(warnings(draft('I published the package to npm and set up ssh keys for the team.'), 'en-US')).toEqual([]);
    expect(warnings(draft('I hope you had a grat weekend.'), 'en-US')).toEqual(['grat']);
  });

  it('reads the word after a greeting as a name, unless it is a slip of the greeting\'s own words', () => {
    // "Sanne" is one letter from "sane", "Meera" from the surname "Meara": after "Dear" or "Hi" they are names.
    const greeted = (line: string) => `---\nkind: heads-up\ncompany: Calder Reinsurance\n---\n\n${line}\n\nThank you for agreeing to be my referee.\n\nBest wishes,\nAnna Lewis\n`;
    expect(warnings(greeted('Dear Meera,'))).toEqual([]);
    expect(warnings(greeted('Hi Sanne,'))).toEqual([]);
    expect(warnings(greeted('Dear Hirring Manager,'))).toEqual(['Hirring']);
    expect(warnings(greeted('Dear Sir or Madamm,'))).toEqual(['Madamm']);
  });

  it('knows a signature name with a particle ("Sanne de Vries") throughout the draft', () => {
    expect(warnings(draft('Sanne will bring the cuttings on Monday.', 'Best wishes,\nSanne de Vries'))).toEqual([]);
  });

  it('accepts the lower-case particles of surnames between capitalised words', () => {
    const text = draft('I met Rafael Monteiro da Silva and Pieter van der Berg at the careers fair.', 'Best wishes,\nJoana dos Santos');
    expect(warnings(text, 'en-US')).toEqual([]);
    // A surname joined to its particle ("al-Harthy") is a name: a hint, not a warning.
    const joined = draft('Dr Khalid al-Harthy showed me the lab.');
    expect(warnings(joined)).toEqual([]);
    expect(hints(joined)).toEqual(['al-Harthy']);
    // A particle elsewhere is an ordinary word, checked as one.
    expect(warnings(draft('I will da best I can.'), 'en-US')).toEqual(['da']);
  });

  it('reports an unlisted name as a hint, mid-sentence, accented or after a title', () => {
    const text = draft('I enjoyed meeting Chef Oyelaran, Bláthnaid and Mr Quillfeather yesterday.');
    expect(warnings(text)).toEqual([]);
    expect(hints(text)).toEqual(['Oyelaran', 'Bláthnaid', 'Quillfeather']);
    const hint = language(text).find((f) => f.actual === 'Oyelaran')!;
    expect(hint.severity).toBe('hint');
    expect(hint.message).toContain('looks like a name');
    expect(hint.suggestions).toEqual([]);
    expect(hint.data).toEqual({ type: 'spelling', word: 'Oyelaran', dialect: 'en-GB', name: true });
  });

  it('still flags a capitalised word one slip from a common proper noun or, in title case, from a common word', () => {
    const text = draft('We could meet on Tuesay or in Febuary, at the Brightwell Housng Trust office.');
    expect(warnings(text)).toEqual(['Tuesay', 'Febuary', 'Housng']);
    const tuesay = language(text).find((f) => f.actual === 'Tuesay')!;
    expect(tuesay.suggestions[0]).toBe('Tuesday');
  });

  it('does not take a word capitalised only because it starts the sentence as a sign of title case', () => {
    // "Sahar" is one letter from "Sahara", a proper noun too rare to make it a slip; "At" is capitalised
    // because the sentence starts there, so "At Sahar in Leeds" is no title.
    expect(warnings(draft('At Sahar in Leeds, I ran the pastry section.'))).toEqual([]);
    expect(hints(draft('At Sahar in Leeds, I ran the pastry section.'))).toEqual(['Sahar']);
    // Inside a title the slip is still found.
    expect(warnings(draft('I worked at the Brightwell Housng Trust.'))).toEqual(['Housng']);
  });

  it("takes the word after St or Saint for a saint's name, not a slip in a title", () => {
    // "Ultan" is one letter from "Ulan"; after "St" it names a hospital, as "Brigid" names a school.
    expect(warnings(draft("I now work at St Ultan's and volunteer at Saint Brigid's school."))).toEqual([]);
    // A slip from a common proper noun is still one.
    expect(warnings(draft("We met at the St Jmaes's Church open day."))).toEqual(["Jmaes's"]);
  });

  it('never suggests turning a capitalised mid-sentence word into an ordinary word', () => {
    const febuary = language(draft('We could meet in Febuary.')).find((f) => f.actual === 'Febuary')!;
    expect(febuary.suggestions.every((s) => /^\p{Lu}/u.test(s))).toBe(true);
  });
});

describe('terms, identifiers and accents', () => {
  it('knows software and company terms and cspell dictionary words Hunspell lacks', () => {
    expect(warnings(draft('I migrated our Kubernetes clusters and PostgreSQL backups, baked focaccia, and read preprints on phlebotomy.'))).toEqual([]);
  });

  it('treats tokens with digits, inner capitals or dots as identifiers', () => {
    expect(warnings(draft('I shipped v3.2 of the iOS app with GPT-4o, Node.js and ISO27001 controls, and tested on macOS.'))).toEqual([]);
    // A file extension on its own, with or without a wildcard.
    expect(warnings(draft('The termbase is in .tbx format, and the exports are *.xlf files.'))).toEqual([]);
    // A word joined to capitals by a hyphen.
    expect(warnings(draft('I ran the cryo-EM suite and the anti-TNF trial.'))).toEqual([]);
  });

  it('takes long words in capitals as codes, unless one slip from a common word', () => {
    expect(warnings(draft('I ran CRISPR screens and the SOMATOM scanner.'))).toEqual([]);
    expect(warnings(draft('I look forward to the RECIEVED forms.'))).toEqual(['RECIEVED']);
  });

  it('accepts accented forms of dictionary words in both dialects', () => {
    for (const dialect of ['en-GB', 'en-US']) expect(warnings(draft('The café had a naïve charm, and the rôle suited my résumé.'), dialect)).toEqual([]);
  });

  it('still flags a word of the other dialect', () => {
    expect(warnings(draft('The programme and the colour scheme impressed me.'), 'en-US')).toEqual(['programme', 'colour']);
  });
});

describe('the signature', () => {
  it('only the name after the sign-off becomes known: a P.S. is prose and keeps its typos', () => {
    const example = readFileSync(join(__dirname, '..', 'examples', 'check-in-hartley-finch.md'), 'utf8');
    const withPs = `${example.trimEnd()}\n\nPS: Teh recieve.\n`;
    const found = warnings(withPs);
    expect(found.filter((w) => w === 'recieve')).toHaveLength(2);
    expect(found).toContain('Teh');
  });

  it('knows the sender after a one-line sign-off, with no sign-off, and at the end of a LinkedIn note', () => {
    expect(hints(draft('Thank you for your time.', 'Best, Oyelaran Adébáyọ̀'))).toEqual([]);
    expect(hints(draft('Thank you for your time.', 'Oyelaran Quillfeather'))).toEqual([]);
    const note = `---\nkind: linkedin-request\ncompany: Hartley & Finch LLP\ninterviewer: Margaret Hale\ninterview_date: 2026-11-20\n---\n\nDear Margaret, thank you for meeting me on Friday. I would be glad to stay in touch. Best wishes, Oyelaran Quillfeather\n`;
    expect(hints(note)).toEqual([]);
    expect(warnings(note)).toEqual([]);
  });
});

describe('suggestions', () => {
  it('puts the usual correction of a common misspelling first', () => {
    expect(suggestSpelling('alot', 'en-GB')[0]).toBe('a lot');
    expect(suggestSpelling('definately', 'en-US')[0]).toBe('definitely');
    expect(suggestSpelling('Alot', 'en-GB')[0]).toBe('A lot');
  });
});

describe('terms no dictionary word is near', () => {
  const terms = (text: string, dialect?: string) => language(text, dialect).filter((f) => f.rule === 'spelling/possible-term').map((f) => f.actual);

  it('points out a lower-case word far from every dictionary word quietly, as a possible term', () => {
    const text = draft('I cut the shallots into a fine brunoise, and the display had a phalaenopsis in the window.');
    expect(warnings(text)).toEqual([]);
    expect(terms(text)).toEqual(['brunoise', 'phalaenopsis']);
  });

  it('still warns on a typo one letter from a word, a common misspelling, a missing space and a short word', () => {
    // "recieve": one edit from "receive"; "accomodation": a common misspelling; "alot": "a lot"; "thier": short.
    const text = draft('I will recieve the accomodation details and alot of thier forms.');
    expect(warnings(text)).toEqual(['recieve', 'accomodation', 'alot', 'thier']);
    expect(terms(text)).toEqual([]);
  });

  it('treats a capitalised word as before (a name or a typo), never as a possible term', () => {
    expect(terms(draft('Brunoise is the first cut we teach.'))).toEqual([]);
  });
});
