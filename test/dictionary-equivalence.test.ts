/**
 * The compiled word lists that ship (dist/dictionaries: each dialect's Hunspell list and extra list, and
 * the names and terms list) must accept and reject exactly what their sources do: the Hunspell .aff/.dic
 * as nspell reads them, and the word lists (cspell's dialect dictionaries, an-array-of-english-words, the
 * @cspell/dict-* name and term lists) after the build's filters, each read by nspell as a plain
 * dictionary. Asked: every word of every source as written (every form Hunspell's affix rules expand to,
 * every word of the cspell tries and lists, filtered out or not); and, for every VARIANTS_EVERY-th word
 * (a fixed sample, so that the test stays well under a minute), the word in lower case, capitals and
 * Capitalised, and a near-miss of it (one letter deleted, replaced, inserted or two swapped, chosen by a
 * seeded generator). The names and terms list is small: every word of it gets its variants.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { SpellChecker } from '../packages/engine/spelling/dictionaries';
import { TERM_SOURCES, termWords } from '../packages/node-host/termSources';
import { WordList } from '../packages/engine/spelling/wordList';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { ALL_ENGLISH_WORDS, COMMON_MISSPELLINGS, cspellTrieWords, extraWords } from '../scripts/dictionarySources.mjs';
import { mulberry32 } from './helpers/random';

const ROOT = join(__dirname, '..');
const NODE_MODULES = join(ROOT, 'node_modules');
const DIST = join(ROOT, 'dist', 'dictionaries');
const PACKAGES = { 'en-US': 'dictionary-en', 'en-GB': 'dictionary-en-gb' } as const;
type Dialect = keyof typeof PACKAGES;

const hunspell = (dialect: Dialect) => {
  const folder = join(NODE_MODULES, PACKAGES[dialect]);
  return nspell({ aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) });
};

/** A word list as a plain Hunspell dictionary (no affixes): the source's own answers, by nspell. */
const plainDictionary = (words: readonly string[]) => nspell({ aff: 'SET UTF-8\n', dic: `${words.length}\n${words.join('\n')}\n` });

const compiled = (file: string) => new WordList(readFileSync(join(DIST, file)));

const LETTERS = "abcdefghijklmnopqrstuvwxyz'-é";

/** The word in three casings and one near-miss of it. */
function variants(word: string, random: () => number): string[] {
  const at = Math.floor(random() * (word.length + 1));
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  let edit: string;
  switch (Math.floor(random() * 4)) {
    case 0:
      edit = word.slice(0, at) + word.slice(at + 1);
      break;
    case 1:
      edit = word.slice(0, at) + letter + word.slice(at + 1);
      break;
    case 2:
      edit = word.slice(0, at) + letter + word.slice(at);
      break;
    default:
      edit = at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : `${word}s`;
  }
  return [word, word.toLowerCase(), word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(), edit];
}

/** Every word of the dialects' sources as written; casings and a near-miss of one word in this many. */
const VARIANTS_EVERY = 3;

/**
 * Asks both every word, and every `variantsEvery`-th word's variants; returns the count asked and the
 * words they disagree on (at most 20).
 */
function compare(words: Iterable<string>, seed: number, variantsEvery: number, ours: (w: string) => boolean, source: (w: string) => boolean) {
  const random = mulberry32(seed);
  const differ: string[] = [];
  let asked = 0;
  let n = 0;
  for (const word of words) {
    if (!word || word.includes('\n')) continue;
    for (const v of n++ % variantsEvery === 0 ? variants(word, random) : [word]) {
      asked++;
      if (ours(v) !== source(v) && differ.length < 20) differ.push(`${v}: compiled ${ours(v)}, source ${source(v)}`);
    }
  }
  return { asked, differ };
}

/** Every word of the term lists' raw entries (before the build's filters). */
function rawTermEntries(): Set<string> {
  const words = new Set<string>();
  for (const [pkg, files] of TERM_SOURCES) {
    for (const file of files) {
      const path = join(NODE_MODULES, pkg, file);
      const raw = readFileSync(path);
      for (const line of (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) for (const word of line.trim().split(/\s+/)) words.add(word);
    }
  }
  return words;
}

describe.each(['en-GB', 'en-US'] as const)('the compiled %s dictionary', (dialect) => {
  it('accepts and rejects as its sources, over every word of every source and a near-miss of each', { timeout: 120_000 }, () => {
    const reference = hunspell(dialect);
    const other = hunspell(dialect === 'en-US' ? 'en-GB' : 'en-US');
    const extraSource = plainDictionary(extraWords(dialect, (w: string) => reference.correct(w), (w: string) => other.correct(w)));
    const checker = new SpellChecker(compiled(`${dialect}/index.words`), compiled(`${dialect}/extra.words`));
    const source = (w: string) => reference.correct(w) || extraSource.correct(w);

    const expansions = Object.keys((reference as unknown as { data: Record<string, unknown> }).data);
    const words = new Set<string>([...expansions, ...cspellTrieWords(dialect), ...ALL_ENGLISH_WORDS]);
    expect(expansions.length).toBeGreaterThan(100_000);
    const { asked, differ } = compare(words, dialect === 'en-GB' ? 1 : 2, VARIANTS_EVERY, (w) => checker.correct(w), source);
    expect(differ).toEqual([]);
    expect(words.size).toBeGreaterThan(300_000);
    expect(asked).toBeGreaterThan(words.size + (words.size / VARIANTS_EVERY) * 4 - 10);
    if (process.env.FOLLOWUP_COVERAGE) console.info(`${dialect}: ${words.size} source words, ${asked} words asked`);
  });
});

describe('the compiled names and terms list', () => {
  it('accepts and rejects as its source lists, over every entry and a near-miss of each', { timeout: 120_000 }, () => {
    const source = plainDictionary(termWords(NODE_MODULES, COMMON_MISSPELLINGS));
    const list = compiled('terms.words');
    const { asked, differ } = compare(rawTermEntries(), 3, 1, (w) => list.correct(w), (w) => source.correct(w));
    expect(differ).toEqual([]);
    expect(asked).toBeGreaterThan(5 * 40_000);
    if (process.env.FOLLOWUP_COVERAGE) console.info(`terms: ${asked} words asked`);
  });
});
