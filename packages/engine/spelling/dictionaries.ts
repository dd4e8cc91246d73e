/**
 * The Hunspell dictionaries (en-US: `dictionary-en`, en-GB: `dictionary-en-gb`), each compiled to a word
 * list (wordList.ts): loaded once per process, lazily, and shared by every draft. The host's language data
 * gives `<dialect>/index.words` (the build compiles it beside the bundle, under 20 ms to load), or else the
 * dialect's `index.aff` and `index.dic`, compiled here on first use.
 */
import type { Dialect } from '../settings';
import { readLanguageData } from '../languageData';
import { compileWordList, WordList } from './wordList';

/**
 * The dialect's dictionary: the Hunspell word list, then the words of cspell's dictionary of the same
 * dialect that Hunspell lacks (extra.words, compiled by the build: "focaccia", "preprints").
 */
export class SpellChecker {
  constructor(
    readonly hunspell: WordList,
    private readonly extra: WordList | undefined,
  ) {}

  correct(word: string): boolean {
    return this.hunspell.correct(word) || (this.extra?.correct(word) ?? false);
  }
}

const loaded = new Map<Dialect, SpellChecker>();

function hunspellFile(dialect: Dialect, file: string): Uint8Array {
  const data = readLanguageData(`${dialect}/${file}`);
  if (!data) throw new Error(`The ${dialect} spelling dictionary (${dialect}/${file}) was not found; reinstall the package.`);
  return data;
}

/** The dialect's dictionary, loaded (or compiled) on first use. */
export function spellChecker(dialect: Dialect): SpellChecker {
  let checker = loaded.get(dialect);
  if (!checker) {
    const words = readLanguageData(`${dialect}/${WORD_LIST_FILE}`) ?? compileWordList(hunspellFile(dialect, 'index.aff'), hunspellFile(dialect, 'index.dic'));
    const extra = readLanguageData(`${dialect}/${EXTRA_WORDS_FILE}`);
    checker = new SpellChecker(new WordList(words), extra ? new WordList(extra) : undefined);
    loaded.set(dialect, checker);
  }
  return checker;
}


/** The compiled word list's name beside index.aff and index.dic in the bundle's dictionaries. */
export const WORD_LIST_FILE = 'index.words';
/** The cspell words Hunspell lacks, in the same folder. */
export const EXTRA_WORDS_FILE = 'extra.words';
