/**
 * The trained tone sentence classifier (engine/rules/tone/classifier.ts): its stored weights are what the
 * committed training script gives on the committed corpus (so the data and the weights cannot drift
 * apart), it stays small, it reaches wordings no phrase lists with advice and no fix, and it raises no
 * finding on any clean draft the project has or on the ok lines it was calibrated on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../packages/engine/check';
import { parseDateValue, type DateValue } from '../packages/engine/dates';
import { defaultSettings } from '../packages/engine/settings';
import { CLASSIFIER_NOTE, sentenceWords, type ToneModel } from '../packages/engine/rules/tone/classifier';
import { cleanDrafts, storeModel, trainShippedModel } from '../scripts/tone-classifier/train';
import { corpusDraft, readToneCorpus } from './helpers/toneCorpus';

const root = join(__dirname, '..');
const weightsFile = join(root, 'packages/engine/rules/tone/classifier.json');
const today = (parseDateValue('2026-11-20', false) as { ok: true; value: DateValue }).value;
const classifierFindings = (text: string) => check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.message.includes(CLASSIFIER_NOTE));

describe('tone classifier', () => {
  it('stores exactly the weights the training script gives on the corpus, in well under 2 MB', () => {
    const stored = readFileSync(weightsFile, 'utf8');
    expect(storeModel(trainShippedModel(root))).toBe(stored);
    expect(stored.length).toBeLessThan(500_000);
    const model = JSON.parse(stored) as ToneModel;
    expect(Object.keys(model.rules).sort()).toEqual(['tone/desperate', 'tone/over-apologetic', 'tone/passive-aggressive', 'tone/phone', 'tone/pushy']);
  }, 120_000);

  it('reads contractions with or without their apostrophe alike', () => {
    expect(sentenceWords('I havent heard, dont worry')).toEqual(sentenceWords("I haven't heard, don’t worry"));
    expect(sentenceWords("I'll call at 5pm")).toEqual(['i', 'will', 'call', 'at', '<num>']);
  });

  it('reaches an order no phrase lists, with advice for the whole sentence and no fix', () => {
    // Written for this test (in no corpus split): a deadline set for the employer in words no phrase or cue lists.
    // This checks how a classifier finding looks; how far the classifier generalises is measured on the held-out
    // tone splits (test/tone-corpus.test.ts). Near misses are recorded in docs/decisions.md (issue 12e):
    // 'Someone from your side needs to / must confirm the start date with me by Thursday' score just below
    // the pushy threshold since train-3 and dev4 joined the training.
    const sentence = 'Your side must confirm the start date with me by Thursday at the latest.';
    const { text, start, end } = corpusDraft({ label: 'pushy', text: sentence, subject: false, line: 0 });
    const findings = check(text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('tone/'));
    expect(findings.map((f) => [f.rule, f.start, f.end, f.suggestions ?? []])).toEqual([['tone/pushy', start, end, []]]);
    expect(findings[0].message).toContain(CLASSIFIER_NOTE);
    // The same subject offered kindly is left alone.
    const kind = corpusDraft({ label: 'ok', text: 'I would be glad to confirm the start date with your team whenever suits you.', subject: false, line: 0 });
    expect(check(kind.text, { settings: defaultSettings(), today }).findings.filter((f) => f.rule.startsWith('tone/'))).toEqual([]);
  });

  it('raises no finding on any clean draft of test/corpus (held-out aside), the examples or the templates', () => {
    const drafts = cleanDrafts(root);
    expect(drafts.length).toBeGreaterThan(40);
    for (const { source } of drafts) {
      if (source.startsWith('templates')) continue; // placeholders: checked through `followup new` in new-drafts-clean.test.ts
      const text = readFileSync(join(root, source), 'utf8').replace(/\{\{([^|}]*)\|([^|}]*)(?:\|[^}]*)?\}\}/g, '$2');
      expect(classifierFindings(text).map((f) => `${source}: ${f.message}`)).toEqual([]);
    }
  }, 120_000);

  it('raises no finding on the ok lines of the training and development splits', () => {
    for (const split of ['train', 'dev', 'dev-2'] as const) {
      const flagged = readToneCorpus(split)
        .filter((l) => l.label === 'ok')
        .filter((l) => {
          const { text, start, end } = corpusDraft(l);
          return classifierFindings(text).some((f) => f.start < end && f.end > start);
        });
      expect(flagged.map((l) => `${split}: ${l.text}`)).toEqual([]);
    }
  }, 120_000);
});
