/**
 * Runs a compiled phrase rule over a text and says which phrase matched where, with its better phrasings.
 * A phrase is only tried where the text has a word it can start with (an index built at load), so a
 * polite email costs one map lookup per word and rule.
 */
import type { CompiledPhrase, CompiledRule } from './data';

export interface PhraseMatch {
  /** Offsets in the text that was searched. */
  start: number;
  end: number;
  phrase: CompiledPhrase;
  /** The phrase's better phrasings with `{CLASS}` replaced by the words the text used; none where `noFixAfter` or `noFixBefore` withdraws them. */
  better: string[];
}

export interface WordStart {
  at: number;
  /** See `wordKey`. */
  key: string;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F]+/g;

/** Where the words of a text start, with their keys: computed once per text, shared by every rule. */
export function wordStarts(text: string): WordStart[] {
  const words: WordStart[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ at: m.index, key: m[0].toLowerCase() });
  return words;
}

export function matchPhrases(rule: CompiledRule, text: string, words = wordStarts(text)): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  let next = 0;
  for (const { at, key } of words) {
    if (at < next) continue;
    const candidates = rule.byFirstWord.get(key);
    if (!candidates) continue;
    for (const phrase of candidates) {
      phrase.regex.lastIndex = at;
      const m = phrase.regex.exec(text);
      if (!m || !m[0].length) continue;
      found.push(toMatch(phrase, m));
      next = at + m[0].length;
      break;
    }
  }
  for (const { phrase, regex } of rule.anywhere) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (!m[0].length) {
        regex.lastIndex++;
        continue;
      }
      const overlaps = found.some((f) => m!.index < f.end && f.start < m!.index + m![0].length);
      if (!overlaps) found.push(toMatch(phrase, m));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toMatch(phrase: CompiledPhrase, m: RegExpExecArray): PhraseMatch {
  const end = m.index + m[0].length;
  if (phrase.noFixRegex) {
    phrase.noFixRegex.lastIndex = m.index;
    if (phrase.noFixRegex.test(m.input)) return { start: m.index, end, phrase, better: [] };
  }
  if (phrase.noFixAheadRegex) {
    phrase.noFixAheadRegex.lastIndex = end;
    if (phrase.noFixAheadRegex.test(m.input)) return { start: m.index, end, phrase, better: [] };
  }
  const captured = (name: string) => phrase.captures.find((c) => c.name === name && m[c.group] !== undefined);
  const better = phrase.better.map((b) =>
    b
      .replace(/\{([^}]*)\}/g, (_, name: string) => {
        const c = captured(name);
        return c ? m[c.group].replace(/\s+/g, ' ') : '';
      })
      .replace(/ {2,}/g, ' ')
      .trim(),
  );
  return { start: m.index, end, phrase, better };
}
