/**
 * Asking retext-spell two questions: which words of a prose block are unknown, and whether given words
 * are in the dictionary. Both go through the dialect's one retext-spell processor, so there is a single
 * nspell checker (about 30 MB) per dialect. Answers are cached: re-checking an unchanged paragraph, or a
 * candidate word already judged, costs one map lookup.
 */
import type { Dialect } from '../settings';
import { noteUnknownWords, spellProcessor, type SpellProcessor } from './dictionaries';
import { LruCache } from './lru';

/** A word retext-spell does not know, with offsets relative to the checked text. */
export interface UnknownWord {
  start: number;
  end: number;
  word: string;
}

type Tree = Parameters<SpellProcessor['runSync']>[0];
type FileLike = Parameters<SpellProcessor['runSync']>[1];

interface Collected {
  actual?: string;
  place?: { start?: { offset?: number }; end?: { offset?: number } };
}

/**
 * Stands in for a VFile: retext-spell only calls `message` (and `info`), and a real VFile would build an
 * Error, with its stack trace, for every one of the hundreds of non-words a suggestion search checks.
 */
function collector(): { messages: Collected[]; file: FileLike } {
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
  return { messages, file: file as unknown as FileLike };
}

const blockCache = new LruCache<string, UnknownWord[]>(4000);

/** The unknown words of a prose text (non-prose already blanked), cached by text and dialect. */
export function unknownWords(text: string, dialect: Dialect): UnknownWord[] {
  const key = `${dialect}\u0000${text}`;
  const cached = blockCache.get(key);
  if (cached) return cached;
  const processor = spellProcessor(dialect);
  const { messages, file } = collector();
  processor.runSync(processor.parse(text), file);
  noteUnknownWords(dialect, messages.length);
  const words: UnknownWord[] = [];
  for (const m of messages) {
    const start = m.place?.start?.offset;
    const end = m.place?.end?.offset;
    if (start === undefined || end === undefined) continue;
    words.push({ start, end, word: text.slice(start, end) });
  }
  blockCache.set(key, words);
  return words;
}

const verdicts = new LruCache<string, boolean>(200_000);

/**
 * Whether each word is in the dialect's dictionary (Hunspell casing rules: "Monday" is correct,
 * "monday" is not; "interview" also accepts "Interview" and "INTERVIEW"). Unjudged words are checked
 * in one tree, one retext-spell run.
 */
export function dictionaryKnows(words: Iterable<string>, dialect: Dialect): Map<string, boolean> {
  const result = new Map<string, boolean>();
  const ask: string[] = [];
  for (const word of words) {
    if (result.has(word)) continue;
    const cached = verdicts.get(`${dialect}\u0000${word}`);
    if (cached === undefined) {
      result.set(word, true);
      ask.push(word);
    } else result.set(word, cached);
  }
  if (!ask.length) return result;
  // One sentence per word: unist-util-visit looks up each word's index in its parent, which is quadratic
  // in a long sentence. One text node per word, so retext-spell judges exactly this string.
  const sentences = ask.map((word) => ({ type: 'SentenceNode', children: [{ type: 'WordNode', children: [{ type: 'TextNode', value: word }] }] }));
  const tree = { type: 'RootNode', children: [{ type: 'ParagraphNode', children: sentences }] };
  const { messages, file } = collector();
  const processor = spellProcessor(dialect);
  processor.runSync(tree as unknown as Tree, file);
  noteUnknownWords(dialect, messages.length);
  const wrong = new Set(messages.map((m) => m.actual));
  for (const word of ask) {
    // retext-spell reports words with curly apostrophes straightened.
    const known = !wrong.has(word.replace(/’/g, "'"));
    result.set(word, known);
    verdicts.set(`${dialect}\u0000${word}`, known);
  }
  return result;
}

export function isDictionaryWord(word: string, dialect: Dialect): boolean {
  return dictionaryKnows([word], dialect).get(word) ?? false;
}
