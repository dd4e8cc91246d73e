/**
 * Tone rules. Phrase rules (pushy, passive-aggressive, over-apologetic, informal, desperate, phone,
 * hedging) are data: one JSON file per rule in `tone/`, in the pattern language of `tone/pattern.ts`,
 * compiled once on first use. Exclamation marks and capitals are counted in code; their documentation
 * and message parts live in the same data folder.
 *
 * What is checked: the subject line (the front matter's `subject`, the first thing the reader sees) and the
 * prose blocks of the body (code, URLs and Markdown syntax blanked), from the top of the body to the end of
 * the sign-off line; the signature (name, phone, address) is not prose. Quoted
 * text is someone else's words and is skipped: blockquotes, and text between double quotation marks
 * ("..." or “...”) within a paragraph, such as an article title in a point-of-interest email.
 */
import type { Blockquote, Root, RootContent } from 'mdast';
import type { Report } from '../finding';
import type { RuleContext, RuleFamily } from './types';
import { compileToneData, readRuleFile, type CompiledRule, type ToneRuleFile } from './tone/data';
import { matchPhrasesBySentence, sentenceSlices, type PhraseMatch, type SentenceSlice } from './tone/match';
import { shifted } from '../language/sentences';
import { reviveRule, type StoredRule } from './tone/stored';
import { CLASSIFIER_NOTE, markerNames, reachingRules, readyModel, sentenceFeatures, sentenceRanges, withoutQuotes, type ReadyModel, type ToneModel } from './tone/classifier';
import classifierWeights from './tone/classifier.json';
import { LruCache } from '../spelling/lru';
import { frequencyRank } from '../spelling/frequency';
import { isDictionaryWord, withoutPossessive } from '../spelling';
import { groupBit, lexicon } from '../language/lexicon';
import classes from './tone/classes.json';
import desperate from './tone/desperate.json';
import exclamation from './tone/exclamation.json';
import hedging from './tone/hedging.json';
import informal from './tone/informal.json';
import overApologetic from './tone/over-apologetic.json';
import passiveAggressive from './tone/passive-aggressive.json';
import phone from './tone/phone.json';
import pushy from './tone/pushy.json';
import shouting from './tone/shouting.json';

/** Every tone data file, in reporting order. */
export const TONE_FILES: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: 'pushy.json', data: pushy },
  { file: 'passive-aggressive.json', data: passiveAggressive },
  { file: 'over-apologetic.json', data: overApologetic },
  { file: 'informal.json', data: informal },
  { file: 'desperate.json', data: desperate },
  { file: 'phone.json', data: phone },
  { file: 'exclamation.json', data: exclamation },
  { file: 'shouting.json', data: shouting },
  { file: 'hedging.json', data: hedging },
];

export const TONE_CLASSES: unknown = classes;

// Documentation is read (and validated) at load; patterns are compiled on the first check.
const FILES: ToneRuleFile[] = TONE_FILES.map(({ file, data }) => readRuleFile(file, data));
const byId = (id: string): ToneRuleFile => FILES.find((f) => f.meta.id === id)!;
const EXCLAMATION = byId('tone/exclamation');
const SHOUTING = byId('tone/shouting');

/** The phrase rules compiled from the data files (the build runs this once and stores the result). */
export function compileToneRules(): CompiledRule[] {
  return compileToneData(TONE_CLASSES, [...TONE_FILES]).filter((r) => r.compiled.length || r.stack || r.cueRules.length);
}

/** The phrase rules as the build compiled them (tone/stored.ts), as JSON text; not defined from the sources. */
declare const FOLLOWUP_COMPILED_TONE: string | undefined;

let phraseRules: CompiledRule[] | undefined;
let classifier: ReadyModel | undefined;
/**
 * The classifier's weights as JSON text, stored by the build (scripts/build.mjs): parsed on the first check
 * instead of built as an object literal when the bundle loads, in every thread that loads it (the server's
 * main thread never checks). Not defined from the TypeScript sources, which import the file.
 */
