/**
 * The Hunspell dictionaries (en-US: `dictionary-en`, en-GB: `dictionary-en-gb`), each compiled to a word
 * list (wordList.ts): loaded once per process, lazily, and shared by every draft. The build compiles them
 * beside the bundle (index.words, under 20 ms to load); from the sources they are compiled on first use.
 *
 * The .aff/.dic files are read with fs rather than through the packages' index.js, whose top-level await
 * and import.meta.url do not survive the CommonJS bundle. The bundle carries copies beside it
 * (dist/dictionaries/<dialect>/, see scripts/build.mjs); from the TypeScript sources (tests) the files are
 * found in node_modules from this folder upwards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dialect } from '../settings';
import { compiledFile, readCompiledData } from './dataFiles';
import { compileWordList, WordList } from './wordList';

const PACKAGES: Record<Dialect, string> = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' };

/** Where the dialect's index.aff and index.dic are. */
export function dictionaryFolder(dialect: Dialect): string {
  const bundled = join(__dirname, 'dictionaries', dialect);
  if (existsSync(join(bundled, 'index.dic'))) return bundled;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', PACKAGES[dialect]);
    if (existsSync(join(candidate, 'index.dic'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`The ${dialect} spelling dictionary was not found beside ${__dirname} nor in node_modules/${PACKAGES[dialect]}; reinstall the package.`);
}

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

/** The dialect's dictionary, loaded (or compiled) on first use. */
export function spellChecker(dialect: Dialect): SpellChecker {
  let checker = loaded.get(dialect);
  if (!checker) {
    const folder = dictionaryFolder(dialect);
    const compiled = join(folder, WORD_LIST_FILE);
    const words = existsSync(compiled) ? readCompiledData(compiled) : compileWordList(readFileSync(join(folder, 'index.aff')), readFileSync(join(folder, 'index.dic')));
    const extra = compiledFile(join(dialect, EXTRA_WORDS_FILE));
    checker = new SpellChecker(new WordList(words), extra ? new WordList(readCompiledData(extra)) : undefined);
    loaded.set(dialect, checker);
  }
  return checker;
}


/** The compiled word list's name beside index.aff and index.dic in the bundle's dictionaries. */
export const WORD_LIST_FILE = 'index.words';
/** The cspell words Hunspell lacks, in the same folder. */
export const EXTRA_WORDS_FILE = 'extra.words';
