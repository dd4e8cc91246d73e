/**
 * grammar/: repeated words ("the the"), the wrong indefinite article ("a interview") and contractions
 * without their apostrophe ("dont"). Detection is retext's (retext-repeated-words,
 * retext-indefinite-article, retext-contractions); messages and fixes are ours. Results are cached per
 * prose block, so an unchanged paragraph costs nothing to re-check.
 */
import retextContractions from 'retext-contractions';
import retextEnglish from 'retext-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import { unified } from 'unified';
import { LruCache } from '../spelling/lru';
import { englishTree } from '../spelling/english';
import { bySentence } from '../language/sentences';
import { proseBlocks } from '../spelling/prose';
import type { RuleContext, RuleFamily, RuleMeta } from './types';
import { prefersCurlyApostrophes } from './apostropheStyle';

export type GrammarKind = 'repeated-word' | 'indefinite-article' | 'contraction';

/** A grammar problem in a prose text, offsets relative to that text. */
export interface GrammarIssue {
  kind: GrammarKind;
  start: number;
  end: number;
  actual: string;
  /** The replacement, with straight apostrophes. */
  expected: string;
}

/** Listed by retext-contractions, but real words or archaic forms: "Id" (the psyche), "tis", "twas". */
const NOT_CONTRACTIONS = new Set(['Id', 'ID', 'tis', 'Tis', 'TIS', 'twas', 'Twas', 'TWAS', 'twere', 'Twere', 'TWERE']);

/**
 * "wont" and "cant" are words too ("as is her wont"), so they are contractions only after a subject:
 * "I wont be", "we cant attend". "im"/"ive" in lower case are "I'm"/"I've".
 */
const AFTER_SUBJECT = /\b(?:I|you|we|they|he|she|it|who|that|this|there)\s+(wont|cant)\b/gi;
const LOWER_CASE_I = /\b(im|ive)\b/g;
const APOSTROPHE: Record<string, string> = { wont: "won't", cant: "can't", im: "I'm", ive: "I've" };

/** The checks only; the sentence tree comes from englishTree, shared with spelling. */
const processor = unified()
  .use(retextEnglish)
  .use(retextRepeatedWords)
  .use(retextIndefiniteArticle)
  .use(retextContractions, { straight: true })
  .freeze();

type FileLike = Parameters<typeof processor.runSync>[1];

interface Collected {
  source?: string;
  actual?: string;
  expected?: string[];
  place?: { start?: { offset?: number }; end?: { offset?: number } };
}

/** Issues by the blocks' text and by the sentences' (keyed by the text itself: see spellcheck.ts). */
const blockCache = new LruCache<string, GrammarIssue[]>(400_000, (key) => key.length);
const sentenceCache = new LruCache<string, GrammarIssue[]>(400_000, (key) => key.length);

/**
 * The grammar issues of a prose text (non-prose blanked), cached by text, and found sentence by sentence:
 * a keystroke changes one sentence, and the others come from the cache. None of the checks reaches across
 * a sentence's end, so this is what one pass over the text gives (test/sentence-cache.test.ts).
 */
export function grammarIssues(text: string): GrammarIssue[] {
  const cached = blockCache.get(text);
  if (cached) return cached;
  const issues = bySentence(text, grammarIssuesInOnePass);
  blockCache.set(text, issues);
  return issues;
}

