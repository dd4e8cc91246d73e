/**
 * Grammar rules as data: confusable words (its/it's, your/you're, there/their, then/than...), agreement,
 * verb forms, capitals and real-word typos. Each rule is a JSON file in `confusables/` whose entries are
 * token patterns (confusables/pattern.ts) over the words of a prose block, with the part of speech of
 * neighbouring words from a compiled lexicon (language/lexicon.ts) where the words alone do not decide.
 * Matches are cached per block text, so an unchanged paragraph costs one lookup per keystroke.
 */
import type { RuleContext, RuleFamily } from './types';
import { prefersCurlyApostrophes } from './apostropheStyle';
import { compileRuleFiles, readRuleFile, type CompiledEntry } from './confusables/data';
import { matchAt, meetsTagMask, type TokenPattern } from './confusables/pattern';
import { BASE_NOT_PARTICIPLE, PAST_NOT_PARTICIPLE, baseForm, baseVerb, ingForm, participle, pluralForm, singularForm, thirdPerson } from './confusables/forms';
import { readSubjectVerbs } from './confusables/subjectVerb';
import { pronounSlips } from './confusables/pronounNumber';
import { quantifierNounSlips } from './confusables/quantifierNoun';
import { tokenize, type Token } from '../language/tokens';
import { bySentence } from '../language/sentences';
import { LruCache } from '../spelling/lru';
import { proseBlocks } from '../spelling/prose';
import classes from './confusables/classes.json';
import affectEffect from './confusables/affect-effect.json';
import agreement from './confusables/agreement.json';
import confusedWords from './confusables/confused-words.json';
import couldOf from './confusables/could-of.json';
import interested from './confusables/interested-interesting.json';
import itsIts from './confusables/its-it-s.json';
import loseLoose from './confusables/lose-loose.json';
import lowerCase from './confusables/lower-case.json';
import missingWord from './confusables/missing-word.json';
import realWordTypo from './confusables/real-word-typo.json';
import theirThere from './confusables/their-there.json';
import thenThan from './confusables/then-than.json';
import toToo from './confusables/to-too.json';
import verbForm from './confusables/verb-form.json';
import wereWhere from './confusables/were-where.json';
import whoseWhos from './confusables/whose-who-s.json';
import yourYoure from './confusables/your-you-re.json';

/** Every grammar data file, in reporting order (the first rule to claim a word reports it). */
export const GRAMMAR_DATA_FILES: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: 'could-of.json', data: couldOf },
  { file: 'its-it-s.json', data: itsIts },
  { file: 'your-you-re.json', data: yourYoure },
  { file: 'their-there.json', data: theirThere },
  { file: 'then-than.json', data: thenThan },
  { file: 'affect-effect.json', data: affectEffect },
  { file: 'lose-loose.json', data: loseLoose },
  { file: 'to-too.json', data: toToo },
  { file: 'were-where.json', data: wereWhere },
  { file: 'whose-who-s.json', data: whoseWhos },
  { file: 'interested-interesting.json', data: interested },
  { file: 'verb-form.json', data: verbForm },
  { file: 'agreement.json', data: agreement },
  { file: 'confused-words.json', data: confusedWords },
  { file: 'missing-word.json', data: missingWord },
  { file: 'real-word-typo.json', data: realWordTypo },
  { file: 'lower-case.json', data: lowerCase },
];

// The hand-written classes, and two made from the irregular verbs' table (confusables/forms.ts).
export const GRAMMAR_CLASSES = { ...classes, PAST_NOT_PARTICIPLE, BASE_NOT_PARTICIPLE } as Record<string, unknown>;

const FILES = GRAMMAR_DATA_FILES.map(({ file, data }) => ({ file, rule: readRuleFile(file, data) }));

interface Compiled {
  /** Patterns by the lower-case word their span starts with. */
  keyed: Map<string, Array<{ entry: CompiledEntry; pattern: TokenPattern }>>;
  /** Patterns whose span can start with any word (a tag or {LOWER}). */
  unkeyed: Array<{ entry: CompiledEntry; pattern: TokenPattern }>;
}

