/**
 * Tone recall measured on the labelled corpus (test/corpus/tone): dev.txt and dev-2.txt (fresh wordings and
 * polite near-misses written for issue 12), which rule authors may read and develop against, and held-out.txt, which no rule was tuned on. Each line is checked in a realistic draft
 * through `check()` (see helpers/toneCorpus.ts). The test prints recall per rule and false alarms on the
 * "ok" lines for each split; it asserts the corpus's shape, and on dev (where the rules were developed)
 * no false alarm. Held-out lines (held-out.txt and the second blind split held-out-2.txt) are never
 * printed, only counted.
 *
 * FOLLOWUP_TONE_MISSES=1 also prints the dev lines that were missed or falsely flagged.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, defaultSettings, parseDateValue, type DateValue } from '../packages/engine';
import { readCorpus } from './helpers/proofreadingCorpus';
import { formatScore, readToneCorpus, scoreToneCorpus, TONE_CORPUS_RULES } from './helpers/toneCorpus';

describe('tone corpus', () => {
  for (const split of ['dev', 'dev-2', 'held-out', 'held-out-2'] as const) {
    it(`${split}: recall per rule and false alarms`, () => {
      const lines = readToneCorpus(split);
      // Sanity: every rule has labelled lines, in the body and in subject lines, and there are clean lines.
      // held-out-2 (a second blind split, measured only) is smaller: 15 lines a rule and 40 clean lines;
      // dev-2 has at least 10 lines a rule (15 for the rules that missed most) and 40 clean near-misses.
      const small = split === 'held-out-2' || split === 'dev-2';
      for (const rule of TONE_CORPUS_RULES) expect(lines.filter((l) => l.label === rule).length, rule).toBeGreaterThanOrEqual(split === 'dev-2' ? 10 : 15);
      expect(lines.filter((l) => l.label === 'ok').length).toBeGreaterThanOrEqual(small ? 40 : 100);
      expect(lines.filter((l) => l.subject).length).toBeGreaterThanOrEqual(split === 'dev-2' ? 10 : 20);
      const score = scoreToneCorpus(lines);
      console.log(formatScore(split, score));
      if (split.startsWith('dev') && process.env.FOLLOWUP_TONE_MISSES) {
        for (const l of score.missed) console.log(`  missed ${l.label}: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
        for (const l of score.alarms) console.log(`  false alarm: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
      }
      expect(score.overall.total).toBe(lines.length - score.falseAlarms.total);
      expect(score.overall.total).toBeGreaterThanOrEqual(split === 'dev-2' ? 120 : small ? 135 : 200);
      // The rules were developed on dev and dev-2: no clean line there may be flagged. (Held-out is only reported.)
      if (split.startsWith('dev')) expect(score.alarms.map((l) => l.text)).toEqual([]);
    });
  }

  // held-out-3: a third of 640 lines written blind on 2026-12-05 for the five rules that missed most
  // (pushy, passive-aggressive, over-apologetic, desperate, phone) and polite near-misses, chosen at random;
  // the other two thirds are train-2.txt. Measured only.
  it('held-out-3: recall per rule and false alarms', () => {
    const lines = readToneCorpus('held-out-3');
    for (const rule of ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate', 'phone']) expect(lines.filter((l) => l.label === rule).length, rule).toBeGreaterThanOrEqual(15);
    expect(lines.filter((l) => l.label === 'ok').length).toBeGreaterThanOrEqual(30);
    const score = scoreToneCorpus(lines);
    console.log(formatScore('held-out-3', score));
    expect(score.overall.total).toBe(lines.length - score.falseAlarms.total);
  });

  // tone-4: 530 lines written blind on 2026-12-05 by another writer (every rule the issue names but
  // exclamation and hedging, and 120 polite near-misses), split at random: train-3 (two thirds, development)
  // and held-out-4 (a third, seed 20261208, measured only).
  // tone-5: 460 lines written blind on 2026-12-06 by another writer, weighted to the rules that generalised
  // worst (passive-aggressive 110, desperate 100, pushy 50, over-apologetic 40, and 160 polite near-misses),
  // split at random per rule: train-4 (two thirds, development) and held-out-5 (a third, seed 20261211,
  // measured only).
  // tone-6: 380 lines written blind on 2026-12-06 by another writer (passive-aggressive 90, desperate 70,
  // pushy 60, over-apologetic 40, 120 polite near-misses), split at random per rule: train-5 (two thirds,
  // development) and held-out-6 (a third, seed 20261220, measured only).
  // tone-7: 400 lines written blind on 2026-12-06 by another writer (pushy 80, passive-aggressive 80,
  // over-apologetic 50, desperate 70, 120 polite near-misses, 35 subject lines), split at random per rule:
  // train-6 (two thirds, development) and held-out-7 (a third, seed 20261222, measured only).
  // tone-8: 370 lines written blind on 2026-12-06 by another writer (passive-aggressive 100, pushy 60,
  // desperate 60, over-apologetic 30, 120 polite near-misses, 40 subject lines), split at random per rule:
  // train-7 (two thirds, development) and held-out-8 (a third, seed 20261225, measured only).
  // tone-9: 420 lines written blind on 2026-12-07 by another writer (passive-aggressive 90, pushy 80,
  // desperate 70, over-apologetic 50, 130 polite near-misses, 40 subject lines), split at random per rule:
  // train-8 (two thirds, development) and held-out-9 (a third, seed 20261228, measured only).
  // tone-10: 420 lines written blind on 2026-12-07 by another writer (passive-aggressive 90, pushy 80,
  // desperate 70, over-apologetic 50, 130 polite near-misses, 39 subject lines), split at random per rule:
  // train-9 (two thirds, development) and held-out-10 (a third, seed 20261233, measured only).
  const blindSplits = [
    { split: 'train-3', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate', 'phone', 'shouting', 'informal'], ok: 30 },
    { split: 'held-out-4', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate', 'phone', 'shouting', 'informal'], ok: 30 },
    { split: 'train-4', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 50 },
    { split: 'held-out-5', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 50 },
    { split: 'train-5', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 70 },
    { split: 'held-out-6', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 35 },
    { split: 'train-6', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 75 },
    { split: 'held-out-7', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 40 },
    { split: 'train-7', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 75 },
    { split: 'held-out-8', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 40 },
    { split: 'train-8', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 80 },
    { split: 'held-out-9', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 40 },
    { split: 'train-9', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 80 },
    { split: 'held-out-10', rules: ['pushy', 'passive-aggressive', 'over-apologetic', 'desperate'], ok: 40 },
  ] as const;
  for (const { split, rules, ok } of blindSplits) {
    it(`${split}: recall per rule and false alarms`, () => {
      const lines = readToneCorpus(split);
      for (const rule of rules) expect(lines.filter((l) => l.label === rule).length, rule).toBeGreaterThanOrEqual(10);
      expect(lines.filter((l) => l.label === 'ok').length).toBeGreaterThanOrEqual(ok);
      const score = scoreToneCorpus(lines);
      console.log(formatScore(split, score));
      if (split.startsWith('train') && process.env.FOLLOWUP_TONE_MISSES) {
        for (const l of score.missed) console.log(`  missed ${l.label}: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
        for (const l of score.alarms) console.log(`  false alarm: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
      }
      expect(score.overall.total).toBe(lines.length - score.falseAlarms.total);
    });
  }
});

// The clean drafts of the proofreading corpus (test/corpus/proofreading: drafts without markers, written
// blind by several writers) should draw no tone warning or error either: issue 12 asks for none on clean
// drafts. Development splits are held to the four left (two "Cheers" sign-offs, a plan for client visits
// read as a phone threat, "I have not heard anything yet"; FOLLOWUP_TONE_MISSES=1 lists them); held-out
// splits are only counted.
describe('tone on the clean drafts of the proofreading corpus', () => {
  const splits = readdirSync(join(__dirname, 'corpus', 'proofreading')).filter((d) => /^(dev|held-out)/.test(d) && !d.endsWith('.txt'));
  const today = (parseDateValue('2026-12-04', false) as { ok: true; value: DateValue }).value;
  const toneIn = (text: string) => check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('tone/') && (f.severity === 'warning' || f.severity === 'error'));
  it('counts tone findings per split, and keeps development splits nearly clean', () => {
    let development = 0;
    for (const split of splits.sort()) {
      const clean = readCorpus(split).filter((d) => d.mistakes.length === 0);
      const found = clean.flatMap((d) => toneIn(d.text).map((f) => `${d.file}: ${f.rule} "${f.actual}"`));
      console.log(`tone on clean drafts, ${split}: ${found.length} in ${clean.length} drafts`);
      if (split.startsWith('held-out')) continue;
      development += found.length;
      if (process.env.FOLLOWUP_TONE_MISSES === '1') for (const f of found) console.log(`  ${f}`);
    }
    expect(development).toBeLessThanOrEqual(4);
  });
});
