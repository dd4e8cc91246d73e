/**
 * Issue 11, fourth pass: each widened grammar pattern, on sentences written for this test (not from the
 * corpus): the wrong ones are caught by the rule, the right ones raise no grammar finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grammarFindings } from './helpers/grammarSentences';


const cases: Array<[string, string[], string[]]> = [
  ['grammar/missing-word', [
    'The head baker asked me cover the early shift on Saturday.',
    'Our lecturer encouraged us apply for the summer placement.',
    'Thank you for making the time speak with me on Friday.',
    'Is likely that the panel will meet again next week?',
    'I writing to follow up on the apprenticeship interview.',
    'At the bakery I learned lot of tricks for laminated dough.',
    'The surgery sent me reminder about the induction.',
    'We would welcome opportunity to visit the depot.',
  ], [
    'The head baker asked me to cover the early shift on Saturday.',
    'Thank you for making the time to speak with me on Friday.',
    'Is it likely that the panel will meet again next week?',
    'I am writing to follow up on the apprenticeship interview.',
    'My placement gave me a lot of practice with payroll software.',
    'Please let me help with the stocktake, and I will send you updates.',
  ]],
  ['grammar/agreement', [
    'The minutes of our quarterly review was circulated on Friday.',
    'The clients we visited in Leeds was very welcoming.',
    'One of the nurses on my ward last winter were promoted.',
    'There are a lot of information on the staff intranet.',
    'Our volunteers often stays late after the evening sessions.',
  ], [
    'The minutes of our quarterly review were circulated on Friday.',
    'One of the nurses on my ward was promoted.',
    'There are a lot of training courses on the intranet.',
    'There is a lot of paperwork in a hospital pharmacy.',
    'Our volunteers often stay late after the evening sessions.',
  ]],
  ['grammar/their-there', ['I will pop in while I am their if the site is open.', 'We stayed their until the shift ended.'], ['I will pop in while I am there if the site is open.', 'Their team was kind.']],
  ['grammar/then-than', [
    'I would rather take the later train on Thursday then miss the briefing.',
    'The trains were cancelled, and even than I made it to the briefing.',
  ], [
    'I would rather wait, then decide on Monday.',
    'I would rather take the later train than miss the briefing.',
    // "even" the adjective, or "even" stressing a comparative: "than" is right.
    'The second coat of varnish went on more even than the first.',
    'The final round was harder even than I expected.',
  ]],
  ['grammar/affect-effect', ['The new rota will not effect that commitment.', 'The delays effected our patients.'], ['The new rota will not affect that commitment.', 'The manager effected a change in the rota.', 'It had an effect that lasted weeks.']],
  ['grammar/to-too', [
    'The portions were to generous to finish, so I took some home.',
    'I did not want to chase to hard before the panel met.',
  ], [
    'I did not want to chase hard before the panel met.',
    'I hope to start early and to leave late on Fridays.',
    'We moved to Leeds early in the year.',
  ]],
  ['grammar/its-it-s', ['Its especially helpful that the rota is shared a week ahead.', 'I think its genuinely rare to see such a tidy kitchen.'], [
    "It's especially helpful that the rota is shared a week ahead.",
    'Its newly refitted kitchen opened in May.',
    'Its unusually long queue moved quickly.',
  ]],
  ['grammar/real-word-typo', ['Please bare in mind that I start at eight.'], ['Please bear in mind that I start at eight.']],
  ['grammar/confused-words', ['We had less than twenty applicants for the post.'], ['We had fewer than twenty applicants for the post.', 'It took less than ten minutes.']],
];

describe('widened grammar patterns (issue 11, fourth pass)', () => {
  for (const [rule, bad, good] of cases) {
    it(`${rule}: fires on new wrong sentences`, () => {
      for (const s of bad) expect(grammarFindings(s).map((f) => f.rule), s).toContain(rule);
    });
    it(`${rule}: leaves the right ones alone`, () => {
      for (const s of good) expect(grammarFindings(s).map((f) => `${f.rule} ${f.actual}`), s).toEqual([]);
    });
  }
});

// 120 correct and 40 wrong sentences written blind on 2026-12-05 by another writer, hard for agreement:
// collective nouns, "one of ... who were", inversions, plural-looking singulars, compound subjects.
// The correct ones found four false alarms, fixed by the unless patterns above; the wrong ones are measured.
describe('agreement sentences written blind', () => {
  const lines = (name: string) =>
    readFileSync(join(__dirname, 'corpus', 'proofreading', 'agreement', name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  it('raises no grammar finding on the 120 correct sentences', () => {
    const correct = lines('correct.txt');
    expect(correct.length).toBe(120);
    expect(correct.flatMap((s) => grammarFindings(s).map((f) => `${f.rule} "${f.actual}": ${s}`))).toEqual([]);
  });
  it('keeps quiet on new look-alikes of the four false alarms it found', () => {
    for (const s of [
      'My sister and I were both on the late shift that week.',
      'Whether the suppliers deliver on time depends on the weather.',
      'Only after the second tasting were they happy with the menu.',
      'The shelter where I volunteer opens at six.',
    ]) {
      expect(grammarFindings(s).map((f) => `${f.rule} "${f.actual}"`), s).toEqual([]);
    }
    // The same rules still catch the slips they were written for.
    expect(grammarFindings('Last winter I were on the late shift.').map((f) => f.rule)).toContain('grammar/agreement');
    expect(grammarFindings('I am nurse on a surgical ward.').map((f) => f.rule)).toContain('grammar/missing-word');
  });
  it('reports how many of the 40 wrong sentences get a grammar finding', () => {
    const wrong = lines('wrong.txt');
    const found = wrong.filter((s) => grammarFindings(s).length > 0).length;
    console.log(`agreement sentences written blind: ${found}/${wrong.length} wrong sentences flagged`);
    expect(wrong.length).toBe(40);
  });
});

/**
 * A blind agreement corpus split into a development half (correct.txt, wrong.txt) and a held-out one
 * (held-out-*.txt; counted, never printed): prints the correct sentences flagged and the wrong ones found
 * in each half, and with FOLLOWUP_CORPUS_DETAILS the development half's false alarms and misses.
 */
