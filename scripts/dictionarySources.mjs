// The word sources the build compiles into each dialect's extra word list (dist/dictionaries/<dialect>/
// extra.words), shared by scripts/build.mjs and the test that compares the compiled lists with these
// sources (test/dictionary-equivalence.test.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CSPELL_DIALECT = { 'en-US': '@cspell/dict-en_us', 'en-GB': '@cspell/dict-en-gb-mit' };
const CSPELL_TRIE = { 'en-US': 'en_US.trie.gz', 'en-GB': 'en_GB.trie.gz' };

const trieWords = new Map();

/** Every word of cspell's dictionary of a dialect, as its trie lists them (markers and all); read once. */
export function cspellTrieWords(dialect) {
  if (trieWords.has(dialect)) return trieWords.get(dialect);
  const text = gunzipSync(readFileSync(join(root, 'node_modules', CSPELL_DIALECT[dialect], CSPELL_TRIE[dialect]))).toString('utf8');
  const words = [...iteratorTrieWords(importTrie(text.split('\n')))];
  trieWords.set(dialect, words);
  return words;
}

/** The plain words of cspell's dictionary of a dialect (no compound markers, no case-folded copies). */
export function cspellDialectWords(dialect) {
  return cspellTrieWords(dialect).filter((word) => /^[\p{L}][\p{L}\p{M}'’-]*$/u.test(word) && word.length > 1);
}

// A word that cspell's own list of common misspellings names ("irregardless", "concious") is never
// taken from its dictionary: checking must still flag it.
export const COMMON_MISSPELLINGS = new Set(
  JSON.parse(readFileSync(join(root, 'node_modules/@cspell/dict-en-common-misspellings/dict/dict-en.json'), 'utf8'))
    .dictionaryDefinitions.flatMap((d) => [...(d.suggestWords ?? []), ...(d.flagWords ?? [])])
    .map((entry) => entry.split('->')[0].trim().toLowerCase()),
);

/** Every entry of an-array-of-english-words (MIT: ~275,000 words, both dialects). */
export const ALL_ENGLISH_WORDS = createRequire(import.meta.url)(join(root, 'node_modules/an-array-of-english-words/index.json'));

// A larger list of English words, for the words of trades and sciences that both dictionaries lack
// ("proteomics", "ganache", "cannulation"); the same filters apply, so neither dialect gains the other's
// spellings.
const ENGLISH_WORDS = ALL_ENGLISH_WORDS.filter((w) => /^[a-z][a-z'-]*$/.test(w) && w.length > 2);

/**
 * The words of cspell's dictionary of the dialect (SCOWL-based, MIT) and of the larger English list that
 * the dialect's Hunspell dictionary lacks: "focaccia", "preprints", "phlebotomy". A word the other
 * dialect's Hunspell accepts and this one's does not is a spelling of the other dialect ("programme" in
 * en-US): the larger lists may allow it, the dialect check must not.
 */
export function extraWords(dialect, hunspellCorrect, otherHunspellCorrect) {
  const candidates = new Set([...cspellDialectWords(dialect), ...ENGLISH_WORDS]);
  return [...candidates].filter((w) => !hunspellCorrect(w) && !otherHunspellCorrect(w) && !COMMON_MISSPELLINGS.has(w.toLowerCase()));
}

/** The licence files of the extra word list's sources. */
export function extraLicences(dialect) {
  return [join(root, 'node_modules', CSPELL_DIALECT[dialect], 'LICENSE'), join(root, 'node_modules/an-array-of-english-words/license')];
}