let compiled: Compiled | undefined;
function compiledData(): Compiled {
  if (compiled) return compiled;
  const keyed: Compiled['keyed'] = new Map();
  const unkeyed: Compiled['unkeyed'] = [];
  for (const entry of compileRuleFiles(FILES, GRAMMAR_CLASSES)) {
    for (const pattern of entry.patterns) {
      if (!pattern.keys) unkeyed.push({ entry, pattern });
      else for (const key of pattern.keys) keyed.set(key, [...(keyed.get(key) ?? []), { entry, pattern }]);
    }
  }
  return (compiled = { keyed, unkeyed });
}

/** A match in a block: offsets in the block's text. */
export interface GrammarMatch {
  rule: string;
  start: number;
  end: number;
  actual: string;
  expected: string;
  why: string;
}

/**
 * Matches of plain blocks (not a list item, nothing blanked) keyed by the text itself, which is the same
 * string from one check to the next, so it is hashed once (see spellcheck.ts); other blocks and sentences
 * by a key that says which they are.
 */
const plainBlockCache = new LruCache<string, GrammarMatch[]>(400_000, (key) => key.length);
const cache = new LruCache<string, GrammarMatch[]>(400_000, (key) => key.length);

/**
 * The grammar data's matches in one prose block (non-prose blanked; `original` is the file's text), found
 * sentence by sentence: a keystroke changes one sentence, and the others are answered from the cache. No
 * pattern reaches past a sentence's end, so this gives what one pass over the block gives
 * (test/sentence-cache.test.ts compares the two over every corpus).
 */
export function grammarDataMatches(text: string, original: string, listItem: boolean): GrammarMatch[] {
  const plain = !listItem && original === text;
  const key = plain ? text : `${listItem ? 'L' : 'P'}${text}\u0000${original}`;
  const blocks = plain ? plainBlockCache : cache;
  const cached = blocks.get(key);
  if (cached) return cached;
  const matches = bySentence(
    text,
    (sentence, from) => sentenceMatches(sentence, original === text ? undefined : original.slice(from, from + sentence.length), listItem && from === 0),
    sentenceSlices(tokenize(text, original), text.length),
  );
  blocks.set(key, matches);
  return matches;
}

/** Where each sentence of a block starts and ends: cut before every word that starts a sentence. */
function sentenceSlices(tokens: Token[], length: number): Array<[number, number]> {
  const slices: Array<[number, number]> = [];
  let from = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i].sentenceStart) continue;
    slices.push([from, tokens[i].start]);
    from = tokens[i].start;
  }
  slices.push([from, length]);
  return slices;
}

