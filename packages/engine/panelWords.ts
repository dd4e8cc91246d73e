/**
 * What two thank-yous of one panel are compared on: the words of the main text (greeting, sign-off and
 * signature set aside), lower case, with the names of the people and the company left out, so "Dear Ms
 * Hale" and "Dear Mr Shah" over the same paragraphs read as the same email. Word 3-grams of those words are
 * the email's fingerprint; two fingerprints are compared by Jaccard similarity (shared 3-grams over all
 * 3-grams). Building and comparing them is linear in the length of the texts.
 */
import { parseDraft, type Draft } from './draft';
import { readLetter, type Letter } from './letter';
import { proseWords } from './rules/structure/body';

/** Word n-grams: long enough that a shared stock phrase ("thank you for") is one gram, not a match. */
const GRAM = 3;

/** The compared words of a thank-you's main text, joined by single spaces. */
export function panelWords(draft: Draft, letter: Letter, names: ReadonlyArray<string | undefined>): string {
  const masked = new Set(
    names
      .filter((n): n is string => !!n)
      .flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u))
      .filter((w) => w.length > 1),
  );
  return proseWords(draft, letter.mainStart, letter.mainEnd)
    .map((w) => w.text.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''))
    .filter((w) => !masked.has(w))
    .join(' ');
}

/** The same, read from a draft's whole text (a sibling's file). */
export function panelWordsOfText(text: string, names: ReadonlyArray<string | undefined>): string {
  const draft = parseDraft(text);
  const letter = readLetter(draft);
  return panelWords(draft, letter, [...names, letter.signatureName]);
}

function grams(words: string): Set<string> {
  const list = words ? words.split(' ') : [];
  const out = new Set<string>();
  for (let i = 0; i + GRAM <= list.length; i++) out.add(list.slice(i, i + GRAM).join(' '));
  return out;
}

/** Jaccard similarity of the two texts' word 3-grams (0: nothing shared, 1: the same words in the same order). */
export function panelSimilarity(a: string, b: string): number {
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size || !gb.size) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return shared / (ga.size + gb.size - shared);
}

/** Longer than any thank-you (a few hundred words): a sibling this long is not compared. */
export const PANEL_MAX_CHARS = 20_000;

/** How many words a main text needs before it is compared: a two-line note has too little to judge. */
export const PANEL_MIN_WORDS = 12;

export function wordCount(words: string): number {
  return words ? words.split(' ').length : 0;
}