/** The grammar issues of a text, parsed whole; cached by text (the sentences', in grammarIssues). */
export function grammarIssuesInOnePass(text: string): GrammarIssue[] {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const messages: Collected[] = [];
  // Stands in for a VFile: the plugins only call `message`.
  const file = {
    messages,
    message(_reason: string, options: { place?: Collected['place']; source?: string }) {
      const message: Collected = { place: options.place, source: options.source };
      messages.push(message);
      return message;
    },
    info() {
      return {};
    },
  } as unknown as FileLike;
  processor.runSync(englishTree(text) as Parameters<typeof processor.runSync>[0], file);

  const issues: GrammarIssue[] = [];
  for (const m of messages) {
    const start = m.place?.start?.offset;
    const end = m.place?.end?.offset;
    if (start === undefined || end === undefined || !m.actual || !m.expected?.length) continue;
    const expected = m.expected[0];
    if (m.source === 'retext-repeated-words') {
      issues.push({ kind: 'repeated-word', start, end, actual: m.actual, expected: m.actual.split(/\s+/)[0] });
    } else if (m.source === 'retext-indefinite-article') {
      issues.push({ kind: 'indefinite-article', start, end, actual: m.actual, expected });
    } else if (m.source === 'retext-contractions' && !/['’]/.test(m.actual) && !NOT_CONTRACTIONS.has(m.actual)) {
      // Only a missing apostrophe; whether it is straight or curly is the writer's choice.
      issues.push({ kind: 'contraction', start, end, actual: m.actual, expected });
    }
  }
  for (const pattern of [AFTER_SUBJECT, LOWER_CASE_I]) {
    for (const m of text.matchAll(pattern)) {
      const word = m[1];
      const start = (m.index ?? 0) + m[0].length - word.length;
      issues.push({ kind: 'contraction', start, end: start + word.length, actual: word, expected: matchCase(APOSTROPHE[word.toLowerCase()], word) });
    }
  }
  issues.sort((a, b) => a.start - b.start);
  sentenceCache.set(text, issues);
  return issues;
}

function matchCase(replacement: string, original: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return replacement.toUpperCase();
  if (original[0] !== original[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * Blanked non-prose (inline code, a link target) can make two words look adjacent that are not: "the
 * `x` the". An issue spanning words counts only when the file has just spaces (or quotes, brackets and
 * emphasis marks) between them.
 */
function adjacentInFile(fileText: string, from: number, to: number): boolean {
  return /^[\s"“”‘’'()[\]*_]*$/.test(fileText.slice(from, to));
}

/** Positions (file offsets) of words the grammar family reports, which spelling must not report again. */
export function grammarClaims(context: RuleContext): Array<{ start: number; end: number }> {
  const claims: Array<{ start: number; end: number }> = [];
  for (const block of proseBlocks(context)) {
    for (const issue of grammarIssues(block.text)) {
      if (issue.kind === 'contraction') claims.push({ start: block.start + issue.start, end: block.start + issue.end });
    }
  }
  return claims;
}

export const GRAMMAR_RULES: readonly RuleMeta[] = [
  {
    id: 'grammar/repeated-word',
    severity: 'warning',
    summary: 'The same word twice in a row, such as "the the".',
    why: 'The advice is to proofread everything: a doubled word is the classic slip that reading your own draft misses, and the person deciding on you will notice it.',
    bad: 'Thank you for the the opportunity to meet you.',
    good: 'Thank you for the opportunity to meet you.',
    fix: 'Delete one of the two words (the quick fix does it). Phrases where a doubled word is right, such as "had had" or "that that", are not flagged.',
  },
  {
    id: 'grammar/indefinite-article',
    severity: 'warning',
    summary: '"a" before a vowel sound or "an" before a consonant sound, such as "a interview".',
    why: 'The email must be meticulous: a wrong article reads as carelessness in a letter meant to show attention to detail.',
    bad: 'I enjoyed having a interview with you and the team.',
    good: 'I enjoyed having an interview with you and the team.',
    fix: 'Use "an" before a vowel sound ("an interview", "an hour") and "a" before a consonant sound ("a role", "a university"). The quick fix swaps the article.',
  },
  {
    id: 'grammar/contraction',
    severity: 'warning',
    summary: 'A contraction without its apostrophe, such as "dont" or "youre".',
    why: 'Spelling and grammar must be right: a missing apostrophe looks like texting, not a professional follow-up. It is reported here, not also as a spelling mistake.',
    bad: 'I dont want to take up too much of your time.',
    good: "I don't want to take up too much of your time.",
    fix: 'Add the apostrophe ("don\'t", "you\'re", "I\'m"); the quick fix does, in the straight or curly style your draft uses. In a formal letter you may also write the words in full: "do not".',
  },
];

export const grammarRules: RuleFamily = {
  name: 'grammar',
  scope: 'prose',
  rules: GRAMMAR_RULES,
  check(context) {
    const text = context.draft.text;
    // Suggest apostrophes in the style the writer already uses.
    const curly = prefersCurlyApostrophes(text);
    for (const block of proseBlocks(context)) {
      for (const issue of grammarIssues(block.text)) {
        const start = block.start + issue.start;
        const end = block.start + issue.end;
        if (issue.kind === 'repeated-word') {
          const firstEnd = start + issue.actual.split(/\s+/)[0].length;
          const secondStart = end - issue.actual.split(/\s+/).pop()!.length;
          if (!adjacentInFile(text, firstEnd, secondStart)) continue;
          context.report({
            rule: 'grammar/repeated-word',
            start,
            end,
            message: `"${issue.expected}" is written twice in a row. Delete one of them.`,
            suggestions: [issue.expected],
            data: { type: 'replace' },
          });
        } else if (issue.kind === 'indefinite-article') {
          const next = /^[\s"“”‘’'()[\]*_]*([\p{L}\p{N}]+)/u.exec(text.slice(end));
          if (!next || !adjacentInFile(text, end, end + next[0].length - next[1].length)) continue;
          const sound = issue.expected.toLowerCase() === 'an' ? 'a vowel sound' : 'a consonant sound';
          context.report({
            rule: 'grammar/indefinite-article',
            start,
            end,
            message: `Use "${issue.expected}" instead of "${issue.actual}" before "${next[1]}", which starts with ${sound}.`,
            suggestions: [issue.expected],
            data: { type: 'replace' },
          });
        } else {
          const expected = curly ? issue.expected.replace(/'/g, '’') : issue.expected;
          context.report({
            rule: 'grammar/contraction',
            start,
            end,
            message: `"${issue.actual}" is missing its apostrophe. Write "${expected}".`,
            suggestions: [expected],
            data: { type: 'replace' },
          });
        }
      }
    }
  },
};
