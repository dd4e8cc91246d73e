/**
 * The tone sentence classifier: for the rules whose idea comes in more wordings than a phrase list holds
 * (pushy, passive-aggressive, over-apologetic, desperate, phone), a logistic-regression score per rule over
 * features of one sentence that generalise: lower-cased word stems and stem pairs (contractions expanded,
 * "dont" read as "do not"), a few grammatical markers (you/I, negation, modal verbs, a number or time, a
 * question, the subject line) and which tone phrases, cue groups and stacked markers of the data files hold
 * in the sentence. The weights are data (classifier.json), trained offline by
 * scripts/train-tone-classifier.mjs on test/corpus/tone; each rule's threshold was set above every clean
 * sentence the project has, so the classifier is precise first. A finding gives advice only, no fix, and
 * only where no phrase, cue or stack of the rule already reported in the sentence (see tone.ts).
 */
import type { CompiledRule } from './data';
import type { PhraseMatch } from './match';
import semanticClasses from './semantic-classes.json';

/** The rules the classifier judges, by id. */
export const CLASSIFIED_RULES = ['tone/pushy', 'tone/passive-aggressive', 'tone/over-apologetic', 'tone/desperate', 'tone/phone'] as const;

/** Words every classifier message carries: the finding is a judgement of the whole sentence. */
export const CLASSIFIER_NOTE = 'judged on the whole sentence';

export interface ToneModel {
  /** Feature names; weights refer to them by index. */
  features: string[];
  rules: Record<string, { bias: number; threshold: number; requires?: string[]; weights: Array<[feature: number, weight: number]> }>;
}

/** A trained model ready to score: each rule's weights by feature name. */
export interface ReadyModel {
  rules: Array<{ id: string; bias: number; threshold: number; requires: string[]; weights: Map<string, number> }>;
}

export function readyModel(model: ToneModel): ReadyModel {
  return {
    rules: Object.entries(model.rules).map(([id, r]) => ({
      id,
      bias: r.bias,
      threshold: r.threshold,
      requires: r.requires ?? [],
      weights: new Map(r.weights.map(([i, w]) => [model.features[i], w])),
    })),
  };
}

/** The score of one rule for a sentence's features (the log-odds the model gives it). */
export function ruleScore(rule: ReadyModel['rules'][number], features: Iterable<string>): number {
  let z = rule.bias;
  for (const f of features) z += rule.weights.get(f) ?? 0;
  return z;
}

/**
 * Whether the rule's classifier may judge a sentence at all: it holds one of the rule's trigger features
 * if it has any (tone/phone: a phone, text or visit word), and no softener of the rule's cues ("if that
 * suits you", "if possible"), which makes it a polite offer or request.
 */
export function classifierApplies(rule: ReadyModel['rules'][number], features: Set<string>): boolean {
  const softener = `u:${rule.id.slice('tone/'.length)}:`;
  for (const f of features) if (f.startsWith(softener)) return false;
  return !rule.requires.length || rule.requires.some((f) => features.has(f));
}

/**
 * The one rule the classifier reports for a sentence, if any: of the rules it applies to (`applies`: not
 * already reported there, see `classifierApplies`) whose score reaches the threshold, the one that
 * passes it by most. One finding a sentence: a demand is not also announced as a phone call.
 */
export function classify(model: ReadyModel, features: Set<string>, applies: (id: string) => boolean): string | undefined {
  return reachingRules(model, features).find((id) => applies(id));
}

/**
 * The rules whose score for a sentence reaches their threshold (and `classifierApplies`), the one that
 * passes it by most first (ties in the model's order): what `classify` chooses from, and what depends on
 * the sentence alone, so the engine keeps it per sentence while the rules already reported change.
 */
export function reachingRules(model: ReadyModel, features: Set<string>): string[] {
  const reaching: Array<{ id: string; margin: number }> = [];
  for (const rule of model.rules) {
    if (!classifierApplies(rule, features)) continue;
    const margin = ruleScore(rule, features) - rule.threshold;
    if (margin >= 0) reaching.push({ id: rule.id, margin });
  }
  return reaching.sort((a, b) => b.margin - a.margin).map((r) => r.id);
}

