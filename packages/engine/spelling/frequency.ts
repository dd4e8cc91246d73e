/**
 * How common a word is, as its rank in the SUBTLEX-US frequency list (data/wordFrequency.ts): the
 * commonness half of suggestion ranking. British spellings, rare in an American corpus, are looked up
 * in their American form ("organisation" ranks as "organization").
 */
import { WORDS_BY_FREQUENCY } from './data/wordFrequency';

let ranks: Map<string, number> | undefined;
let byInitial: Map<string, string[]> | undefined;

function load(): Map<string, number> {
  if (!ranks) {
    ranks = new Map();
    WORDS_BY_FREQUENCY.split('\n').forEach((word, index) => ranks!.set(word, index + 1));
  }
  return ranks;
}

export const RANKED_WORDS = 30_000;

const BRITISH_TO_AMERICAN: Array<[RegExp, string]> = [
  [/our(s|ed|ing|ful|able|ite|ites)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/yse(s|d)?$/, 'yze$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence$/, 'ense'],
  [/mme(s)?$/, 'm$1'],
];

/** The word's rank (1 = most frequent), or undefined when it is not among the ranked words. */
export function frequencyRank(word: string): number | undefined {
  const map = load();
  const lower = word.toLowerCase();
  const rank = map.get(lower);
  if (rank !== undefined) return rank;
  for (const [pattern, replacement] of BRITISH_TO_AMERICAN) {
    if (!pattern.test(lower)) continue;
    const american = map.get(lower.replace(pattern, replacement));
    if (american !== undefined) return american;
  }
  return undefined;
}

/** Ranked words by first letter, most frequent first: the pool for two-edit suggestions. */
export function rankedWordsStartingWith(letter: string): readonly string[] {
  if (!byInitial) {
    byInitial = new Map();
    // The words already split for the ranks (in frequency order), not a second copy of all 30,000.
    for (const word of load().keys()) {
      const list = byInitial.get(word[0]);
      if (list) list.push(word);
      else byInitial.set(word[0], [word]);
    }
  }
  return byInitial.get(letter) ?? [];
}
