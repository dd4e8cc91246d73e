/**
 * structure/company-name-mismatch: a near miss of the company's name ("Hartly & Finch" for "Hartley &
 * Finch LLP") in the body or the subject. Windows of as many words as the name are compared with the name
 * and with the name without its legal suffix; an exact match (any case) is fine.
 */
import { editDistance } from '../../similarity';
import type { RuleContext } from '../types';
import type { StructureRule, Word } from './body';
import { proseWords } from './body';
import { LEGAL_SUFFIXES } from './phrases';
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

/** A near miss: a small edit away, same first letter, and capitalised where the name is. */
function isNearMiss(words: Word[], variant: Variant): boolean {
  const key = windowKey(words);
  if (key === variant.key || variant.key.length < MIN_LENGTH) return false;
  if (key[0] !== variant.key[0]) return false;
  for (let i = 0; i < words.length; i++) {
    const capital = /^\p{Lu}/u.test(variant.tokens[i]);
    if (capital && !/^\p{Lu}/u.test(words[i].text)) return false;
  }
  const limit = Math.max(1, Math.floor(variant.key.length / 8));
  return editDistance(key, variant.key) <= limit;
}

function findMismatches(words: Word[], names: Variant[], known: Set<string>, report: (words: Word[], variant: Variant) => void): void {
  const longestFirst = [...names].sort((a, b) => b.tokens.length - a.tokens.length);
  let i = 0;
  next: while (i < words.length) {
    for (const v of longestFirst) {
      const window = words.slice(i, i + v.tokens.length);
      if (window.length === v.tokens.length && (windowKey(window) === v.key || known.has(windowKey(window)))) {
        i += window.length;
        continue next;
      }
    }
    for (const v of longestFirst) {
      const window = words.slice(i, i + v.tokens.length);
      if (window.length === v.tokens.length && isNearMiss(window, v)) {
        report(window, v);
        i += window.length;
        continue next;
      }
    }
    i++;
  }
}

export const companyNameMismatch: StructureRule = {
  needsKind: true,
  meta: {
    id: 'structure/company-name-mismatch',
    severity: 'warning',
    summary:
      'A near miss of the `company` name in the body or the subject ("Hartly & Finch" when the company is "Hartley & Finch LLP"). The name without its legal suffix ("Hartley & Finch") is fine, and so is the `other_company`. The finding covers the misspelt name.',
    why:
      'The advice asks for meticulous emails and stresses your enthusiasm for the company. Misspelling its name contradicts both: it is the word the reader knows best, so the slip is the one they notice first.',
    bad: '---\ncompany: Hartley & Finch LLP\n---\n\nI would be proud to join Hartly & Finch.',
    good: '---\ncompany: Hartley & Finch LLP\n---\n\nI would be proud to join Hartley & Finch.',
    fix: 'Write the name exactly as the company does; the fix offers the spelling from the front matter. If the front matter is wrong, correct `company` instead.',
  },
  check(context: RuleContext) {
    const { draft, facts, letter, report } = context;
    const company = facts.text.company;
    if (!company || hasPlaceholder(company)) return;
    const names = variants(company);
    if (!names.length) return;
    // Other names in the draft that may look like the company's: never a misspelling of it.
    const known = new Set(
      [facts.text.other_company, facts.text.interviewer, facts.text.position]
        .filter((v): v is string => !!v)
        .flatMap((v) => variants(v).map((x) => x.key)),
    );
    const emit = (words: Word[], variant: Variant) => {
      const start = words[0].start;
      const end = words[words.length - 1].end - (/['’]s$/i.test(words[words.length - 1].text) ? 2 : 0);
      report({
        rule: 'structure/company-name-mismatch',
        start,
        end,
        message: `"${draft.text.slice(start, end)}" looks like a misspelling of the company's name: write "${variant.text}", as in the front matter.`,
        suggestions: [variant.text],
      });
    };
    const subject = draft.frontMatter?.fields.get('subject');
    if (subject && subject.valueEnd > subject.valueStart) {
      findMismatches(tokens(draft.text.slice(subject.valueStart, subject.valueEnd), subject.valueStart), names, known, emit);
    }
    // The signature holds the sender's details, not the company's name.
    const words = proseWords(draft, draft.bodyStart, letter.signOff ? letter.signOff.end : draft.text.length);
    findMismatches(words.flatMap(splitAmpersand(draft.text)), names, known, emit);
  },
};

/** Prose words skip "&"; put it back as a word of its own so "Hartly & Finch" is three words, as the name is. */
function splitAmpersand(text: string) {
  return (word: Word, i: number, all: Word[]): Word[] => {
    const next = all[i + 1];
    if (!next) return [word];
    const gap = text.slice(word.end, next.start);
    const amp = gap.indexOf('&');
    return amp >= 0 && gap.trim() === '&' ? [word, { start: word.end + amp, end: word.end + amp + 1, text: '&' }] : [word];
  };
}
