/**
 * Proofreading measured on text its rules were not written for: the labelled corpus in
 * test/corpus/proofreading/ (see its README). `dev/` may be read while writing rules; `held-out/` was
 * written blind by other writers and is never used to tune a rule: it is only measured here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue } from '../packages/engine';
import { applySettings } from '../packages/engine/settings';
import { formatScore, grammarRecall, isLanguageFinding, perThousand, readCorpus, readSentences, scoreCorpus, scoreSentences } from './helpers/proofreadingCorpus';

const today = (() => {
  const d = parseDateValue('2026-12-04', false);
  if (!d.ok) throw new Error('bad date');
  return d.value;
})();

const DETAILS = process.env.FOLLOWUP_CORPUS_DETAILS === '1';
/** Splits written blind and only measured: no floor, and their lines are never printed. */
const MEASURED_ONLY = new Set(['held-out', 'held-out-2', 'held-out-5', 'held-out-8', 'held-out-9', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-21']);
/** Development splits with floors against regressions (dev4 measured first before any rule: 78.1 %, 3.01 per 1,000). */
const WITH_FLOORS = new Set(['dev', 'dev2', 'dev3', 'dev4']);

// dev3: 40 clean drafts written blind (no marker) full of hard correct cases; used to find false alarms.
// dev4 and held-out-5: 60 drafts written blind on 2026-12-05 by another writer (30 clean, 30 with 95 markers),
// split at random (seed 20261209) into 15 clean + 15 marked each; held-out-5 is measured only.
// dev5 and held-out-8: 30 clean drafts written blind on 2026-12-06 by another writer, full of hard correct
// cases, split at random (seed 20261213) into 20 (development, to find false alarms) and 10 (measured only).
// dev6 and held-out-9: 40 clean drafts written blind on 2026-12-06 by another writer (20 en-US, 20 en-GB, many
// names and terms of trade), split at random (seed 20261215) into 20 and 20 (measured only).
// dev7 and held-out-11: 40 more clean drafts written blind the same day by another writer (long subjects,
// relative clauses, irregular plurals, collectives, inversions), split at random (seed 20261216) into 20 and 20.
// dev8 and held-out-12: 30 more clean drafts written blind the same day by another writer (names in
// greetings and signatures, trade vocabulary and acronyms), split at random (seed 20261217) into 15 and 15.
// dev9 and held-out-13: 40 drafts written blind on 2026-12-06 by another writer (20 clean, 20 with 60
// markers; twenty trades, names of many languages), split at random (seed 20261218) into 10 clean + 10
// marked each.
// dev10 and held-out-14: 40 drafts written blind on 2026-12-06 by another writer (20 clean, 20 with 72
// markers, every class at least 3 times), split at random (seed 20261219) into 10 clean + 10 marked each.
// dev11 and held-out-15: 40 drafts written blind on 2026-12-06 by another writer (20 clean, 20 with 80
// markers weighted to real-word typos, missing words and agreement), split at random (seed 20261223) into
// 10 clean + 10 marked each.
// dev12 and held-out-16: 40 clean drafts written blind on 2026-12-06 by another writer (hard agreement,
// confusable words used correctly, trade terms, names of many languages), split at random (seed 20261224)
// into 20 and 20.
// dev13 and held-out-17: 40 drafts written blind on 2026-12-06 by another writer (20 clean, 20 with 80
// markers over every class), split at random (seed 20261226) into 10 clean + 10 marked each.
// dev14 and held-out-18: 40 drafts written blind on 2026-12-07 by another writer (20 clean, 20 with 80
// markers weighted to missing words, real-word typos, agreement and business confusables), split at random
// (seed 20261227) into 10 clean + 10 marked each.
// dev15 and held-out-19: 40 drafts written blind on 2026-12-07 by another writer (20 clean, 20 with 80
// markers weighted to missing words, agreement, verb forms and real-word typos; forty trades), split at
// random (seed 20261229) into 10 clean + 10 marked each.
// dev16 and held-out-21: 40 drafts written blind on 2026-12-07 by another writer (20 clean, 20 with 80
// markers weighted to missing words, agreement, real-word typos and verb forms; forty trades, names of
// many languages), split at random (seed 20261234) into 10 clean + 10 marked each.
describe.each(['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'held-out', 'held-out-2', 'held-out-5', 'held-out-8', 'held-out-9', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-21'])('proofreading corpus: %s', (split) => {
  it('reports recall per class and false alarms per 1,000 words', () => {
    const drafts = readCorpus(split);
    const score = scoreCorpus(drafts);
    console.log(formatScore(split, score));
    if (DETAILS && !MEASURED_ONLY.has(split)) {
      for (const m of score.missed) console.log(`  missed ${m.file}: ${m.mistake.cls} "${m.mistake.actual}" -> "${m.mistake.intended}"`);
      for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: ${f.finding.rule} "${f.finding.actual}" ${f.finding.message.slice(0, 80)}`);
    }
    // dev5-dev8, held-out-8, held-out-9, held-out-11 and held-out-12 are clean drafts only: 10 to 20 of them.
    expect(drafts.length).toBeGreaterThanOrEqual(['dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15', 'dev16', 'held-out-8', 'held-out-9', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17', 'held-out-18', 'held-out-19', 'held-out-21'].includes(split) ? 10 : 30);
    expect(drafts.filter((d) => d.mistakes.length === 0).length).toBeGreaterThanOrEqual(10);
    // Floors against regressions on the splits the rules were developed with; the held-out splits are
    // only reported (a floor there would invite tuning to them).
    if (WITH_FLOORS.has(split)) {
      expect(grammarRecall(score)).toBeGreaterThanOrEqual(0.85);
      expect(Number(perThousand(score))).toBeLessThanOrEqual(2);
      expect(score.byClass.get('spelling')?.found).toBe(score.byClass.get('spelling')?.total);
    }
  });
});

// sentences-3 is smaller: new wordings of the classes that generalised worst, written for issue 11.
// sentences-4: pairs written blind by another writer (after the rules of sentences-3), for the same classes.
// sentences-5: two thirds of 356 pairs written blind on 2026-12-05 (all classes, the hidden sets' extra kinds
// weighted); measured before any rule was written for them: 68.0 % on all 356 pairs. held-out-3.txt is the
// other third, chosen at random: measured only (no floor, lines never printed).
// sentences-6: two thirds of 364 pairs and 40 correct tricky lines written blind on 2026-12-05 by another
// writer; held-out-4.txt is the other third (seed 20261207), measured only.
// sentences-7: two thirds of 330 pairs and 80 correct tricky lines written blind on 2026-12-06 by another
// writer, weighted to agreement, missing words and verb forms; held-out-6.txt is the other third (seed
// 20261210), measured only.
// sentences-8: two thirds of 240 pairs and 90 correct tricky lines written blind on 2026-12-06 by a third
// writer, weighted to subject-verb agreement, missing words and verb forms; held-out-7.txt is the other
// third (seed 20261212), measured only.
// sentences-9: two thirds of 200 pairs and 80 correct tricky lines written blind on 2026-12-06 by a fourth
// writer (all classes, weighted to missing words, agreement and verb forms); held-out-10.txt is the other
// third (seed 20261214), measured only. Measured before any rule saw it: 67.7 % (held-out-10 71.6 %).
// sentences-10: two thirds of 240 pairs written blind on 2026-12-07 by a fifth writer (missing words 90,
// verb forms 60, real-word typos 50, noun number 40); held-out-20.txt is the other third (seed 20261230),
// measured only.
// sentences-11: two thirds of 240 pairs written blind on 2026-12-07 by a sixth writer (missing words 60, other
// confusables 50, real-word typos 40, noun agreement 50, verb forms 40); held-out-22.txt is the other third
// (seed 20261232), measured only.
describe.each([
  ['sentences.txt', 400, 150, 0.85],
  ['sentences-2.txt', 400, 150, 0.85],
  ['sentences-3.txt', 180, 80, 0.85],
  ['sentences-4.txt', 700, 400, 0.85],
  ['sentences-5.txt', 470, 230, 0.9],
  ['held-out-3.txt', 230, 110, null],
  ['sentences-6.txt', 500, 270, 0.85],
  ['held-out-4.txt', 230, 120, null],
  ['sentences-7.txt', 480, 270, 0.85],
  ['held-out-6.txt', 250, 130, null],
  ['sentences-8.txt', 370, 200, 0.65],
  ['held-out-7.txt', 180, 100, null],
  ['sentences-9.txt', 300, 180, 0.8],
  ['held-out-10.txt', 150, 90, null],
  ['sentences-10.txt', 300, 150, 0.55],
  ['held-out-20.txt', 150, 75, null],
  ['sentences-11.txt', 300, 150, 0.5],
  ['held-out-22.txt', 150, 75, null],
] as const)('proofreading corpus: %s', (file, minSentences, minCorrect, minRecall) => {
  it('reports recall per class and the correct sentences flagged', () => {
    const sentences = readSentences(file);
    const score = scoreSentences(sentences);
    console.log(formatScore(file, score));
    expect(sentences.length).toBeGreaterThanOrEqual(minSentences);
    expect(sentences.filter((s) => !s.bad).length).toBeGreaterThanOrEqual(minCorrect);
    if (minRecall === null) return;
    if (DETAILS) {
      for (const m of score.missed) console.log(`  missed ${m.file}: ${m.mistake.cls} "${m.mistake.actual}" -> "${m.mistake.intended}"`);
      for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: ${f.finding.rule} "${f.finding.actual}"`);
    }
    expect(grammarRecall(score)).toBeGreaterThanOrEqual(minRecall);
    expect(score.falseAlarms.length).toBeLessThanOrEqual(5);
  });
});

describe('proofreading on the samples and the examples', () => {
  it('finds nothing in the British and US samples', () => {
    for (const [file, dialect] of [
      ['british-sample.md', 'en-GB'],
      ['us-sample.md', 'en-US'],
    ] as const) {
      const text = readFileSync(join(__dirname, 'corpus', file), 'utf8');
      const { settings } = applySettings(defaultSettings(), { dialect, checkAllMarkdown: true });
      const found = check(text, { settings, today }).findings.filter(isLanguageFinding);
      expect(found.map((f) => `${file}: ${f.rule} ${f.actual}`)).toEqual([]);
    }
  });

  it('finds only the mistakes planted in the example drafts', () => {
    const dir = join(__dirname, '..', 'examples');
    const found = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => check(readFileSync(join(dir, f), 'utf8'), { settings: defaultSettings(), today }).findings.filter(isLanguageFinding).map((x) => `${f}: ${x.rule} ${x.actual}`));
    // The check-in example carries one planted spelling mistake (README's Quick start shows it).
    expect(found).toEqual(['check-in-hartley-finch.md: spelling/unknown-word recieve']);
  });
});
