/**
 * Names and terms that spelling accepts beyond the Hunspell dictionary: people's names, companies,
 * software and web terms, from the @cspell/dict-* word lists (MIT), made for spell checkers and kept up
 * to date by their authors. The build compiles them into one word list (wordList.ts format, about 0.4 MB,
 * outside the JavaScript heap), loaded on first use. Lists left out, and why: docs/decisions.md.
 */
import { readLanguageData } from '../languageData';
import { compilePlainWordList, WordList } from './wordList';

export { compilePlainWordList };

/** The compiled terms list's name in the bundle's dictionaries folder. */
export const TERMS_FILE = 'terms.words';

let loaded: WordList | undefined;

/** The terms word list, from the host's language data (TERMS_FILE), read on first use. */
export function termList(): WordList {
  if (loaded) return loaded;
  const compiled = readLanguageData(TERMS_FILE);
  if (compiled) return (loaded = new WordList(compiled));
  throw new Error(`The names and terms list (${TERMS_FILE}) was not found; rebuild with "npm run build".`);
}

/** Whether a word is a known name or term (Hunspell's casing: "kubernetes" matches "Kubernetes" only if listed so). */
export function isKnownTerm(word: string): boolean {
  return termList().correct(word.replace(/’/g, "'"));
}