declare const FOLLOWUP_TONE_CLASSIFIER: string | undefined;

/** The trained sentence classifier (tone/classifier.json), made ready on the first check, like the phrase rules. */
function toneClassifier(): ReadyModel {
  classifier ??= readyModel(typeof FOLLOWUP_TONE_CLASSIFIER === 'string' ? (JSON.parse(FOLLOWUP_TONE_CLASSIFIER) as ToneModel) : (classifierWeights as unknown as ToneModel));
  return classifier;
}

function compiledPhraseRules(): CompiledRule[] {
  phraseRules ??= typeof FOLLOWUP_COMPILED_TONE === 'string' ? (JSON.parse(FOLLOWUP_COMPILED_TONE) as StoredRule[]).map(reviveRule) : compileToneRules();
  return phraseRules;
}

/** A stretch of prose to check: the text of a block, up to where checking stops. */
interface Span {
  /** File offset of text[0]. */
  start: number;
  /** The subject line, whose exclamation marks are counted on their own. */
  subject?: boolean;
  text: string;
  /** Offsets (in text) where quoted text starts and ends. */
  quotes: Array<[number, number]>;
  /** The text's sentences, cut on first use. */
  sentences?: SentenceSlice[];
  /** Each rule's phrase matches in the text, shared by every span with the same text (see matchCache). */
  matches: Map<CompiledRule, PhraseMatch[]>;
}

/** Phrase matches by block text: a paragraph that did not change is not searched again on the next keystroke. */
const matchCache = new LruCache<string, Map<CompiledRule, PhraseMatch[]>>(400_000, (text) => text.length);

export const toneRules: RuleFamily = {
  name: 'tone',
  scope: 'prose',
  rules: FILES.map((f) => f.meta),
  check(context) {
    const spans = proseSpans(context);
    const rules = compiledPhraseRules();
    for (const span of spans) {
      for (const r of spanReports(span, rules)) context.report(shifted(r, span.start));
    }
    checkExclamations(spans, context);
    checkShouting(spans, context);
  },
};

type Reporter = (report: Report) => void;

/**
 * What the phrase rules and the classifier report in one span (offsets in the span), kept by the span's
 * text: they read nothing but the span, so a paragraph that did not change costs one lookup, however long
 * the file. The subject line has its own cache (its exclamation marks and sentences count differently).
 */
const bodyReports = new LruCache<string, Report[]>(400_000, (text) => text.length);
const subjectReports = new LruCache<string, Report[]>(10_000, (text) => text.length);

function spanReports(span: Span, rules: CompiledRule[]): Report[] {
  const cache = span.subject ? subjectReports : bodyReports;
  let reports = cache.get(span.text);
  if (!reports) {
    const found: Report[] = [];
    const local: Span = { ...span, start: 0 };
    const record = (r: Report) => void found.push(r);
    for (const rule of rules) checkPhrases(rule, rules, [local], record);
    // The classifier speaks only where its rule said nothing, so it reads what the phrases reported.
    checkClassifier([local], rules, [...found], record);
    cache.set(span.text, (reports = found));
  }
  return reports;
}

function proseSpans({ draft, letter, isDraft }: RuleContext): Span[] {
  const limit = isDraft && letter.signOff ? letter.signOff.end : Infinity;
  const blockquotes = blockquoteRanges(draft.mdast);
  const spans: Span[] = [];
  const subject = isDraft ? subjectSpan(draft) : undefined;
  if (subject) spans.push(subject);
  for (const block of draft.blocks) {
    if (block.start >= limit) break;
    if (blockquotes.some(([s, e]) => block.start >= s && block.start < e)) continue;
    const text = block.text.slice(0, Math.min(block.end, limit) - block.start);
    const quotes = quotedStretches(text);
    let matches = matchCache.get(text);
    if (!matches) matchCache.set(text, (matches = new Map()));
    spans.push({ start: block.start, text, quotes, matches });
  }
  return spans;
}

