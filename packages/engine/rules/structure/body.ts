/** What the structure rules share: the rule shape, and the body's prose as words or searchable text. */
import type { Draft } from '../../draft';
import type { Letter } from '../../letter';
import type { RuleContext, RuleMeta } from '../types';
import { LruCache } from '../../spelling/lru';

export interface StructureRule {
  meta: RuleMeta;
  /**
   * Whether the rule needs to know the kind. Such rules skip a draft whose front matter is broken; the
   * others (placeholders, greeting, sign-off) still help while the front matter is being fixed.
   */
  needsKind: boolean;
  check(context: RuleContext): void;
}

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

/** A word: letters and digits, with inner apostrophes and hyphens ("don't", "follow-up"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Each block's words (offsets in the block), by the block's text: an unchanged paragraph is not scanned again. */
const blockWordsCache = new LruCache<string, Word[]>(200_000, (text) => text.length);

/** The words of a prose block's text (offsets in the text), kept by the text. */
export function blockWords(text: string): Word[] {
  let words = blockWordsCache.get(text);
  if (!words) {
    words = [];
    for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    blockWordsCache.set(text, words);
  }
  return words;
}

/** The prose words between two offsets (code, URLs and Markdown syntax are not words). */
export function proseWords(draft: Draft, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const block of draft.blocks) {
    if (block.end <= start || block.start >= end) continue;
    for (const w of blockWords(block.text)) {
      const s = block.start + w.start;
      const e = block.start + w.end;
      if (s >= start && e <= end) words.push({ start: s, end: e, text: w.text });
    }
  }
  return words;
}

/**
 * The prose between two offsets as one searchable string: lower case, curly apostrophes straightened,
 * every run of whitespace (line breaks, blanked Markdown) as one space.
 */
export function proseText(draft: Draft, start: number, end: number): string {
  const parts: string[] = [];
  for (const block of draft.blocks) {
    if (block.end <= start || block.start >= end) continue;
    parts.push(block.text.slice(Math.max(0, start - block.start), Math.min(block.text.length, end - block.start)));
  }
  return parts.join(' ').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

/** A case-insensitive matcher for any of the phrases, each as whole words. */
export function phraseMatcher(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * Where a finding about something missing from the main text goes: the first line of the main text (after
 * the greeting), or the first line of the body when there is no main text.
 */
export function mainAnchor(letter: Letter): Span | undefined {
  for (const line of letter.lines) {
    if (line.end <= letter.mainStart || line.start >= letter.mainEnd) continue;
    const start = Math.max(line.start, letter.mainStart);
    const lead = /^\s*/.exec(line.text.slice(start - line.start))![0].length;
    return { start: start + lead, end: line.end };
  }
  const first = letter.lines[0];
  return first && { start: first.start, end: first.end };
}

/** The draft's line break, so fixes keep the file's line endings. */
export function lineBreak(draft: Draft): string {
  return draft.text.includes('\r\n') ? '\r\n' : '\n';
}