function sentenceMatches(text: string, original: string | undefined, listItem: boolean): GrammarMatch[] {
  const key = `${listItem ? 'l' : 's'}${text}\u0000${original ?? ''}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const matches = grammarDataMatchesInOnePass(text, original ?? text, listItem);
  cache.set(key, matches);
  return matches;
}

/** The matches of one pass over a whole text, uncached: what grammarDataMatches must give. */
export function grammarDataMatchesInOnePass(text: string, original: string, listItem: boolean): GrammarMatch[] {
  const tokens = tokenize(text, original);
  // A list item's first word often continues the sentence that introduced the list.
  if (listItem && tokens[0]) tokens[0].sentenceStart = false;
  const data = compiledData();
  const subjects = readSubjectVerbs(tokens);
  const matches: GrammarMatch[] = [];
  let claimedUntil = -1;
  /** The first pattern of `candidates` that matches at token i, reported; whether one did. */
  const firstMatch = (candidates: Compiled['unkeyed'], i: number): boolean => {
    for (const { entry, pattern } of candidates) {
      if (pattern.firstTags && !meetsTagMask(tokens[i], pattern.firstTags)) continue;
      const end = matchAt(pattern, tokens, i);
      if (end < 0) continue;
      if (entry.unless.some((u) => matchAt(u, tokens, i) >= 0)) continue;
      // A verb the whole subject agrees with ("each of my last three inspections has"): the pattern saw
      // only the words next to it.
      if (entry.rule === 'grammar/agreement' && end === i + 1 && subjects.agreeing.has(i)) continue;
      const span = tokens.slice(i, end);
      const actual = text.slice(span[0].start, span[span.length - 1].end);
      const expected = replacement(entry.better, actual, span, tokens[end]);
      if (!expected || expected === actual) continue;
      matches.push({ rule: entry.rule, start: span[0].start, end: span[span.length - 1].end, actual, expected, why: entry.why });
      claimedUntil = span[span.length - 1].end;
      return true;
    }
    return false;
  };
  tokens.forEach((token, i) => {
    if (!token.word || token.start < claimedUntil) return;
    const keyed = data.keyed.get(normal(token.text));
    if (!(keyed && firstMatch(keyed, i))) firstMatch(data.unkeyed, i);
  });
  // Agreement the patterns cannot see (a long subject, a pronoun and the noun it refers back to, a noun
  // counted as more than one), where no pattern of the data already speaks.
  for (const slip of [...subjects.slips, ...pronounSlips(tokens), ...quantifierNounSlips(tokens)]) {
    const word = tokens[slip.at];
    if (matches.some((m) => m.start < word.end && word.start < m.end)) continue;
    const expected = replacement(slip.expected, word.text, [word], tokens[slip.at + 1]);
    if (!expected || expected === word.text) continue;
    matches.push({ rule: 'grammar/agreement', start: word.start, end: word.end, actual: word.text, expected, why: slip.why });
  }
  matches.sort((a, b) => a.start - b.start);
  return matches;
}

function normal(word: string): string {
  return word.replace(/[’ʼ]/g, "'").toLowerCase();
}

/** The fix's text for a span, in the span's case. */
export function replacement(better: string | Record<string, string>, actual: string, span: Token[], next: Token | undefined): string | undefined {
  let out: string | undefined;
  if (typeof better === 'string') {
    out = better
      .replace(/\$0/g, actual)
      .replace(/\{first\}/g, span[0].text)
      .replace(/\{ing\}/g, ingForm(actual))
      .replace(/\{s\}/g, thirdPerson(actual))
      .replace(/\{base\}/g, baseForm(actual))
      .replace(/\{pl\}/g, pluralForm(actual))
      .replace(/\{sg\}/g, singularForm(actual))
      .replace(/\{pp\}/g, () => participle(actual))
      .replace(/\{vb\}/g, () => baseVerb(actual))
      .replace(/\{Cap\}/g, actual.charAt(0).toUpperCase() + actual.slice(1));
    // {a}: the article for the word that follows it in the fix, or the text after the span.
    out = out.replace(/\{a\}(\s*)(\S*)/g, (_m, space: string, following: string) => `${article(following || next?.text || '')}${space}${following}`);
  } else {
    out = better[normal(actual)];
    if (out === undefined) return undefined;
  }
  const straight = actual.replace(/’/g, "'");
  if (straight !== actual) out = out.replace(/'/g, '’');
  if (actual.length > 1 && actual === actual.toUpperCase() && /\p{L}/u.test(actual)) return out.toUpperCase();
  if (/^\p{Lu}/u.test(actual) && /^\p{Ll}/u.test(out)) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

function article(word: string): string {
  return /^(?:[aeio]|u(?!ni|s[aeu]|r[aeio])|hon|hour|heir)/i.test(word) && !/^(?:one|eu)/i.test(word) ? 'an' : 'a';
}

/** Whether a block is a list item: only a list marker stands before it on its line. */
function isListItem(fileText: string, start: number): boolean {
  const lineStart = fileText.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t>]*(?:[-*+]|\d+[.)])[ \t]+$/.test(fileText.slice(lineStart, start));
}

/** File ranges the grammar data reports, which spelling must not report again. */
export function grammarDataClaims(context: RuleContext): Array<{ start: number; end: number }> {
  const claims: Array<{ start: number; end: number }> = [];
  for (const block of proseBlocks(context)) {
    const original = context.draft.text.slice(block.start, block.start + block.text.length);
    for (const m of grammarDataMatches(block.text, original, isListItem(context.draft.text, block.start))) {
      claims.push({ start: block.start + m.start, end: block.start + m.end });
    }
  }
  return claims;
}

export const grammarDataRules: RuleFamily = {
  name: 'grammar',
  scope: 'prose',
  rules: FILES.map((f) => f.rule.meta),
  check(context) {
    const text = context.draft.text;
    const curly = prefersCurlyApostrophes(text);
    for (const block of proseBlocks(context)) {
      const original = text.slice(block.start, block.start + block.text.length);
      for (const m of grammarDataMatches(block.text, original, isListItem(text, block.start))) {
        const expected = curly ? m.expected.replace(/'/g, '’') : m.expected.replace(/’/g, "'");
        context.report({
          rule: m.rule,
          start: block.start + m.start,
          end: block.start + m.end,
          message: `Did you mean "${expected}"? ${m.why}`,
          suggestions: [expected],
          data: { type: 'replace' },
        });
      }
    }
  },
};
