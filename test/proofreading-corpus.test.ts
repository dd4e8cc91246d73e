/**
 * Proofreading measured on text its rules were not written for: the labelled corpus in
 * test/corpus/proofreading/ (see its README). `dev/` may be read while writing rules; `held-out/` was
 * written blind by other writers and is never used to tune a rule: it is only measured here.
 */
import { describe, expect, it } from 'vitest';
import { formatScore, grammarRecall, perThousand, readCorpus, readSentences, scoreCorpus, scoreSentences } from './helpers/proofreadingCorpus';

const DETAILS = process.env.FOLLOWUP_CORPUS_DETAILS === '1';

describe.each(['dev', 'dev2', 'held-out'])('proofreading corpus: %s', (split) => {
  it('reports recall per class and false alarms per 1,000 words', () => {
    const drafts = readCorpus(split);
    const score = scoreCorpus(drafts);
    console.log(formatScore(split, score));
    if (DETAILS && split !== 'held-out') {
      for (const m of score.missed) console.log(`  missed ${m.file}: ${m.mistake.cls} "${m.mistake.actual}" -> "${m.mistake.intended}"`);
      for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: ${f.finding.rule} "${f.finding.actual}" ${f.finding.message.slice(0, 80)}`);
    }
    expect(drafts.length).toBeGreaterThanOrEqual(30);
    expect(grammarRecall(score)).toBeGreaterThan(0);
    expect(Number(perThousand(score))).toBeGreaterThanOrEqual(0);
  });
});

describe('proofreading corpus: sentences', () => {
  it('reports recall per class and the correct sentences flagged', () => {
    const sentences = readSentences();
    const score = scoreSentences(sentences);
    console.log(formatScore('sentences', score));
    if (DETAILS) {
      for (const m of score.missed) console.log(`  missed ${m.file}: ${m.mistake.cls} "${m.mistake.actual}" -> "${m.mistake.intended}"`);
      for (const f of score.falseAlarms) console.log(`  false alarm ${f.file}: ${f.finding.rule} "${f.finding.actual}"`);
    }
    expect(sentences.length).toBeGreaterThanOrEqual(400);
  });
});
