/**
 * Runs a compiled phrase rule over a text and says which phrase matched where, with its better phrasings.
 * A phrase is only tried where the text has a word it can start with (an index built at load), followed
 * by a word that can come second in it, so a polite email costs a map lookup or two per word and rule.
 *
 * Phrases that start with a word are searched for without the `i` flag, in a lower-cased copy of the text, with their letters in
 * lower case: V8 compiles a case-insensitive expression at about twice the cost, and compiling the phrase
 * expressions on first use was most of the server's first check. Where one matches, the phrase's own
 * expression (case-insensitive, over the text as written) confirms it and gives the match, so findings and
 * fixes (which quote the text) are exactly what it alone would give.
 */
import { sentenceCuts, shifted } from '../../language/sentences';
import { LruCache } from '../../spelling/lru';
import type { CompiledPhrase, CompiledRule } from './data';

export interface PhraseMatch {
  /** Offsets in the text that was searched. */
  start: number;
  end: number;
  phrase: CompiledPhrase;
  /** The phrase's better phrasings with `{CLASS}` replaced by the words the text used; none where `noFixAfter` or `noFixBefore` withdraws them. */
  better: string[];
}

export interface WordStart {
  at: number;
  /** Its letters and digits in lower case, as tone/pattern.ts `keyPrefixes` has them. */
  key: string;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F]+/g;

/** Where the words of a text start, with their keys: computed once per text, shared by every rule. */
export function wordStarts(text: string): WordStart[] {
  const words: WordStart[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ at: m.index, key: m[0].toLowerCase() });
  return words;
}

const LATIN_LETTERS = /[A-Z\u00C0-\u024F]/g;
const IN_LATIN_LETTERS = /^[a-z\u00C0-\u024F]$/;

/**
 * The text with every offset kept and its Latin letters (A-Z, U+00C0-U+024F) in lower case, where the
 * lower case is one Latin letter too: the phrase expressions' letter classes hold both cases of that range,
 * so each letter is in a class exactly when it was. Other characters are kept: the Kelvin sign would
 * become an ASCII "k", which the case-insensitive expressions do not take it for.
 */
export function lowerCaseKeepingOffsets(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.replace(LATIN_LETTERS, (c) => {
    const lower = c.toLowerCase();
    return IN_LATIN_LETTERS.test(lower) ? lower : c;
  });
}

/** An escape (kept as it is: \B, \S, \u00C0, \p{...}), or a run of Latin letters. */
const ESCAPE_OR_LETTERS = /\\(?:[pP]\{[^}]*\}|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[\s\S])|[A-Z\u00C0-\u024F]+/g;

/** A Latin letter in lower case, where its lower case is one Latin letter too. */
function lowerLatin(letter: string): string {
  const lower = letter.toLowerCase();
  return IN_LATIN_LETTERS.test(lower) ? lower : letter;
}

/**
 * A regular expression's source with its literal Latin letters in lower case, as `lowerCaseKeepingOffsets` does; escapes (\B, \S, \u00C0, \p{...}) kept.
 * One pass of one expression over the source (the phrase expressions are about 150 KB of it, lowered on the first check).
 */
export function lowerCaseLiterals(source: string): string {
  return source.replace(ESCAPE_OR_LETTERS, (m) => (m[0] === '\\' ? m : m.replace(LATIN_LETTERS, lowerLatin)));
}

const caseSensitiveCopies = new WeakMap<CompiledPhrase, RegExp[]>();

/**
 * The case-sensitive searches for a phrase (its expression, or its `searchParts`: one of them matches
 * where the expression does), to run over `lowerCaseKeepingOffsets` of the text.
 */
function lowerCaseSearches(phrase: CompiledPhrase): RegExp[] {
  let searches = caseSensitiveCopies.get(phrase);
  if (!searches) {
    const flags = phrase.regex.flags.replace('i', '');
    searches = (phrase.searchParts ?? [phrase.regex.source]).map((source) => new RegExp(lowerCaseLiterals(source), flags));
    caseSensitiveCopies.set(phrase, searches);
  }
  return searches;
}

