/**
 * Trains the tone sentence classifier (packages/engine/rules/tone/classifier.ts) from the labelled tone
 * corpus, deterministically: the same data gives the same weights, byte for byte
 * (scripts/train-tone-classifier.mjs writes them to tone/classifier.json; test/tone-classifier.test.ts
 * checks the stored weights are what this gives).
 *
 * - Training lines: test/corpus/tone/train.txt, train-2.txt, train-3.txt, dev.txt, dev-2.txt and ok-3.txt (never held-out*) and the tone
 *   tests' sentences (test/helpers/toneSentences.ts), plus as more "ok" lines the clean sentences of the
 *   proofreading sentence corpus and of the clean drafts.
 * - One logistic regression per rule (its lines against every other line), full-batch gradient descent
 *   with AdaGrad steps and an L2 penalty, from zero weights: no randomness.
 * - Precision first: each rule's threshold is set a margin above the highest score of any clean sentence
 *   the project has (ok lines, the clean drafts of test/corpus except held-out*, the examples, the
 *   templates, the proofreading sentences), leaving out sentences where the rule's own phrases or cues
 *   already report (the classifier is not asked there).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADVICE, CAUGHT, FIXES, GENERALISED, POLITE } from '../../test/helpers/toneSentences';
import { compileToneRules } from '../../packages/engine/rules/tone';
import type { CompiledRule } from '../../packages/engine/rules/tone/data';
import { matchPhrases, wordStarts, type PhraseMatch } from '../../packages/engine/rules/tone/match';
import {
  CLASSIFIED_RULES,
  classifierApplies,
  classify,
  markerNames,
  readyModel,
  ruleScore,
  sentenceFeatures,
  sentenceRanges,
  withoutQuotes,
  type ReadyModel,
  type ToneModel,
} from '../../packages/engine/rules/tone/classifier';

export interface Example {
  /** A tone rule name without "tone/", or "ok". */
  label: string;
  text: string;
  subject: boolean;
  /** Where it comes from (file name), for reports. */
  source: string;
}

/** A sentence with its features. */
export interface Sample extends Example {
  features: Set<string>;
}

export const LABELLED_SPLITS = ['train', 'train-2', 'train-3', 'dev', 'dev-2', 'ok-3'] as const;

/** The labelled lines of a tone corpus split (RULE<TAB>sentence, "SUBJECT: ..." for subject lines). */
export function readLabelled(root: string, split: (typeof LABELLED_SPLITS)[number]): Example[] {
  const file = join(root, 'test', 'corpus', 'tone', `${split}.txt`);
  if (!existsSync(file)) return [];
  const out: Example[] = [];
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const tab = raw.indexOf('\t');
    if (tab < 0) continue;
    const label = raw.slice(0, tab).trim();
    const rest = raw.slice(tab + 1).trim();
    const subject = rest.startsWith('SUBJECT:');
    out.push({ label, text: subject ? rest.slice('SUBJECT:'.length).trim() : rest, subject, source: split });
  }
  return out;
}

/** The proofreading sentence corpus, corrected ({{ACTUAL|INTENDED}} -> INTENDED): clean prose of the same kind of email. */
export function proofreadingSentences(root: string): Example[] {
  const dir = join(root, 'test', 'corpus', 'proofreading', 'sentences');
  const out: Example[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.startsWith('held-out')).sort()) {
    for (const raw of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) {
      const parts = raw.split('\t');
      if (raw.startsWith('#') || parts.length < 3) continue;
      out.push({ label: 'ok', text: corrected(parts.slice(2).join('\t')), subject: false, source: name });
    }
  }
  return out;
}

const corrected = (text: string) => text.replace(/\{\{([^|}]*)\|([^|}]*)(?:\|[^}]*)?\}\}/g, '$2');

/**
 * Clean drafts: the proofreading corpus's dev drafts (corrected), the tone-free drafts of test/corpus, the
 * examples, the `followup new` templates and the polite tone fixture; never a held-out file. Each draft's
 * subject line and paragraphs, as text (Markdown marks and placeholders blanked).
 */
