/**
 * A prose block as a flat list of tokens: words (letters, digits, inner apostrophes and hyphens) and single
 * punctuation marks, with their offsets in the block, and whether each word starts a sentence. One linear
 * scan; the grammar patterns (confusables.ts) walk these tokens instead of the text.
 */

import type { WordTags } from './lexicon';

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** A word that starts a sentence: first in the block, or after . ! ? (not after an abbreviation). */
  sentenceStart: boolean;
  /** Filled in on first use by the patterns: the word in lower case with straight apostrophes, its tags. */
  normal?: string;
  tags?: WordTags;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ.-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'nos', 'fig', 'cf', 'al', 'jr', 'sr', 'co', 'ltd',
  // Units written with a point ("three 2-oz. pours", "40 hrs. a week").
  'oz', 'lb', 'lbs', 'pt', 'qt', 'gal', 'ft', 'yd', 'hr', 'hrs', 'mins', 'sec', 'secs', 'ext',
  'inc', 'dept', 'est', 'min', 'max', 'p.s', 'ps', 'a.m', 'p.m', 'am', 'pm', 'mt', 'ave', 'rd', 'tel', 'ref', 'vol', 'ed', 'eds', 'gen', 'col',
  'capt', 'lt', 'sgt', 'rev', 'hon', 'u.s', 'u.k', 'ph.d', 'b.sc', 'm.sc', 'b.a', 'm.a', 'op', 'ca', 'cca', 'viz', 'sq',
]);

/**
 * `original` is the file's text of the same range, where blanked non-prose (code, a link's URL) still
 * stands: a word right after hidden content does not start a sentence ("`npm` is" is not "Is").
 */
export function tokenize(text: string, original = text): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const word = /[\p{L}\p{M}\p{N}]/u.test(raw[0]);
    const hidden = original !== text && /[^\s*_"“‘'(\[>#]/.test(original.slice(lastEnd, start));
    const token: Token = { text: raw, start, end: start + raw.length, word, sentenceStart: word && sentenceStart && !hidden };
    tokens.push(token);
    lastEnd = token.end;
    if (word) sentenceStart = false;
    else if (raw === '.' || raw === '!' || raw === '?') {
      const previous = tokens[tokens.length - 2];
      // ("2-oz.": the word's last part is the abbreviation; "J." an initial, but "January 4." ends a sentence.)
      const abbreviation = raw === '.' && previous?.word && previous.end === start && (ABBREVIATIONS.has(previous.text.toLowerCase().split('-').pop()!) || /^\p{L}$/u.test(previous.text));
      // "3.5" and "v2.1" are one token; a full stop right before a digit or letter is not a sentence end.
      const joined = /^[\p{L}\p{N}]/u.test(text.slice(start + 1, start + 2));
      if (!abbreviation && !joined) sentenceStart = true;
    }
  }
  return tokens;
}