/** Whether the phrase can match at `at`, asked of the lower-cased text. */
function canMatchAt(phrase: CompiledPhrase, lower: string, at: number): boolean {
  for (const search of lowerCaseSearches(phrase)) {
    search.lastIndex = at;
    if (search.test(lower)) return true;
  }
  return false;
}

export function matchPhrases(rule: CompiledRule, text: string, words = wordStarts(text)): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const lower = lowerCaseKeepingOffsets(text);
  let next = 0;
  for (let i = 0; i < words.length; i++) {
    const { at, key } = words[i];
    if (at < next) continue;
    const candidates = rule.byFirstWord.get(key);
    if (!candidates) continue;
    const second = words[i + 1]?.key;
    for (const phrase of candidates) {
      const seconds = phrase.secondWords?.get(key);
      if ((seconds && (second === undefined || !seconds.has(second))) || !canMatchAt(phrase, lower, at)) continue;
      phrase.regex.lastIndex = at;
      const m = phrase.regex.exec(text);
      if (!m || !m[0].length) continue;
      found.push(toMatch(phrase, m));
      next = at + m[0].length;
      break;
    }
  }
  // The few phrases that can start anywhere (emoji, emoticons) are searched for as written.
  for (const { phrase, regex } of rule.anywhere) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (!m[0].length) {
        regex.lastIndex++;
        continue;
      }
      const overlaps = found.some((f) => m!.index < f.end && f.start < m!.index + m![0].length);
      if (!overlaps) found.push(toMatch(phrase, m));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toMatch(phrase: CompiledPhrase, m: RegExpExecArray): PhraseMatch {
  const end = m.index + m[0].length;
  if (phrase.noFixRegex) {
    phrase.noFixRegex.lastIndex = m.index;
    if (phrase.noFixRegex.test(m.input)) return { start: m.index, end, phrase, better: [] };
  }
  if (phrase.noFixAheadRegex) {
    phrase.noFixAheadRegex.lastIndex = end;
    if (phrase.noFixAheadRegex.test(m.input)) return { start: m.index, end, phrase, better: [] };
  }
  const captured = (name: string) => phrase.captures.find((c) => c.name === name && m[c.group] !== undefined);
  const better = phrase.better.map((b) =>
    b
      .replace(/\{([^}]*)\}/g, (_, name: string) => {
        const c = captured(name);
        return c ? m[c.group].replace(/\s+/g, ' ') : '';
      })
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
  return { start: m.index, end, phrase, better };
}

/** A sentence of a text, and each rule's matches in it (offsets in the sentence). */
export interface SentenceSlice {
  /** Offset of the sentence in the text it was cut from. */
  from: number;
  text: string;
  matches: Map<CompiledRule, PhraseMatch[]>;
}

/** Matches by sentence text: a keystroke changes one sentence of a paragraph, and the others are found here. */
const sentenceCache = new LruCache<string, Map<CompiledRule, PhraseMatch[]>>(400_000, (text) => text.length);

/** A text cut into its sentences (language/sentences.ts), each with its cached matches. */
export function sentenceSlices(text: string): SentenceSlice[] {
  return sentenceCuts(text).map(([from, to]) => {
    const sentence = text.slice(from, to);
    let matches = sentenceCache.get(sentence);
    if (!matches) sentenceCache.set(sentence, (matches = new Map()));
    return { from, text: sentence, matches };
  });
}

/**
 * A rule's matches in a text, found sentence by sentence (each from its cache). No phrase reaches across
 * a sentence's end, so this is what one pass of `matchPhrases` over the text gives
 * (test/sentence-cache.test.ts compares the two over every corpus).
 */
export function matchPhrasesBySentence(rule: CompiledRule, sentences: SentenceSlice[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const sentence of sentences) {
    let part = sentence.matches.get(rule);
    if (!part) sentence.matches.set(rule, (part = matchPhrases(rule, sentence.text)));
    for (const m of part) found.push(shifted(m, sentence.from));
  }
  return found;
}