export function cleanDrafts(root: string): Array<{ source: string; subject?: string; paragraphs: string[] }> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('held-out')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md') && entry.name !== 'README.md') files.push(path);
    }
  };
  walk(join(root, 'test', 'corpus'));
  walk(join(root, 'examples'));
  walk(join(root, 'templates'));
  files.push(join(root, 'test', 'fixtures', 'tone', 'polite-check-in.md'));
  return files.map((file) => {
    const text = corrected(readFileSync(file, 'utf8')).replace(/\{\{\w+\}\}/g, 'Example');
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const subjectLine = fm ? /^subject:\s*(.+)$/m.exec(fm[1]) : null;
    const body = fm ? text.slice(fm[0].length) : text;
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) =>
        p
          .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
          .replace(/^\s*(?:[-*+]|\d+\.|#+|>)\s+/gm, '')
          .replace(/[*_`]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean);
    const subject = subjectLine?.[1].replace(/^["']|["']$/g, '');
    return { source: file.slice(root.length + 1), ...(subject ? { subject } : {}), paragraphs };
  });
}

/** The tone tests' sentences: what each rule must catch, and polite sentences no rule may flag. */
export function toneTestSentences(): Example[] {
  const caught = [CAUGHT, GENERALISED].flatMap((set) =>
    Object.entries(set).flatMap(([rule, lines]) => lines.map((text) => ({ label: rule.slice('tone/'.length), text, subject: false, source: 'toneSentences' }))),
  );
  return [...caught, ...POLITE.map((text) => ({ label: 'ok', text, subject: false, source: 'toneSentences' }))];
}

/**
 * The sentences the tone tests' fixes leave, and the sentences their advice cases are given on: the
 * classifier must not flag a sentence a fix made polite (a fix must leave no tone finding where it was), so
 * they calibrate the thresholds, and those that hold no phrase of a classified rule are trained on as ok.
 */
export function fixedTestSentences(): Example[] {
  const fixed = Object.values(FIXES).flatMap((cases) => cases.map((c) => c.fixed));
  return fixed.map((text) => ({ label: 'ok', text, subject: false, source: 'toneSentences (fixed)' }));
}

/** Each sentence of a paragraph with its features, markers matched over the whole paragraph as the engine does. */
export function paragraphSamples(rules: CompiledRule[], text: string, base: Omit<Example, 'text'>): Sample[] {
  const words = wordStarts(text);
  const cache = new Map<CompiledRule, PhraseMatch[]>();
  const matches = (rule: CompiledRule) => {
    let found = cache.get(rule);
    if (!found) cache.set(rule, (found = matchPhrases(rule, text, words)));
    return found;
  };
  const ranges = base.subject ? ([[0, text.length]] as Array<[number, number]>) : sentenceRanges(text);
  const markers = markerNames(rules, matches, ranges);
  return ranges.map(([s, e], i) => {
    const sentence = text.slice(s, e);
    return { ...base, text: sentence, features: sentenceFeatures(withoutQuotes(sentence), markers[i], base.subject) };
  });
}

/** A labelled line as one sample (the whole line is the sentence, as the corpus test checks it). */
export function lineSample(rules: CompiledRule[], example: Example): Sample {
  const parts = paragraphSamples(rules, example.text, example);
  // A line of two sentences is one judgement: its features are the union of its sentences'.
  return { ...example, features: parts.length === 1 ? parts[0].features : new Set(parts.flatMap((p) => [...p.features])) };
}

/** Whether the rule's own phrases or one of its cues (all groups) hold in the sentence: then the classifier is not asked. */
export function ruleReports(rule: string, features: Set<string>, rules: CompiledRule[]): boolean {
  const id = rule.slice('tone/'.length);
  if (features.has(`p:${id}`)) return true;
  const compiled = rules.find((r) => r.meta.id === rule);
  return !!compiled?.cueRules.some((cue, i) => cue.groups.every((_, j) => features.has(`c:${id}:${i}.${j}`)) && !features.has(`u:${id}:${i}`));
}

/**
 * Trigger features a rule's classifier needs in a sentence before it judges it: tone/phone speaks only
 * where a phone, text or visit word of its cue is (else a plan with a day, "I'll send it on Friday", looks
 * like an announced call to it).
 */
export const TRIGGERS: Record<string, string[]> = { 'tone/phone': ['c:phone:0.1'] };

export interface TrainOptions {
  epochs: number;
  l2: number;
  /** How far above the highest clean score a threshold goes (in log-odds). */
  margin: number;
  /** Features seen in fewer training lines are left out. */
  minCount: number;
}

export const DEFAULT_OPTIONS: TrainOptions = { epochs: 300, l2: 1e-3, margin: 1, minCount: 2 };

/** Trains the model on `training` and sets each rule's threshold above every sentence of `clean`. */
export function trainModel(training: Sample[], clean: Sample[], rules: CompiledRule[], options: TrainOptions = DEFAULT_OPTIONS): ToneModel {
  const counts = new Map<string, number>();
  for (const s of training) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([, n]) => n >= options.minCount).map(([f]) => f).sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = training.map((s) => [...s.features].map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const model: ToneModel = { features: [], rules: {} };
  const used = new Set<number>();
  const trained: Array<{ id: string; bias: number; weights: Array<[number, number]> }> = [];
  for (const id of CLASSIFIED_RULES) {
    const name = id.slice('tone/'.length);
    const own = index.get(`p:${name}`);
    const y = training.map((s) => (s.label === name ? 1 : 0));
    const positives = y.reduce((a: number, b) => a + b, 0);
    if (!positives) continue;
    // Both classes weigh the same in the loss, however many lines each has.
    const cost = y.map((v) => (v ? 0.5 / positives : 0.5 / (y.length - positives)));
    const w = new Float64Array(features.length);
    const g2 = new Float64Array(features.length).fill(1e-8);
    let bias = 0;
    let b2 = 1e-8;
    const rate = 0.5;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const grad = new Float64Array(features.length);
      let gb = 0;
      rows.forEach((row, i) => {
        let z = bias;
        for (const f of row) if (f !== own) z += w[f];
        const p = 1 / (1 + Math.exp(-z));
        const d = cost[i] * (p - y[i]);
        gb += d;
        for (const f of row) if (f !== own) grad[f] += d;
      });
      for (let f = 0; f < features.length; f++) {
        const g = grad[f] + options.l2 * w[f];
        if (g === 0) continue;
        g2[f] += g * g;
        w[f] -= (rate * g) / Math.sqrt(g2[f]);
      }
      b2 += gb * gb;
      bias -= (rate * gb) / Math.sqrt(b2);
    }
    const weights: Array<[number, number]> = [];
    w.forEach((v, f) => {
      const rounded = Math.round(v * 1000) / 1000;
      if (Math.abs(rounded) >= 0.02) {
        weights.push([f, rounded]);
        used.add(f);
      }
    });
    trained.push({ id, bias: Math.round(bias * 1000) / 1000, weights });
  }
  // Only the features some rule weighs are stored, renumbered in name order.
  const kept = [...used].sort((a, b) => a - b);
  const renumber = new Map(kept.map((f, i) => [f, i]));
  model.features = kept.map((f) => features[f]);
  for (const r of trained) {
    model.rules[r.id] = { bias: r.bias, threshold: 0, ...(TRIGGERS[r.id] ? { requires: TRIGGERS[r.id] } : {}), weights: r.weights.map(([f, v]) => [renumber.get(f)!, v]) };
  }
  const ready = readyModel(model);
  for (const rule of ready.rules) {
    let highest = -Infinity;
    for (const s of clean) if (!ruleReports(rule.id, s.features, rules) && classifierApplies(rule, s.features)) highest = Math.max(highest, ruleScore(rule, s.features));
    // Never below even odds: a sentence the model thinks more likely fine than not is not flagged.
    model.rules[rule.id].threshold = Math.round(Math.max(0, highest + options.margin) * 1000) / 1000;
  }
  return model;
}

/** Everything the classifier is trained and calibrated on, read from the project at `root`. */
export function trainingData(root: string, rules: CompiledRule[] = compileToneRules()) {
  const labelled = [...LABELLED_SPLITS.flatMap((split) => readLabelled(root, split)), ...toneTestSentences()].map((e) => lineSample(rules, e));
  const extraOk = proofreadingSentences(root).map((e) => lineSample(rules, e));
  const drafts = cleanDrafts(root).flatMap((d) => [
    ...(d.subject ? paragraphSamples(rules, d.subject, { label: 'ok', subject: true, source: d.source }) : []),
    ...d.paragraphs.flatMap((p) => paragraphSamples(rules, p, { label: 'ok', subject: false, source: d.source })),
  ]);
  const fixed = fixedTestSentences().map((e) => lineSample(rules, e));
  const phraseFree = (s: Sample) => CLASSIFIED_RULES.every((id) => !s.features.has(`p:${id.slice('tone/'.length)}`));
  return { rules, labelled, extraOk: [...extraOk, ...fixed.filter(phraseFree)], drafts, fixed };
}

/** The model the project ships: trained on every labelled line, calibrated on every clean sentence. */
export function trainShippedModel(root: string): ToneModel {
  const { rules, labelled, extraOk, drafts, fixed } = trainingData(root);
  const clean = [...labelled.filter((s) => s.label === 'ok'), ...extraOk, ...drafts, ...fixed];
  return trainModel([...labelled, ...extraOk, ...drafts], clean, rules);
}

/** The model as stored: compact JSON, one rule per line. */
export function storeModel(model: ToneModel): string {
  const rules = Object.entries(model.rules).map(([id, r]) => `    ${JSON.stringify(id)}: ${JSON.stringify(r)}`);
  return `{\n  "features": ${JSON.stringify(model.features)},\n  "rules": {\n${rules.join(',\n')}\n  }\n}\n`;
}

/**
 * k-fold cross-validation on the labelled lines (a fixed interleaved split): each fold's lines are
 * classified by a model trained without them and calibrated on the clean sentences outside the fold
 * (its ok lines are not among them). Per rule: lines found by phrases and cues, by the classifier alone,
 * and by either; and the fold's ok lines the classifier flags. `extraMargins` reports the same with
 * thresholds raised further.
 */
export function crossValidate(root: string, folds = 5, options: TrainOptions = DEFAULT_OPTIONS, extraMargins: number[] = [0]) {
  const { rules, labelled, extraOk, drafts, fixed } = trainingData(root);
  type Score = { total: number; phrases: number; classifier: number[]; either: number[] };
  const byRule: Record<string, Score> = {};
  const alarms = extraMargins.map(() => 0);
  let okLines = 0;
  for (let k = 0; k < folds; k++) {
    const test = labelled.filter((_, i) => i % folds === k);
    const train = labelled.filter((_, i) => i % folds !== k);
    const model = readyModel(trainModel([...train, ...extraOk, ...drafts], [...train.filter((s) => s.label === 'ok'), ...extraOk, ...drafts, ...fixed], rules, options));
    for (const s of test) {
      // The classifier as the engine asks it: rules already reported are left out, one finding a sentence.
      const flagged = (extra: number) => {
        const raised = { ...model, rules: model.rules.map((r) => ({ ...r, threshold: r.threshold + extra })) };
        return classify(raised, s.features, (id) => !ruleReports(id, s.features, rules));
      };
      if (s.label === 'ok') {
        okLines++;
        extraMargins.forEach((extra, m) => {
          if (flagged(extra)) alarms[m]++;
        });
        continue;
      }
      const rule = model.rules.find((r) => r.id === `tone/${s.label}`);
      if (!rule) continue;
      const score = (byRule[s.label] ??= { total: 0, phrases: 0, classifier: extraMargins.map(() => 0), either: extraMargins.map(() => 0) });
      score.total++;
      const reported = ruleReports(rule.id, s.features, rules);
      if (reported) score.phrases++;
      extraMargins.forEach((extra, m) => {
        const raised = { ...model, rules: model.rules.map((r) => ({ ...r, threshold: r.threshold + extra })) };
        const alone = classify(raised, s.features, () => true) === rule.id;
        if (alone) score.classifier[m]++;
        if (reported || (!reported && flagged(extra) === rule.id)) score.either[m]++;
      });
    }
  }
  return { byRule, alarms, okLines, extraMargins };
}
