/**
 * The compiled language data the engine reads, as paths under the build's `dist/dictionaries/` folder:
 * what a host without a file system of its own (the browser worker) must be handed before checking.
 * The names are the loaders' own (test/web-language-data.test.ts keeps them in step).
 */
import type { Dialect } from './settings';

export const LANGUAGE_DATA_FOLDER = 'dictionaries';

/** Needed whatever the dialect: names and terms, the part-of-speech lexicon, common misspellings. */
export const SHARED_LANGUAGE_DATA = ['terms.words', 'lexicon.tags', 'misspellings.tsv'] as const;

/** A dialect's Hunspell word list and the cspell words it lacks. */
export function dialectLanguageData(dialect: Dialect): string[] {
  return [`${dialect}/index.words`, `${dialect}/extra.words`];
}
