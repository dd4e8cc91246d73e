/**
 * structure/company-name-mismatch: a near miss of the company's name ("Hartly & Finch" for "Hartley &
 * Finch LLP") in the body or the subject. Windows of as many words as the name are compared with the name
 * and with the name without its legal suffix; an exact match (any case) is fine. A capitalised word alone
 * is also compared with the distinctive words of the name ("Heart" for "Hearst" in "Hearst Communications"),
 * even when it is a dictionary word; it must not start a sentence (a whole multi-word name may), nor be an
 * ordinary sentence word, a day or month (organisations.json), a word of another name the draft knows, or
 * a proper noun the dictionary knows only capitalised ("Leeds").
 */
import { editDistance } from '../../similarity';
import { dictionaryKnows } from '../../spelling/spellcheck';
import type { RuleContext } from '../types';
import type { ProseBlock } from '../../draft';
import { LruCache } from '../../spelling/lru';
import type { StructureRule, Word } from './body';
import { blockWords } from './body';
import { LEGAL_SUFFIXES } from './phrases';
import { distinctiveWords, SENTENCE_WORDS } from './organisationWords';
import { hasPlaceholder } from './placeholder';

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|&/gu;
const SUFFIX = new Set(LEGAL_SUFFIXES);
/** Names shorter than this are too easily confused with ordinary words to judge a near miss. */
const MIN_LENGTH = 5;

interface Variant {
  /** As the company writes it: the suggestion. */
  text: string;
  tokens: string[];
  /** Lower-case tokens joined by single spaces: what windows are compared with. */
  key: string;
}

function tokens(text: string, base = 0): Word[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] }));
}

/** The company's name, and the same without its legal suffixes ("Hartley & Finch LLP", "Hartley & Finch"). */
function variants(company: string): Variant[] {
  const name = company.trim();
  const words = tokens(name);
  if (!words.length) return [];
  const variant = (ws: Word[]): Variant => ({
    text: name.slice(0, ws[ws.length - 1].end),
    tokens: ws.map((w) => w.text),
    key: ws.map((w) => w.text).join(' ').toLowerCase(),
  });
  const out = [{ ...variant(words), text: name }];
  let short = words;
  const isSuffix = (w: Word) => w.text === '&' || SUFFIX.has(w.text.toLowerCase());
  while (short.length > 1 && isSuffix(short[short.length - 1])) short = short.slice(0, -1);
  if (short.length < words.length) out.push(variant(short));
  return out;
}

