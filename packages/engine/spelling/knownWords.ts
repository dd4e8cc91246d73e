/**
 * Words a draft may use that the dictionary does not know: the draft's own names, the user's words, the
 * job-search words, acronyms. Matching follows Hunspell's casing rule: a lower-case entry matches any
 * capitalisation, an entry with capitals matches itself and its ALL-CAPS form.
 */
import type { Dialect } from '../settings';
import { DIALECT_WORDS, JOB_SEARCH_WORDS } from './data/jobSearchWords';

export class KnownWords {
  private readonly exact = new Set<string>();
  private readonly anyCase = new Set<string>();

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const w = normalise(word);
    if (!w) return;
    if (w === w.toLowerCase()) this.anyCase.add(w);
    else {
      this.exact.add(w);
      this.exact.add(w.toUpperCase());
    }
  }

  has(word: string): boolean {
    const w = normalise(word);
    return this.exact.has(w) || this.anyCase.has(w.toLowerCase());
  }
}

function normalise(word: string): string {
  return word.trim().replace(/’/g, "'");
}

export const JOB_SEARCH = new KnownWords(JOB_SEARCH_WORDS);

const dialectWords: Record<Dialect, KnownWords> = {
  'en-GB': new KnownWords(DIALECT_WORDS['en-GB']),
  'en-US': new KnownWords(DIALECT_WORDS['en-US']),
};

/** Built-in words known in every draft of the dialect: job-search words and the dialect's own extras. */
export function isBuiltInWord(word: string, dialect: Dialect): boolean {
  return JOB_SEARCH.has(word) || dialectWords[dialect].has(word);
}

/** The words of names and lines: "Hartley & Finch LLP" -> Hartley, Finch, LLP. */
export function wordsOf(texts: Iterable<string>): string[] {
  const out: string[] = [];
  for (const text of texts) for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu)) out.push(m[0]);
  return out;
}

/** An acronym: ALL CAPS of up to five letters (digits allowed: "B2B"), with an optional plural "s": "KPIs". */
export function isAcronym(word: string): boolean {
  const core = word.endsWith('s') ? word.slice(0, -1) : word;
  return /^[\p{Lu}\d]+$/u.test(core) && /\p{Lu}/u.test(core) && core.replace(/\d/g, '').length <= 5;
}

/** The word without a possessive ending: "Finch's" -> "Finch", "Hartleys'" -> "Hartleys". */
export function withoutPossessive(word: string): string | undefined {
  const m = /^(.+?)(?:['’]s|['’])$/u.exec(word);
  return m ? m[1] : undefined;
}
