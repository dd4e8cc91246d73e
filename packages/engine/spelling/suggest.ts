/**
 * Spelling suggestions, best first, fast enough for a code action (Hunspell's own search takes up to half
 * a second). Candidates are every word one edit away (deletion, transposition, substitution, insertion,
 * or a missing space: "alot" -> "a lot") and the common words within two cheap edits; the dialect's
 * dictionary decides which are words; they are ranked by how likely the slip is (editCost.ts) and how
 * common the word is (frequency.ts). A common misspelling's usual correction (misspellings.ts) comes
 * first. The original's capitalisation is kept.
 */
import type { Dialect } from '../settings';
import { editCost } from './editCost';
import { frequencyRank, rankedWordsStartingWith, RANKED_WORDS } from './frequency';
import { LruCache } from './lru';
import { commonCorrection } from './misspellings';
import { dictionaryKnows } from './spellcheck';

const ALPHABET = "abcdefghijklmnopqrstuvwxyz'";
const MAX_SUGGESTIONS = 6;
/** Common words further than this from the typed word are not suggested. */
const MAX_COST = 2;
/** A one-edit candidate this close is a likely enough slip that no further search is needed. */
const GOOD_ENOUGH = 0.6;
/** Cost of a missing space ("alot" -> "a lot"), before the parts' rarity. */
const SPLIT_COST = 1;
/** Stop looking for two-edit candidates after this long; one-edit candidates are always complete. */
const TIME_BUDGET_MS = 30;
/** What rarity adds to a candidate's cost: 0 for the most common word, up to this for rare ones. */
const RARITY_WEIGHT = 0.6;
/** Changing the first letter is a rarer slip than the others. */
const FIRST_LETTER_COST = 0.3;

const cache = new LruCache<string, string[]>(2000);

export function suggestSpelling(word: string, dialect: Dialect): string[] {
  const key = `${dialect}\u0000${word}`;
  let suggestions = cache.get(key);
  if (!suggestions) {
    suggestions = search(word, dialect);
    cache.set(key, suggestions);
  }
  return [...suggestions];
}

type Shape = 'lower' | 'capitalised' | 'upper';

function shapeOf(word: string): Shape {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'upper';
  if (word[0] !== word[0].toLowerCase()) return 'capitalised';
  return 'lower';
}

function reshape(candidate: string, shape: Shape): string {
  if (shape === 'upper') return candidate.toUpperCase();
  if (shape === 'capitalised') return candidate[0].toUpperCase() + candidate.slice(1);
  return candidate;
}

function search(word: string, dialect: Dialect): string[] {
  const deadline = performance.now() + TIME_BUDGET_MS;
  const typed = word.replace(/’/g, "'").toLowerCase();
  if (!typed || typed.length > 40) return [];
  const shape = shapeOf(word);
  // Candidates are lower case, checked in the typed word's shape, where Hunspell's casing rules apply.
  const spelled = (w: string) => (shape === 'lower' ? w : reshape(w, shape));
  const scored = new Map<string, number>();
  let closest = Infinity;
  const consider = (candidates: Iterable<string>) => {
    const fresh = [...candidates].filter((c) => c !== typed && !scored.has(reshape(c, shape)));
    const known = dictionaryKnows(fresh.map(spelled), dialect);
    for (const c of fresh) {
      if (!known.get(spelled(c))) continue;
      const cost = editCost(typed, c);
      closest = Math.min(closest, cost);
      scored.set(reshape(c, shape), cost + rarity(c) + (typed[0] !== c[0] ? FIRST_LETTER_COST : 0));
    }
  };

  // A common misspelling's usual correction comes first: "alot" is "a lot" far more often than "allot".
  const usual = commonCorrection(typed);
  if (usual && usual !== typed) {
    const parts = usual.split(' ').map((part, i) => (i === 0 ? spelled(part) : part));
    if ([...dictionaryKnows(parts, dialect).values()].every(Boolean)) scored.set(shape === 'upper' ? usual.toUpperCase() : reshape(usual, shape), -1);
  }
  consider(edits(typed));
  // A proper noun typed in lower case: "london" -> "London".
  const properNoun = typed[0].toUpperCase() + typed.slice(1);
  if (shape === 'lower' && properNoun !== typed && dictionaryKnows([properNoun], dialect).get(properNoun)) scored.set(properNoun, 0.1);
  // Two words run together: a missing space is cheap, but both parts must be words.
  const splits = spaceSplits(typed);
  const parts = dictionaryKnows(splits.flatMap(([left, right]) => [spelled(left), right]), dialect);
  for (const [left, right] of splits) {
    if (!parts.get(spelled(left)) || !parts.get(right)) continue;
    const text = `${reshape(left, shape)} ${shape === 'upper' ? right.toUpperCase() : right}`;
    if (!scored.has(text)) scored.set(text, SPLIT_COST + rarity(left) / 2 + rarity(right) / 2);
  }
  // No single cheap slip explains the word: look further, among common words.
  if (closest > GOOD_ENOUGH) consider(nearCommonWords(typed, deadline));

  return [...scored]
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map(([text]) => text);
}

function rarity(word: string): number {
  const rank = frequencyRank(word);
  if (rank === undefined) return RARITY_WEIGHT;
  return (RARITY_WEIGHT * Math.log(rank + 1)) / Math.log(RANKED_WORDS + 1);
}

/** Every string one edit from `word`. */
function edits(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) out.push(head + tail.slice(1));
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of ALPHABET) {
      if (tail && c !== tail[0]) out.push(head + c + tail.slice(1));
      out.push(head + c + tail);
    }
  }
  return out;
}

/** Ranked common words close to `typed` (two cheap edits or so), sharing its first or second letter. */
function nearCommonWords(typed: string, deadline: number): string[] {
  const out: string[] = [];
  const initials = new Set([typed[0], typed[1]].filter((c): c is string => !!c && /[a-z]/.test(c)));
  for (const initial of initials) {
    const words = rankedWordsStartingWith(initial);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (Math.abs(w.length - typed.length) > 2) continue;
      if (editCost(typed, w, MAX_COST) <= MAX_COST) out.push(w);
      if ((i & 255) === 0 && performance.now() > deadline) return out;
    }
  }
  return out;
}

/** Short words that may stand on either side of a missing space ("ofthe", "alot"). */
const SHORT_WORDS = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);
/** Longer parts of a split must be at least this common, or "admited" would become "admit ed". */
const SPLIT_PART_RANK = 10_000;

/** Ways to split a run-together word into two common words ("alot" -> "a lot", "infact" -> "in fact"). */
function spaceSplits(typed: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const common = (part: string) => SHORT_WORDS.has(part) || (part.length > 2 && (frequencyRank(part) ?? Infinity) <= SPLIT_PART_RANK);
  for (let i = 1; i < typed.length; i++) {
    const left = typed.slice(0, i);
    const right = typed.slice(i);
    if (common(left) && common(right)) out.push([left, right]);
  }
  return out;
}
