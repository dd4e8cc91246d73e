/**
 * The words of organisations' names, from organisations.json: what ends a name ("Academy", "Bank"), what
 * says the kind of organisation rather than which one, and which capitalised words are too ordinary to be
 * a slip of a company's name. Shared by structure/company-name-mismatch and structure/other-organisation.
 */
import data from './organisations.json';
import { LEGAL_SUFFIXES } from './phrases';

export const ORGANISATION_ENDINGS: ReadonlySet<string> = new Set(data.endings);
const GENERIC = new Set([...data.generic, ...data.endings.map((w) => w.toLowerCase()), ...LEGAL_SUFFIXES]);
export const SENTENCE_WORDS: ReadonlySet<string> = new Set(data.sentenceWords);
export const ORGANISATION_CONTEXT = { before: data.before, after: data.after, notBefore: data.notBefore };

/** Whether a word of a name says what kind of organisation it is ("School", "Trust", "of"), not which. */
export function isGenericWord(word: string): boolean {
  return GENERIC.has(word.toLowerCase());
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The words that tell one organisation from another: capitalised and not generic ("Hearst" in "Hearst
 * Communications", "Hillcroft" in "Hillcroft School"), of at least `minLength` letters.
 */
export function distinctiveWords(name: string, minLength = 1): string[] {
  return [...name.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= minLength && /^\p{Lu}/u.test(w) && !isGenericWord(w));
}