/** A window's words as compared: lower case, possessive "'s" dropped from the last word. */
function windowKey(words: Word[]): string {
  return words
    .map((w, i) => (i === words.length - 1 ? w.text.replace(/['’]s$/i, '') : w.text))
    .join(' ')
    .toLowerCase();
}

/** How many edits still make a slip: one for a short name, two from eight letters ("Hillcrest" for "Hillcroft"). */
function slipLimit(key: string): number {
  return Math.max(key.length >= 8 ? 2 : 1, Math.floor(key.length / 8));
}

/** A near miss: a small edit away, same first letter, and capitalised where the name is. */
function isNearMiss(words: Word[], variant: Variant): boolean {
  const key = windowKey(words);
  if (key === variant.key || variant.key.length < MIN_LENGTH) return false;
  if (key[0] !== variant.key[0]) return false;
  for (let i = 0; i < words.length; i++) {
    const capital = /^\p{Lu}/u.test(variant.tokens[i]);
    if (capital && !/^\p{Lu}/u.test(words[i].text)) return false;
  }
  return editDistance(key, variant.key) <= slipLimit(variant.key);
}

/** How one word is judged on its own: whether it starts a sentence, and whether it is another known name's. */
interface WordJudge {
  startsSentence(word: Word): boolean;
  /** Lower-case words of the other names the draft knows (interviewer, sender, position, other company). */
  knownWords: ReadonlySet<string>;
  /** Whether the dictionary knows the word only capitalised: a place or name of its own ("Leeds"). */
  properNoun(word: string): boolean;
}

/** A capitalised word mid-sentence a slip away from one of the name's distinctive words. */
function nearDistinctive(word: Word, distinctive: readonly Variant[], judge: WordJudge): Variant | undefined {
  // The cheapest test that rules out most words first: a slip keeps the first letter.
  const first = word.text[0].toLowerCase()[0];
  if (!distinctive.some((d) => d.key[0] === first)) return undefined;
  const text = word.text.replace(/['’]s$/i, '');
  if (!/^\p{Lu}/u.test(text) || SENTENCE_WORDS.has(text) || judge.knownWords.has(text.toLowerCase())) return undefined;
  if (judge.startsSentence(word)) return undefined;
  const key = text.toLowerCase();
  const slip = distinctive.find((d) => d.key !== key && d.key[0] === key[0] && editDistance(key, d.key) <= slipLimit(d.key));
  // A common word capitalised mid-sentence ("Heart") is odd; a proper noun ("Leeds") is written that way on purpose.
  return slip && !judge.properNoun(text) ? slip : undefined;
}

function findMismatches(
  words: Word[],
  names: Variant[],
  known: Set<string>,
  report: (words: Word[], variant: Variant) => void,
  distinctive: readonly Variant[] = [],
  judge?: WordJudge,
): void {
  const longestFirst = [...names].sort((a, b) => b.tokens.length - a.tokens.length);
  // A window matches or nearly matches a name only if it starts with the name's first letter (a known
  // spelling, with a known spelling's): most words are passed over without building their windows.
  const firstLetters = new Set([...names.map((v) => v.key[0]), ...[...known].map((k) => k[0])]);
  let i = 0;
  next: while (i < words.length) {
    if (!firstLetters.has(words[i].text[0].toLowerCase()[0])) {
      const slip = judge && nearDistinctive(words[i], distinctive, judge);
      if (slip) report([words[i]], slip);
      i++;
      continue;
    }
    for (const v of longestFirst) {
      const window = words.slice(i, i + v.tokens.length);
      if (window.length === v.tokens.length && (windowKey(window) === v.key || known.has(windowKey(window)))) {
        i += window.length;
        continue next;
      }
    }
    for (const v of longestFirst) {
      const window = words.slice(i, i + v.tokens.length);
      // A one-word name is judged like a word alone: not at the start of a sentence.
      if (v.tokens.length === 1 && judge && !nearDistinctive(words[i], [v], judge)) continue;
      if (window.length === v.tokens.length && isNearMiss(window, v)) {
        report(window, v);
        i += window.length;
        continue next;
      }
    }
    const slip = judge && nearDistinctive(words[i], distinctive, judge);
    if (slip) report([words[i]], slip);
    i++;
  }
}

export const companyNameMismatch: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/company-name-mismatch',
    severity: 'warning',
    summary:
      'A near miss of the `company` name in the body or the subject ("Hartly & Finch" when the company is "Hartley & Finch LLP"), one edit off for a name under eight letters and two from eight ("Hillcrest" for "Hillcroft"). A capitalised word on its own is compared with the distinctive words of the name too, even when it is a dictionary word ("Heart" for "Hearst" in "Hearst Communications"), unless it starts a sentence (a whole multi-word name is flagged there too), is a common sentence word, a day or a month, or belongs to the interviewer\'s, the sender\'s, the position\'s or the other company\'s name. The name without its legal suffix ("Hartley & Finch") is fine, and so is the `other_company`. The finding covers the misspelt name.',
    why:
      'The advice asks for meticulous emails and stresses your enthusiasm for the company. Misspelling its name contradicts both: it is the word the reader knows best, so the slip is the one they notice first.',
    bad: '---\ncompany: Hartley & Finch LLP\n---\n\nI would be proud to join Hartly & Finch.\n\n---\ncompany: Hearst Communications\n---\n\nI would love to join Heart and its features desk.',
    good: '---\ncompany: Hartley & Finch LLP\n---\n\nI would be proud to join Hartley & Finch.\n\n---\ncompany: Hearst Communications\n---\n\nI would love to join Hearst and its features desk.',
    fix: 'Write the name exactly as the company does; the fix offers the spelling from the front matter. If the front matter is wrong, correct `company` instead.',
  },
  check(context: RuleContext) {
    const { draft, facts, letter, report } = context;
    const company = facts.text.company;
    if (!company || hasPlaceholder(company)) return;
    const names = variants(company);
    if (!names.length) return;
    // Other names in the draft that may look like the company's: never a misspelling of it.
    const others = [facts.text.other_company, facts.text.interviewer, facts.text.position, letter.signatureName].filter((v): v is string => !!v);
    const known = new Set(others.flatMap((v) => variants(v).map((x) => x.key)));
    const companyWords = new Set(tokens(company).map((w) => w.text.toLowerCase()));
    const judge: WordJudge = {
      startsSentence: (word) => startsSentence(draft.text, word.start),
      knownWords: new Set(others.flatMap((v) => tokens(v).map((w) => w.text.toLowerCase())).filter((w) => !companyWords.has(w))),
      properNoun: (word) => {
        const lower = word.toLowerCase();
        const known = dictionaryKnows([word, lower], facts.dialect);
        return !!known.get(word) && !known.get(lower);
      },
    };
    // Distinctive words of a multi-word name (a one-word name is already compared whole).
    const distinctive = tokens(company).length > 1 ? distinctiveWords(company, MIN_LENGTH).map((w) => ({ text: w, tokens: [w], key: w.toLowerCase() })) : [];
    const emit = (start: number, end: number, suggestion: string) =>
      report({
        rule: 'structure/company-name-mismatch',
        start,
        end,
        message: `"${draft.text.slice(start, end)}" looks like a misspelling of the company's name: write "${suggestion}", as in the front matter.`,
        suggestions: [suggestion],
      });
    const search = (words: Word[]): Miss[] => {
      const misses: Miss[] = [];
      findMismatches(words, names, known, (window, variant) => misses.push(miss(window, variant)), distinctive, judge);
      return misses;
    };
    const subject = draft.frontMatter?.fields.get('subject');
    if (subject && subject.valueEnd > subject.valueStart) {
      for (const m of search(tokens(draft.text.slice(subject.valueStart, subject.valueEnd), subject.valueStart))) emit(m.start, m.end, m.suggestion);
    }
    // The signature holds the sender's details, not the company's name. A name is looked for within one
    // paragraph, and each paragraph's misses are kept: a keystroke reads one paragraph again.
    const end = letter.signOff ? letter.signOff.end : draft.text.length;
    const searchedWith = JSON.stringify([company, others, facts.dialect]);
    for (const block of draft.blocks) {
      if (block.end <= draft.bodyStart || block.start >= end) continue;
      for (const m of paragraphMisses(draft.text, block, end, searchedWith, search)) emit(block.start + m.start, block.start + m.end, m.suggestion);
    }
  },
};

/** A near miss: where it is (the possessive "'s" left out) and the name as the company writes it. */
interface Miss {
  start: number;
  end: number;
  suggestion: string;
}

function miss(words: Word[], variant: Variant): Miss {
  const last = words[words.length - 1];
  return { start: words[0].start, end: last.end - (/['’]s$/i.test(last.text) ? 2 : 0), suggestion: variant.text };
}

interface ParagraphMisses {
  /** The company, the other names and the dialect the misses were found with. */
  searchedWith: string;
  /** The draft's text from the start of the paragraph's first line to its end: what the search reads. */
  source: string;
  /** Offsets from the paragraph's start. */
  misses: Miss[];
}

/** Each paragraph's misses, by its prose text (the source and the context checked on a hit). */
const paragraphCache = new LruCache<string, ParagraphMisses>(200_000, (text) => text.length);

/** The misses in a paragraph up to `to`, from the cache when nothing they depend on changed. */
function paragraphMisses(text: string, block: ProseBlock, to: number, searchedWith: string, search: (words: Word[]) => Miss[]): Miss[] {
  const cut = Math.min(block.end, to);
  const lineStart = text.lastIndexOf('\n', block.start - 1) + 1;
  const key = block.text;
  const kept = paragraphCache.get(key);
  // The source compared in place: a hit, the common case on a keystroke, copies nothing.
  if (kept && kept.searchedWith === searchedWith && kept.source.length === cut - lineStart && text.startsWith(kept.source, lineStart)) return kept.misses;
  const source = text.slice(lineStart, cut);
  const words: Word[] = [];
  for (const w of blockWords(block.text)) {
    const start = block.start + w.start;
    const end = block.start + w.end;
    if (end <= cut) words.push({ start, end, text: w.text });
  }
  const misses = search(words.flatMap(splitAmpersand(text))).map((m) => ({ ...m, start: m.start - block.start, end: m.end - block.start }));
  paragraphCache.set(key, { searchedWith, source, misses });
  return misses;
}

/**
 * Whether the word at `start` begins a sentence: first on its line (list and quote markers aside), or
 * after . ! ? or : (quotes and brackets aside).
 */
function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  if (/^[\s>*#+\-\d.)]*$/.test(line)) return true;
  const trimmed = before.replace(/["“”‘’'(*_[\s]+$/u, '');
  return trimmed === '' || /[.!?:]$/.test(trimmed);
}

/** Prose words skip "&"; put it back as a word of its own so "Hartly & Finch" is three words, as the name is. */
function splitAmpersand(text: string) {
  return (word: Word, i: number, all: Word[]): Word[] => {
    const next = all[i + 1];
    if (!next || !hasAmpersand(text, word.end, next.start)) return [word];
    const gap = text.slice(word.end, next.start);
    const amp = gap.indexOf('&');
    return gap.trim() === '&' ? [word, { start: word.end + amp, end: word.end + amp + 1, text: '&' }] : [word];
  };
}

/** Whether text[from, to) holds "&", without cutting it out (most gaps between words are one space). */
function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x26) return true;
  return false;
}
