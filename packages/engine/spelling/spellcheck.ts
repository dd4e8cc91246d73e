/**
 * Two questions for the dialect's dictionary: which words of a prose block are unknown, and whether given
 * words are in the dictionary. The first is asked of retext-spell, over the English sentence tree
 * (retext-english) that grammar reads too: it judges each word as it always does (apostrophes straightened,
 * numbers and times skipped, a word made of parts such as "e-mail" correct when each part is). Its checker
 * is the dialect's Hunspell dictionary (dictionaries.ts, served through nspellCompatible.ts). A block's
 * unknown words are cached by its text, so re-checking an unchanged paragraph costs one map lookup. The
 * second question, asked hundreds of times per suggestion search, goes straight to the same dictionary.
 */
import type { Root } from 'nlcst';
import retextSpell from 'retext-spell';
import { unified } from 'unified';
import type { Dialect } from '../settings';
import { spellChecker, type SpellChecker } from './dictionaries';
import { englishTree } from './english';
import { bySentence } from '../language/sentences';
import { LruCache } from './lru';
import type { CompiledDictionary } from './nspellCompatible';

/** A word the dictionary does not know, with offsets relative to the checked text. */
export interface UnknownWord {
  start: number;
  end: number;
  word: string;
}

/**
 * Unknown words by dialect, then by the text of a block or a sentence. Keyed by the text itself: a
 * paragraph's text is the same string from one check to the next (draft.ts keeps it with the parsed
 * chunk), so its hash is computed once, where a key joined to a prefix would be hashed whole on every
 * keystroke. Limited by characters, not entries: a long single-paragraph file edited key by key makes a
 * new long key on every keystroke.
 */
const blockCaches = new Map<string, LruCache<string, UnknownWord[]>>();

function cacheFor(dialect: Dialect, of: 'blocks' | 'sentences'): LruCache<string, UnknownWord[]> {
  const name = `${dialect} ${of}`;
  let cache = blockCaches.get(name);
  if (!cache) blockCaches.set(name, (cache = new LruCache<string, UnknownWord[]>(400_000, (key) => key.length)));
  return cache;
}

/**
 * retext-spell remembers every distinct unknown word it has reported and cannot be told to forget; after
 * this many the dialect's processor is rebuilt (cheap: the dictionary itself is shared).
 */
const MAX_UNKNOWN_SEEN = 50_000;

const EMPTY = new Uint8Array(0);
const spellers = new Map<Dialect, { transform: (tree: Root, file: unknown) => void; seen: number }>();

function speller(dialect: Dialect) {
  let entry = spellers.get(dialect);
  if (!entry || entry.seen > MAX_UNKNOWN_SEEN) {
    const dictionary: CompiledDictionary = { aff: EMPTY, dic: EMPTY, wordList: spellChecker(dialect) };
    // max < 0: retext-spell never runs nspell's (slow) suggestion search; suggest.ts ranks its own.
    // ignoreLiteral off: a misspelt word in quotes is still a misspelt word in an email.
    const processor = unified().use(retextSpell, { dictionary, max: -1, ignoreLiteral: false }).freeze();
    entry = { transform: (tree, file) => processor.runSync(tree as never, file as never), seen: 0 };
    spellers.set(dialect, entry);
  }
  return entry;
}

interface Collected {
  place?: { start?: { offset?: number }; end?: { offset?: number } };
}

/**
 * Stands in for a VFile: retext-spell only calls `message` (and `info`), and a real VFile would build an
 * Error, with its stack trace, for every message.
 */
function collector(): { messages: Collected[]; file: unknown } {
  const messages: Collected[] = [];
  const file = {
    messages,
    message(_reason: string, options: { place?: Collected['place'] }) {
      const message: Collected = { place: options.place };
      messages.push(message);
      return message;
    },
    info() {
      return {};
    },
  };
  return { messages, file };
}

/**
 * The unknown words of a prose text (non-prose already blanked), cached by text and dialect, and found
 * sentence by sentence: a keystroke changes one sentence, and the others come from the cache. A word is
 * judged on its own, so this is what one pass over the text gives (test/sentence-cache.test.ts).
 */
export function unknownWords(text: string, dialect: Dialect): UnknownWord[] {
  const cache = cacheFor(dialect, 'blocks');
  const cached = cache.get(text);
  if (cached) return cached;
  const words = bySentence(text, (sentence) => unknownWordsInOnePass(sentence, dialect));
  cache.set(text, words);
  return words;
}

/** The unknown words of a text, parsed whole; cached by text (the sentences', in unknownWords). */
export function unknownWordsInOnePass(text: string, dialect: Dialect): UnknownWord[] {
  const cache = cacheFor(dialect, 'sentences');
  const cached = cache.get(text);
  if (cached) return cached;
  const entry = speller(dialect);
  const { messages, file } = collector();
  // retext-spell only reads the tree, so the tree grammar also reads is shared.
  entry.transform(englishTree(text), file);
  entry.seen += messages.length;
  const words: UnknownWord[] = [];
  for (const m of messages) {
    const start = m.place?.start?.offset;
    const end = m.place?.end?.offset;
    if (start !== undefined && end !== undefined) words.push({ start, end, word: text.slice(start, end) });
  }
  cache.set(text, words);
  return words;
}

/** Numbers and times are not words to spell. */
function irrelevant(word: string): boolean {
  return /^\d+$/.test(word) || /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(word);
}

/**
 * Whether each word is in the dialect's dictionary (Hunspell casing rules: "Monday" is correct,
 * "monday" is not; "interview" also accepts "Interview" and "INTERVIEW").
 */
export function dictionaryKnows(words: Iterable<string>, dialect: Dialect): Map<string, boolean> {
  const checker = spellChecker(dialect);
  const result = new Map<string, boolean>();
  for (const word of words) {
    if (result.has(word)) continue;
    const actual = word.replace(/’/g, "'");
    result.set(word, irrelevant(actual) || checker.correct(actual));
  }
  return result;
}

export function isDictionaryWord(word: string, dialect: Dialect): boolean {
  return dictionaryKnows([word], dialect).get(word) ?? false;
}