// Contractions written without their apostrophe, read as the words they stand for ("havent" = "have not").
const BARE_CONTRACTIONS: Record<string, string[]> = {
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  hadnt: ['had', 'not'],
  cant: ['can', 'not'],
  couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'],
  shouldnt: ['should', 'not'],
  mustnt: ['must', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  wont: ['will', 'not'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
  youve: ['you', 'have'],
  youll: ['you', 'will'],
  theyve: ['they', 'have'],
};

const APOSTROPHE_ENDINGS: Array<[string, string[]]> = [
  ["won't", ['will', 'not']],
  ["can't", ['can', 'not']],
  ["shan't", ['shall', 'not']],
];
const SUFFIXES: Array<[string, string]> = [
  ["n't", 'not'],
  ["'ll", 'will'],
  ["'m", 'am'],
  ["'ve", 'have'],
  ["'re", 'are'],
  ["'d", 'would'],
  ["'s", ''],
];

/** The sentence's words, lower case, contractions expanded, numbers and clock times as "<num>". */
export function sentenceWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().replace(/[’ʼ‘]/g, "'").matchAll(/[a-z0-9\u00e0-\u024f]+(?:'[a-z]+)?/g)) {
    const token = m[0];
    if (/^\d/.test(token)) {
      out.push('<num>');
      continue;
    }
    const whole = APOSTROPHE_ENDINGS.find(([w]) => w === token);
    if (whole) {
      out.push(...whole[1]);
      continue;
    }
    const suffix = SUFFIXES.find(([s]) => token.endsWith(s) && token.length > s.length);
    if (suffix) {
      out.push(token.slice(0, -suffix[0].length));
      if (suffix[1]) out.push(suffix[1]);
      continue;
    }
    out.push(...(BARE_CONTRACTIONS[token] ?? [token]));
  }
  return out;
}

/** A light stem: regular inflections and -ly off, so "replied", "replies" and "reply" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed')) return word.slice(0, -2);
  if (word.endsWith('ly')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
const NEGATION = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor']);
const MODALS = new Set(['must', 'should', 'need', 'shall', 'will', 'would', 'could', 'can', 'may', 'might', 'have']);

let semanticIndex: Map<string, string[]> | undefined;

/**
 * The semantic classes (semantic-classes.json: the ideas behind tone problems, such as HARDSHIP, SILENCE
 * or PLEA, each a list of general words) by word stem, built on first use: a stem can be in several.
 */
export function semanticClassesOf(stemmed: string): readonly string[] {
  if (!semanticIndex) {
    semanticIndex = new Map();
    for (const [name, words] of Object.entries(semanticClasses as Record<string, string[]>)) {
      for (const word of words) {
        for (const s of sentenceWords(word).map(stem)) {
          const list = semanticIndex.get(s) ?? [];
          if (!list.includes(name)) semanticIndex.set(s, [...list, name]);
        }
      }
    }
  }
  return semanticIndex.get(stemmed) ?? [];
}

/**
 * The features of one sentence: stems, stem pairs (from the sentence start), semantic classes, markers, and the data files'
 * phrase, cue-group and stack names that hold in it (`markers`, see `markerNames`).
 */
export function sentenceFeatures(text: string, markers: Iterable<string>, subject: boolean): Set<string> {
  const words = sentenceWords(text);
  const stems = words.map(stem);
  const features = new Set<string>();
  let previous = '<s>';
  // Semantic classes: `k:CLASS` where a word of the class is, `k2:CLASS` where two different ones are.
  const classWords = new Map<string, string>();
  for (const s of stems) {
    features.add(`w:${s}`);
    features.add(`b:${previous} ${s}`);
    previous = s;
    for (const name of semanticClassesOf(s)) {
      const first = classWords.get(name);
      if (first === undefined) {
        classWords.set(name, s);
        features.add(`k:${name}`);
      } else if (first !== s) features.add(`k2:${name}`);
    }
  }
  if (words.some((w) => SECOND_PERSON.has(w))) features.add('f:you');
  if (words.some((w) => FIRST_PERSON.has(w))) features.add('f:i');
  if (words.some((w) => NEGATION.has(w))) features.add('f:neg');
  if (words.some((w) => MODALS.has(w))) features.add('f:modal');
  if (words.includes('<num>')) features.add('f:num');
  if (/\?\s*$/.test(text)) features.add('f:question');
  if (/!/.test(text)) features.add('f:exclaim');
  if (subject) features.add('f:subject');
  for (const m of markers) features.add(m);
  return features;
}

/**
 * Names of the data files' markers that hold in each sentence: `p:RULE` a phrase of the rule, `c:RULE:i.j`
 * a marker of group j of the rule's cue i, `u:RULE:i` a softener of cue i, `s:RULE` a stacked marker. `matches(rule)` gives a compiled
 * rule's matches in the text (the engine passes its cached ones); `sentences` are [start, end) offsets.
 */
export function markerNames(rules: CompiledRule[], matches: (rule: CompiledRule) => PhraseMatch[], sentences: Array<[number, number]>): Array<Set<string>> {
  const names = sentences.map(() => new Set<string>());
  // The sentence a match starts in, by binary search (a pasted text can have thousands of sentences and matches).
  const sentenceAt = (at: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (at < sentences[mid][0]) hi = mid - 1;
      else if (at >= sentences[mid][1]) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const add = (name: string, found: PhraseMatch[]) => {
    for (const m of found) {
      const i = sentenceAt(m.start);
      if (i >= 0) names[i].add(name);
    }
  };
  for (const rule of rules) {
    const id = rule.meta.id.slice('tone/'.length);
    add(`p:${id}`, matches(rule));
    if (rule.stack) add(`s:${id}`, matches(rule.stack.markers));
    rule.cueRules.forEach((cue, i) => {
      cue.groups.forEach((group, j) => add(`c:${id}:${i}.${j}`, matches(group)));
      if (cue.unless) add(`u:${id}:${i}`, matches(cue.unless));
    });
  }
  return names;
}

/** Sentence ends, as the tone rules count them. */
const SENTENCE_END = /[.!?]+(?=[\s"”’)]|$)/g;

/** The sentences of a text as [start, end) offsets, leading and trailing spaces left out. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) ranges.push([s, e]);
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  return ranges;
}

/** The text with quoted stretches ("..." or “...”: someone else's words) blanked, offsets kept. */
export function withoutQuotes(text: string): string {
  return text.replace(/“[^“”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));
}
