/**
 * Tone recall measured on the labelled corpus (test/corpus/tone): dev.txt, which rule authors may read and
 * develop against, and held-out.txt, which no rule was tuned on. Each line is checked in a realistic draft
 * through `check()` (see helpers/toneCorpus.ts). The test prints recall per rule and false alarms on the
 * "ok" lines for each split; it asserts the corpus's shape, and on dev (where the rules were developed)
 * no false alarm. Held-out lines (held-out.txt and the second blind split held-out-2.txt) are never
 * printed, only counted.
 *
 * FOLLOWUP_TONE_MISSES=1 also prints the dev lines that were missed or falsely flagged.
 */
import { describe, expect, it } from 'vitest';
import { formatScore, readToneCorpus, scoreToneCorpus, TONE_CORPUS_RULES } from './helpers/toneCorpus';

describe('tone corpus', () => {
  for (const split of ['dev', 'held-out', 'held-out-2'] as const) {
    it(`${split}: recall per rule and false alarms`, () => {
      const lines = readToneCorpus(split);
      // Sanity: every rule has labelled lines, in the body and in subject lines, and there are clean lines.
      for (const rule of TONE_CORPUS_RULES) expect(lines.filter((l) => l.label === rule).length, rule).toBeGreaterThanOrEqual(15);
      // held-out-2 (a second blind split, measured only) is smaller: 15 lines a rule and 40 clean lines.
      const small = split === 'held-out-2';
      expect(lines.filter((l) => l.label === 'ok').length).toBeGreaterThanOrEqual(small ? 40 : 100);
      expect(lines.filter((l) => l.subject).length).toBeGreaterThanOrEqual(20);
      const score = scoreToneCorpus(lines);
      console.log(formatScore(split, score));
      if (split === 'dev' && process.env.FOLLOWUP_TONE_MISSES) {
        for (const l of score.missed) console.log(`  missed ${l.label}: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
        for (const l of score.alarms) console.log(`  false alarm: ${l.subject ? 'SUBJECT: ' : ''}${l.text}`);
      }
      expect(score.overall.total).toBe(lines.length - score.falseAlarms.total);
      expect(score.overall.total).toBeGreaterThanOrEqual(small ? 135 : 200);
      // The rules were developed on dev: no clean dev line may be flagged. (Held-out is only reported.)
      if (split === 'dev') expect(score.alarms.map((l) => l.text)).toEqual([]);
    });
  }
});
