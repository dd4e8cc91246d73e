/**
 * Names and terms that spelling accepts beyond the Hunspell dictionary: people's names, companies,
 * software and web terms, from the @cspell/dict-* word lists (MIT), made for spell checkers and kept up
 * to date by their authors. The build compiles them into one word list (wordList.ts format, about 0.4 MB,
 * outside the JavaScript heap), loaded on first use. Lists left out, and why: docs/decisions.md.
 */
import { readFileSync } from 'node:fs';
import { compiledFile, packageFile, readCompiledData } from './dataFiles';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { compilePlainWordList, WordList } from './wordList';

export { compilePlainWordList };

/** Package, files: the lists compiled into the terms word list. */
export const TERM_SOURCES: ReadonlyArray<[string, string[]]> = [
  ['@cspell/dict-people-names', ['dict/people-names.txt']],
  ['@cspell/dict-companies', ['dict/companies.txt']],
  ['@cspell/dict-fullstack', ['dict/fullstack.txt']],
  [
    '@cspell/dict-software-terms',
    ['dict/softwareTerms.txt.gz', 'dict/software-tools.txt', 'dict/networkingTerms.txt', 'dict/webServices.txt', 'dict/computing-acronyms.txt', 'dict/coding-compound-terms.txt'],
  ],
];

const WORD = /^[\p{L}][\p{L}\p{M}\p{N}'’.-]*$/u;

/**
 * Every word of every list, sorted and unique, but for words that are common misspellings ("Jospeh").
 * cspell's own markers (~ case-folded copies, ! forbidden
 * words, + and * compound parts) are left out; an entry of several words gives each of its words.
 */
export function termWords(nodeModules: string, misspellings: ReadonlySet<string> = new Set()): string[] {
  const words = new Set<string>();
  for (const [pkg, files] of TERM_SOURCES) {
    for (const file of files) {
      const path = join(nodeModules, pkg, file);
      const raw = readFileSync(path);
      for (const line of (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) {
        const entry = line.trim();
        if (!entry || entry.startsWith('#') || /^[~!+*]/.test(entry) || /[+*]$/.test(entry)) continue;
        for (const word of entry.split(/\s+/)) if (WORD.test(word) && word.length > 1 && !misspellings.has(word.toLowerCase())) words.add(word);
      }
    }
  }
  return [...words].sort();
}

/** The compiled terms list's name in the bundle's dictionaries folder. */
export const TERMS_FILE = 'terms.words';

let loaded: WordList | undefined;

/** The terms word list: from the bundle's dictionaries, the build's dist/dictionaries, or compiled now. */
export function termList(): WordList {
  if (loaded) return loaded;
  const compiled = compiledFile(TERMS_FILE);
  if (compiled) return (loaded = new WordList(readCompiledData(compiled)));
  const source = packageFile(TERM_SOURCES[0][0]);
  if (source) return (loaded = new WordList(compilePlainWordList(termWords(dirname(dirname(source))))));
  throw new Error(`The names and terms list (${TERMS_FILE}) was not found beside ${__dirname}; rebuild with "npm run build".`);
}

/** Whether a word is a known name or term (Hunspell's casing: "kubernetes" matches "Kubernetes" only if listed so). */
export function isKnownTerm(word: string): boolean {
  return termList().correct(word.replace(/’/g, "'"));
}
