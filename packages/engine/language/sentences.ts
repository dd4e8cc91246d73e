/**
 * A paragraph cut into its sentences, for checks that are cached by sentence: a keystroke changes one
 * sentence, and the others are answered from the cache. The cuts are plain (after . ! or ? where spaces
 * and a capital, a digit or an opening quote follow), so an abbreviation ("Dr. Okafor") may be cut too:
 * that is harmless for a check whose findings never reach across a sentence, which test/sentence-cache.test.ts
 * shows for each over every corpus. Before a lower-case word there is no cut: retext reads "v1.30. i
 * learned" as one sentence, with the full stop in the word.
 */

/** The end of a sentence; the spaces after it go with the next sentence. */
const SENTENCE_BREAK = /[.!?]+["”’)]*(?=\s+[\p{Lu}\p{N}"“‘'(\[])/gu;

/** The [start, end) ranges of a text's sentences, end to end: together they are the whole text. */
export function sentenceCuts(text: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_BREAK)) {
    const to = m.index + m[0].length;
    cuts.push([from, to]);
    from = to;
  }
  cuts.push([from, text.length]);
  return cuts;
}

/**
 * What `ofSentence` finds in each sentence of `text` (told where the sentence starts), with offsets moved
 * to the text's; `cuts` are the sentences, sentenceCuts(text) unless a check cuts its own way.
 */
export function bySentence<T extends { start: number; end: number }>(
  text: string,
  ofSentence: (sentence: string, from: number) => T[],
  cuts: Array<[number, number]> = sentenceCuts(text),
): T[] {
  const found: T[] = [];
  for (const [from, to] of cuts) for (const item of ofSentence(text.slice(from, to), from)) found.push(shifted(item, from));
  return found;
}

/** A finding with offsets `by` characters further on (the same finding when `by` is 0). */
export function shifted<T extends { start: number; end: number }>(item: T, by: number): T {
  return by ? { ...item, start: item.start + by, end: item.end + by } : item;
}