function describeAgreementCorpus(title: string, folder: string, sizes: { correct: [number, number]; wrong: [number, number] }): void {
  describe(title, () => {
    const lines = (name: string) =>
      readFileSync(join(__dirname, 'corpus', 'proofreading', folder, name), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    it('reports false alarms on the correct sentences and flagged wrong ones, for each half', () => {
      for (const [index, half] of ['', 'held-out-'].entries()) {
        const correct = lines(`${half}correct.txt`);
        const wrong = lines(`${half}wrong.txt`);
        expect(correct.length).toBe(sizes.correct[index]);
        expect(wrong.length).toBe(sizes.wrong[index]);
        const alarms = correct.filter((s) => grammarFindings(s).length > 0);
        const found = wrong.filter((s) => grammarFindings(s).length > 0).length;
        console.log(`${folder} ${half || 'dev '}: ${alarms.length}/${correct.length} correct sentences flagged, ${found}/${wrong.length} wrong sentences flagged`);
        if (!half && process.env.FOLLOWUP_CORPUS_DETAILS) {
          for (const s of alarms) console.log(`  false alarm: ${grammarFindings(s).map((f) => `${f.rule} "${f.actual}"`).join(', ')}: ${s}`);
          for (const s of wrong.filter((w) => grammarFindings(w).length === 0)) console.log(`  missed: ${s}`);
        }
      }
    });
  });
}

// 180 correct and 60 wrong sentences written blind on 2026-12-06 by another writer (long subjects,
// quantifiers, collectives, inversions, verbs that are also nouns, confusables used rightly), split at
// random (seed 20261221): 120 correct and 40 wrong for development, 60 and 20 measured only.
describeAgreementCorpus('agreement sentences written blind, second writer', 'agreement-2', { correct: [120, 60], wrong: [40, 20] });

// 300 correct and 90 wrong sentences written blind on 2026-12-07 by a third writer (long subjects, a noun
// of the other number before the verb, collectives in both dialects, amounts, inversions, relative
// clauses, verbs that are also nouns, compound subjects, the subjunctive), split at random (seed 20261231):
// 200 correct and 60 wrong for development, 100 and 30 measured only.
describeAgreementCorpus('agreement sentences written blind, third writer', 'agreement-3', { correct: [200, 100], wrong: [60, 30] });

// 400 correct and 100 wrong sentences written blind on 2026-12-07 by a fourth writer (hard cases for a
// checker: long subjects, inversions, collectives, amounts, company names ending in s, the subjunctive,
// confusables used rightly, small words a missing-word rule could misjudge), split at random (seed
// 20261235): 267 correct and 67 wrong for development, 133 and 33 measured only.
describeAgreementCorpus('agreement sentences written blind, fourth writer', 'agreement-4', { correct: [267, 133], wrong: [67, 33] });

// 400 correct sentences written blind on 2026-12-07 by another writer, asked for the small words and
// constructions a missing-word or agreement rule could misjudge ("twice weekly", "far better use of",
// "at interview", "which I think is", "act as referee", "I heard the supervisor explain"). Development
// data: its false alarms were read and fixed, but for the two below.
describe('correct sentences written blind to draw false alarms', () => {
  it('flags at most the two known ones', () => {
    const correct = readFileSync(join(__dirname, 'corpus', 'proofreading', 'clean-5', 'correct.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(correct.length).toBe(400);
    const alarms = correct.filter((s) => grammarFindings(s).length > 0);
    console.log(`clean-5: ${alarms.length}/${correct.length} correct sentences flagged`);
    // Left: "The project I believe you are referring to was" (a clause inside a clause) and "both contract
    // drafting and litigation" (a noun used as a modifier after "both").
    expect(alarms.length).toBeLessThanOrEqual(2);
  });
});