/**
 * The subject line as written in the front matter: a plain or quoted scalar on one or more lines (the
 * quotes left out); a block scalar (`|`, `>`) is not a subject line anyone writes, and is skipped.
 */
function subjectSpan(draft: RuleContext['draft']): Span | undefined {
  const field = draft.frontMatter?.fields.get('subject');
  if (!field || typeof field.value !== 'string' || field.valueEnd <= field.valueStart) return undefined;
  let start = field.valueStart;
  let end = field.valueEnd;
  const source = draft.text.slice(start, end);
  if (/^[|>]/.test(source)) return undefined;
  if (field.quoted) {
    start++;
    end--;
  }
  const text = draft.text.slice(start, end);
  let matches = matchCache.get(text);
  if (!matches) matchCache.set(text, (matches = new Map()));
  return { start, subject: true, text, quotes: quotedStretches(text), matches };
}

function quotedStretches(text: string): Array<[number, number]> {
  const quotes: Array<[number, number]> = [];
  for (const q of text.matchAll(/“[^“”]*”|"[^"]*"/g)) quotes.push([q.index, q.index + q[0].length]);
  return quotes;
}

function blockquoteRanges(root: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'blockquote') {
      const { start, end } = (node as Blockquote).position ?? {};
      if (start?.offset !== undefined && end?.offset !== undefined) ranges.push([start.offset, end.offset]);
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(root);
  return ranges;
}

function inQuote(span: Span, index: number): boolean {
  return span.quotes.some(([s, e]) => index >= s && index < e);
}

/** A rule's phrase matches (or markers) in a span, searched once per text and kept with the span's text. */
function phraseMatches(rule: CompiledRule, span: Span): PhraseMatch[] {
  let found = span.matches.get(rule);
  if (!found) span.matches.set(rule, (found = matchPhrasesBySentence(rule, (span.sentences ??= sentenceSlices(span.text)))));
  return found;
}

/**
 * A fix is offered only if the sentence it leaves is polite: where the same sentence also holds a demand,
 * reproach or plea that has no fix (an ultimatum, "or I will accept their offer"; pleading, "I am begging
 * you"), politer words for one part of it would still leave it impolite, so a pushy, passive-aggressive or
 * desperate finding there gives advice instead. (Informal words and hedges are fixed whatever the rest says.)
 */
const DEMANDING = new Set(['tone/pushy', 'tone/desperate', 'tone/passive-aggressive']);

function leavesImpolite(match: PhraseMatch, span: Span, rules: CompiledRule[]): boolean {
  const ends = [...span.text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const sentenceOf = (at: number) => ends.findIndex((e) => at < e);
  const sentence = sentenceOf(match.start);
  return rules.some(
    (rule) =>
      DEMANDING.has(rule.meta.id) &&
      phraseMatches(rule, span).some((m) => m !== match && !m.better.length && !inQuote(span, m.start) && sentenceOf(m.start) === sentence),
  );
}

function checkPhrases(rule: CompiledRule, rules: CompiledRule[], spans: Span[], emit: Reporter): void {
  for (const span of spans) {
    const found = phraseMatches(rule, span);
    checkStacked(rule, span, found, emit);
    checkCues(rule, span, found, emit);
    for (const found1 of found) {
      if (inQuote(span, found1.start)) continue;
      const withdraw = found1.better.length && DEMANDING.has(rule.meta.id) && (leavesImpolite(found1, span, rules) || cueOutside(rule, span, found1));
      const match = withdraw ? { ...found1, better: [] } : found1;
      const actual = span.text.slice(match.start, match.end);
      const suggestions = match.better.map((b) => fitCase(fitDeletion(b, span.text, match.start, match.end), span.text, match.start));
      // A fix is named in the message; without one (none fits here) the phrase's advice says what to write.
      const advice = match.better[0] ? `Try "${suggestions[0]}" instead.` : (match.phrase.advice ?? rule.advice);
      emit({
        rule: rule.meta.id,
        start: span.start + match.start,
        end: span.start + match.end,
        message: `${quote(actual)} ${match.phrase.why ?? rule.reason}. ${advice}`,
        ...(suggestions.length ? { suggestions } : {}),
      });
    }
  }
}

/** Sentence ends: a stacked marker counts with the others of its sentence only. */
const SENTENCE_END = /[.!?]+(?=[\s"”’)]|$)/g;

/**
 * A rule's stacked markers: where a sentence has `min` of them and no phrase of the rule already matched
 * in it, one finding covers them, first to last, with the rule's stacked advice and no fix.
 */
function checkStacked(rule: CompiledRule, span: Span, found: PhraseMatch[], emit: Reporter): void {
  const stack = rule.stack;
  if (!stack) return;
  const markers = phraseMatches(stack.markers, span);
  if (markers.length < stack.spec.min) return;
  const ends = [...span.text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const sentenceOf = (at: number) => ends.findIndex((e) => at < e);
  const bySentence = new Map<number, PhraseMatch[]>();
  for (const m of markers) {
    if (inQuote(span, m.start)) continue;
    const key = sentenceOf(m.start);
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  for (const [key, list] of bySentence) {
    if (list.length < stack.spec.min) continue;
    if (found.some((f) => sentenceOf(f.start) === key && !inQuote(span, f.start))) continue;
    const start = list[0].start;
    const end = list[list.length - 1].end;
    const named = list.map((m) => quote(span.text.slice(m.start, m.end))).join(', ');
    emit({ rule: rule.meta.id, start: span.start + start, end: span.start + end, message: `${named}: ${stack.spec.why}. ${stack.spec.advice}` });
  }
}

/**
 * Whether a cue of the rule holds in the match's sentence on other words than the match: then the sentence
 * would still be flagged after the fix (the fix would not leave it polite), so the fix is withdrawn.
 */
function cueOutside(rule: CompiledRule, span: Span, match: PhraseMatch): boolean {
  const ends = [...span.text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const sentenceOf = (at: number) => ends.findIndex((e) => at < e);
  const sentence = sentenceOf(match.start);
  const outside = (m: PhraseMatch) => sentenceOf(m.start) === sentence && !inQuote(span, m.start) && (m.end <= match.start || m.start >= match.end);
  return rule.cueRules.some(
    (cue) => cue.groups.every((g) => phraseMatches(g, span).some(outside)) && !(cue.unless && phraseMatches(cue.unless, span).some((m) => sentenceOf(m.start) === sentence)),
  );
}

/**
 * A rule's cues: where one sentence holds a marker of every group of a cue (a deadline and a demand on the
 * reader), none of its softeners, and no phrase of the rule, one finding covers the markers, first to last,
 * with the cue's advice and no fix.
 */
function checkCues(rule: CompiledRule, span: Span, found: PhraseMatch[], emit: Reporter): void {
  if (!rule.cueRules.length) return;
  const ends = [...span.text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  const sentenceOf = (at: number) => ends.findIndex((e) => at < e);
  const reported = new Set<number>(found.filter((f) => !inQuote(span, f.start)).map((f) => sentenceOf(f.start)));
  for (const cue of rule.cueRules) {
    const groups = cue.groups.map((g) => phraseMatches(g, span).filter((m) => !inQuote(span, m.start)));
    if (groups.some((g) => !g.length)) continue;
    const softened = new Set((cue.unless ? phraseMatches(cue.unless, span) : []).map((m) => sentenceOf(m.start)));
    for (const first of groups[0]) {
      const sentence = sentenceOf(first.start);
      if (reported.has(sentence) || softened.has(sentence)) continue;
      const picks = groups.map((g) => g.find((m) => sentenceOf(m.start) === sentence));
      if (picks.some((m) => !m)) continue;
      const chosen = picks as PhraseMatch[];
      // Each idea needs words of its own: markers of two groups on the same words do not make a pair.
      if (chosen.some((a, i) => chosen.some((b, j) => i < j && a.start < b.end && b.start < a.end))) continue;
      reported.add(sentence);
      const start = Math.min(...chosen.map((m) => m.start));
      const end = Math.max(...chosen.map((m) => m.end));
      emit({ rule: rule.meta.id, start: span.start + start, end: span.start + end, message: `${quote(span.text.slice(start, end))} ${cue.spec.why}. ${cue.spec.advice}` });
    }
  }
}

/** Words quoted from a sentence in a classifier finding's message. */
const QUOTED_WORDS = 8;

/**
 * The trained classifier (tone/classifier.ts), sentence by sentence: where a rule's score reaches its
 * threshold and none of the rule's phrases, cues or stacks reported in the sentence, one finding covers the
 * sentence, with the rule's advice and no fix (no single phrase is to blame); at most one such finding a
 * sentence (see `classify`). Quoted words are blanked.
 */
function checkClassifier(spans: Span[], rules: CompiledRule[], reported: Report[], emit: Reporter): void {
  const model = toneClassifier();
  // The rules reported in a sentence: findings start inside their sentence (phrases, cues and stacks are
  // matched sentence by sentence), found by binary search among the findings sorted by start.
  const sorted = [...reported].sort((a, b) => a.start - b.start);
  const rulesIn = (from: number, to: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    const rules = new Set<string>();
    for (let i = lo; i < sorted.length && sorted[i].start < to; i++) rules.add(sorted[i].rule);
    return rules;
  };
  for (const span of spans) {
    const ranges = span.subject ? ([[0, span.text.length]] as Array<[number, number]>) : sentenceRanges(span.text);
    if (!ranges.length) continue;
    const markers = markerNames(rules, (rule) => phraseMatches(rule, span), ranges);
    ranges.forEach(([start, end], i) => {
      const text = withoutQuotes(span.text.slice(start, end));
      if (!/\p{L}/u.test(text)) return;
      const from = span.start + start;
      const to = span.start + end;
      const already = rulesIn(from, to);
      const id = sentenceVerdicts(model, text, markers[i], !!span.subject).find((rule) => !already.has(rule));
      if (!id) return;
      const file = byId(id);
      const words = span.text.slice(start, end).split(/\s+/);
      const quoted = words.length > QUOTED_WORDS ? `${words.slice(0, QUOTED_WORDS).join(' ')} …` : words.join(' ');
      emit({ rule: id, start: from, end: to, message: `${quote(quoted)} ${file.reason} (${CLASSIFIER_NOTE}). ${file.advice}` });
    });
  }
}

/** The rules the classifier finds in a sentence, kept per sentence: an edit changes one sentence, not all. */
const verdictCache = new LruCache<string, string[]>(200_000, (key) => key.length);

function sentenceVerdicts(model: ReadyModel, text: string, markers: Set<string>, subject: boolean): string[] {
  const key = `${subject ? 'S' : 'B'}${[...markers].sort().join(' ')}\u0000${text}`;
  let verdicts = verdictCache.get(key);
  if (!verdicts) verdictCache.set(key, (verdicts = reachingRules(model, sentenceFeatures(text, markers, subject))));
  return verdicts;
}

/** Each "!" after the first in the body is one too many; so is each after the first in the subject line. */
function checkExclamations(spans: Span[], context: RuleContext): void {
  let seen = 0;
  for (const span of spans) {
    if (span.subject) {
      checkExclamations([{ ...span, subject: false }], context);
      continue;
    }
    for (let i = span.text.indexOf('!'); i >= 0; i = span.text.indexOf('!', i + 1)) {
      if (inQuote(span, i)) continue;
      if (seen++ === 0) continue;
      // In "!!" (and "?!", "!?") the extra mark goes; a lone extra mark becomes a full stop.
      const doubled = (i > 0 && /[!?.]/.test(span.text[i - 1])) || span.text[i + 1] === '?';
      context.report(toneReport(EXCLAMATION, span.start + i, span.start + i + 1, '"!"', doubled ? '' : '.'));
    }
  }
}

const CAPS_WORD = /(?<![\p{L}\p{N}'’])\p{Lu}+(?:['’]\p{Lu}+)*(?![\p{L}\p{N}])/gu;
/** A word a common English word must be among (by SUBTLEX rank) to be emphasis, not an acronym, in capitals. */
const EMPHASIS_RANK = 12_000;

/**
 * Shouting findings (offsets in the span) by the span's text, then by what else they depend on: the
 * dialect, the user's words and the capitals of the draft's names. An unchanged paragraph costs a lookup.
 */
const shoutingBySpan = new LruCache<string, Map<string, Report[]>>(400_000, (text) => text.length);
/** The user's word lists, told apart in the cache keys (the settings object reuses its list while it is unchanged). */
const wordListIds = new WeakMap<readonly string[], number>();
let wordLists = 0;

function shoutingContext({ facts, settings }: RuleContext): string {
  let id = wordListIds.get(settings.words);
  if (id === undefined) wordListIds.set(settings.words, (id = wordLists++));
  return `${facts.dialect} ${id} ${[...nameCapitals(facts)].sort().join(' ')}`;
}

/**
 * Capitals used for emphasis: a common English word in capitals ("VERY", "PLEASE"), alone or in a run of
 * capitalised words (joined by spaces or hyphens: "URGENT FOLLOW-UP"). Acronyms and codes of any length
 * (NHS, HACCP, NASDAQ) are not English words and are never shouting, alone or side by side ("AWS EC2").
 * A word next to a digit is a code ("ISO 27001" is two codes, "B2B" one).
 */
function checkShouting(spans: Span[], context: RuleContext): void {
  const key = shoutingContext(context);
  let known: ReturnType<typeof knownCapitals> | undefined;
  let emphasis: ReturnType<typeof emphasisTest> | undefined;
  for (const span of spans) {
    let byContext = shoutingBySpan.get(span.text);
    if (!byContext) shoutingBySpan.set(span.text, (byContext = new Map()));
    let found = byContext.get(key);
    if (!found) {
      const reports: Report[] = [];
      shoutingIn({ ...span, start: 0 }, (known ??= knownCapitals(context)), (emphasis ??= emphasisTest(context)), (r) => void reports.push(r));
      byContext.set(key, (found = reports));
    }
    for (const r of found) context.report(shifted(r, span.start));
  }
}

function shoutingIn(span: Span, known: ReturnType<typeof knownCapitals>, emphasis: ReturnType<typeof emphasisTest>, emit: Reporter): void {
  const words = [...span.text.matchAll(CAPS_WORD)]
    .filter((w) => !known.has(w[0]) && !inQuote(span, w.index) && !acronymInUse(span.text, w.index, w.index + w[0].length))
    .map((w) => ({ start: w.index, end: w.index + w[0].length, text: w[0], letters: w[0].replace(/['’]/g, '').length }));
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j + 1 < words.length && /^(?:\s+|-|\s+[-–—]\s+)$/.test(span.text.slice(words[j].end, words[j + 1].start))) j++;
    const run = words.slice(i, j + 1);
    i = j + 1;
    const counted = run.filter((w) => w.letters >= 2);
    const emphatic = counted.filter((w) => emphasis(w.text, span.text, w.start, w.end)).length;
    // Beside an acronym, one common word is more likely part of a name ("SAP EWM", "CAN bus" aside).
    if (!emphatic || (emphatic < 2 && emphatic < counted.length) || partOfName(span.text, run[0].start, run[run.length - 1].end)) continue;
    // Single letters ("I", "A") at the edges of a run are not shouting on their own.
    let first = 0;
    let last = run.length - 1;
    while (run[first].letters < 2) first++;
    while (run[last].letters < 2) last--;
    const start = run[first].start;
    const end = run[last].end;
    const actual = span.text.slice(start, end);
    // The fix lowers the words and keeps acronyms (and "I") as they are.
    let fixed = '';
    let at = start;
    for (const w of run.slice(first, last + 1)) {
      fixed += span.text.slice(at, w.start) + (w.letters >= 2 && emphasis(w.text, span.text, w.start, w.end) ? w.text.toLowerCase() : w.text);
      at = w.end;
    }
    emit(toneReport(SHOUTING, start, end, quote(actual), fitCase(fixed, span.text, start)));
  }
}

const ACRONYM_NOUNS = new Set(SHOUTING.acronymNouns);
const NUMBER_WORD = /(?:^|\s)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|both|all)\s+$/i;
const NOUN_GROUP = groupBit('N') ?? 0;
const EMPHASIS_KIND = ['JJ', 'JJR', 'RB', 'RBR', 'DT'].reduce((m, g) => m | (groupBit(g) ?? 0), 0);

/**
 * Capitals that name something, used the way an acronym is, however common the word they spell: joined
 * to a word by a hyphen ("cryo-EM"), naming the kind of the noun after them ("the STEM club", "three DOT
 * inspections", "two ARE divisions"), or paired with an acronym ("the FAR and AUD sections").
 */
function acronymInUse(text: string, start: number, end: number): boolean {
  if ((text[start - 1] === '-' && /\p{Ll}/u.test(text[start - 2] ?? '')) || (text[end] === '-' && /\p{Ll}/u.test(text[end + 1] ?? ''))) return true;
  const word = text.slice(start, end).toLowerCase();
  // The one or two lower-case words after the capitals.
  const following = /^ (\p{Ll}[\p{Ll}-]*)(?: (\p{Ll}[\p{Ll}-]*))?/u.exec(text.slice(end, end + 60));
  const next = following?.[1];
  // (Adjectives, adverbs and determiners are what emphasis is made of: "the BEST candidate", "NO reply".)
  const tags = lexicon().tags(word);
  const naming = (tags.all & NOUN_GROUP) !== 0 && !(tags.primary & EMPHASIS_KIND);
  if (next && lexicon().tags(next).primary & NOUN_GROUP && (naming || NUMBER_WORD.test(text.slice(Math.max(0, start - 20), start)))) return true;
  // Before "principles", "method", "goals" the capitals name a framework ("the FAIR principles", "SMART goals",
  // "FAIR data principles").
  if (following && (ACRONYM_NOUNS.has(following[1]) || (following[2] && ACRONYM_NOUNS.has(following[2])))) return true;
  const paired = /^\s*(?:and|or|&|\/)\s*(\p{Lu}{2,})(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 20))?.[1] ?? /(?<![\p{L}\p{N}])(\p{Lu}{2,})\s*(?:and|or|&|\/)\s*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return !!paired && (frequencyRank(paired.toLowerCase()) ?? Infinity) > EMPHASIS_RANK;
}

/**
 * Capitals right after or before a capitalised word inside a sentence belong to a name ("Teaching
 * Strategies GOLD", "Zephyr RTOS"), not emphasis.
 */
function partOfName(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{Ll}]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before) {
    const at = start - before[0].length;
    const sentenceStart = /(?:^|[.!?:;]["”’)]?)\s*$/.test(text.slice(Math.max(0, at - 3), at));
    if (!sentenceStart) return true;
  }
  return /^[ \t]+\p{Lu}[\p{Ll}]/u.test(text.slice(end, end + 40));
}

/** Whether a word in capitals is a common English word (emphasis), not an acronym or code. */
function emphasisTest({ facts }: RuleContext): (word: string, text: string, start: number, end: number) => boolean {
  const acronyms = new Set(SHOUTING.acronyms);
  return (word, text, start, end) => {
    if (acronyms.has(word) || /\d/.test(text[start - 1] ?? '') || /\d/.test(text[end] ?? '')) return false;
    const lower = (withoutPossessive(word) ?? word).toLowerCase();
    if (!isDictionaryWord(lower, facts.dialect)) return false;
    const tags = lexicon().tags(lower);
    // An adverb in -ly ("HUGELY", "SINCERELY") is emphasis however rare: no acronym is spelled so.
    if (lower.length >= 5 && lower.endsWith('ly') && (tags.primary & ADVERB) !== 0) return true;
    // A past tense after an intensifier ("absolutely LOVED") is emphasis, not a code.
    if ((tags.all & PAST) !== 0 && INTENSIFIER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
    const rank = frequencyRank(lower);
    return rank !== undefined && rank <= EMPHASIS_RANK && emphasisPart(lower);
  };
}

const ADVERB = groupBit('RB') ?? 0;
const INTENSIFIER_BEFORE = /\b(?:absolutely|really|truly|totally|completely|genuinely|honestly|so|just|thoroughly)\s+$/i;

const NOUN_OR_PAST = ['N', 'NNS', 'NNP', 'NN', 'VBD', 'VBN'].reduce((m, g) => m | (groupBit(g) ?? 0), 0);
const PAST = groupBit('VBD') ?? 0;

/**
 * Words used for emphasis are adverbs, adjectives, verbs, determiners ("VERY", "URGENT", "LOVE", "ALL"),
 * not names of things or past tenses ("ROSE", "ACE", "LED"), which in capitals are more likely codes.
 */
function emphasisPart(word: string): boolean {
  const { all, primary } = lexicon().tags(word);
  return (all & ~NOUN_OR_PAST) !== 0 && primary !== PAST;
}

/** Capitalised words the draft itself uses as names (company, interviewer...) or the user added. */
function knownCapitals({ facts, settings }: RuleContext): { has(word: string): boolean } {
  const names = nameCapitals(facts);
  const user = userCapitals(settings.words);
  return { has: (word) => names.has(word) || user.has(word) };
}

/** The words in capitals of the draft's names (company, interviewer...). */
function nameCapitals(facts: RuleContext['facts']): Set<string> {
  const capitals = new Set<string>();
  for (const text of facts.names) for (const w of text.matchAll(CAPS_WORD)) capitals.add(w[0]);
  return capitals;
}

/** The capitals of the user's words, once per list (it can hold 150,000 words; settings objects are reused). */
const userCapitalsCache = new WeakMap<readonly string[], Set<string>>();

function userCapitals(words: readonly string[]): Set<string> {
  let known = userCapitalsCache.get(words);
  if (!known) {
    known = new Set<string>();
    for (const text of words) for (const w of text.matchAll(CAPS_WORD)) known.add(w[0]);
    userCapitalsCache.set(words, known);
  }
  return known;
}

function toneReport(rule: ToneRuleFile, start: number, end: number, actual: string, suggestion: string): Report {
  return { rule: rule.meta.id, start, end, message: `${actual} ${rule.reason}. ${rule.advice}`, suggestions: [suggestion] };
}

function quote(actual: string): string {
  return `"${actual.replace(/\s+/g, ' ').trim()}"`;
}

/**
 * Deleting what ends a sentence without a full stop ("Great to meet you 🙂 See you soon") would run two
 * sentences together: there the fix is a full stop instead.
 */
function fitDeletion(replacement: string, text: string, start: number, end: number): string {
  if (replacement) return replacement;
  let before = start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  let after = end;
  while (after < text.length && /\s/.test(text[after])) after++;
  const endsSentence = before > 0 && /\p{Lu}/u.test(text[after] ?? '') && !/[.!?:;,]/.test(text[before - 1]);
  return endsSentence ? '.' : '';
}

/**
 * Fits a replacement to where it goes: capitalised at the start of a sentence, lower case inside one
 * (except "I" and its contractions).
 */
function fitCase(replacement: string, text: string, at: number): string {
  if (!replacement) return replacement;
  // Walk back over spaces and opening marks (a regex anchored at the end of `text.slice(0, at)` would scan
  // the whole block for every finding: seconds on a long pasted text).
  let i = at;
  while (i > 0 && /[\s"“'‘(*_]/.test(text[i - 1])) i--;
  const sentenceStart = i === 0 || /[.!?]/.test(text[i - 1]);
  if (sentenceStart) return replacement[0].toUpperCase() + replacement.slice(1);
  if (/^I(?![\p{L}])/u.test(replacement)) return replacement;
  return replacement[0].toLowerCase() + replacement.slice(1);
}
