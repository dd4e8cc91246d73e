/**
 * What the grammar checks ask of a token, computed once per token however many of them ask: its word in
 * lower case with straight apostrophes, and its part-of-speech tags (lexicon.ts).
 */
import { lexicon, type WordTags } from './lexicon';
import type { Token } from './tokens';

export function normalOf(token: Token): string {
  return (token.normal ??= token.text.replace(/[’ʼ]/g, "'").toLowerCase());
}

export function tagsOf(token: Token): WordTags {
  return (token.tags ??= lexicon().tags(token.text));
}

/** A word token (not punctuation), if any. */
export const isWord = (token: Token | undefined): token is Token => !!token && token.word;

/** A set of words written as one space-separated string (short word lists in the checks' code). */
export const wordSet = (list: string): Set<string> => new Set(list.split(' '));
