/**
 * spelling/unknown-word: words in neither the dialect's Hunspell dictionary (retext-spell) nor the draft's
 * own names, the user's words, the job-search words or acronyms. The dictionary's verdicts are cached per
 * prose block; the draft-specific filtering below is cheap and runs on every check.
 */
import type { Dialect } from '../settings';
import { dictionaryKnows, unknownWords } from '../spelling/spellcheck';
import { isAcronym, isBuiltInWord, KnownWords, withoutPossessive, wordsOf } from '../spelling/knownWords';
import { proseBlocks } from '../spelling/prose';
import { suggestSpelling } from '../spelling/suggest';
import { grammarClaims } from './grammar';
import type { RuleContext, RuleFamily, RuleMeta } from './types';

export const SPELLING_RULES: readonly RuleMeta[] = [
  {
    id: 'spelling/unknown-word',
    severity: 'warning',
    summary: 'A word that is not in the dictionary of your dialect (en-GB or en-US), your own words or the draft\'s names.',
    why: 'The advice is to proofread everything: spelling must be right and the email meticulous. A typo in a thank-you or check-in email is what an interviewer remembers, and a misspelt company or interviewer name is worse.',
    bad: 'Thank you for the oppertunity to discuss the role.',
    good: 'Thank you for the opportunity to discuss the role.',
    fix: 'Pick a suggested spelling (best first). If the word is right (a name, a term of your trade), add it to your words: "words" in .followup.json or the followup.words setting, or use "add to dictionary". Names in the front matter (company, interviewer, position, other_company) and your signature are known automatically. Set "dialect" to en-GB or en-US (per draft with `dialect:` in the front matter).',
  },
];

/** User word lists, compiled once per list (settings objects are rebuilt only when the settings change). */
const userWordCache = new WeakMap<readonly string[], KnownWords>();

function userWords(words: readonly string[]): KnownWords {
  let known = userWordCache.get(words);
  if (!known) {
    known = new KnownWords(words);
    userWordCache.set(words, known);
  }
  return known;
}

/** Whether a word the dictionary does not know is known in this draft all the same. */
function knownInDraft(word: string, names: KnownWords, user: KnownWords, dialect: Dialect): boolean {
  const plain = (w: string) => names.has(w) || user.has(w) || isBuiltInWord(w, dialect) || isAcronym(w);
  if (plain(word)) return true;
  const base = withoutPossessive(word);
  if (base && (plain(base) || dictionaryKnows([base], dialect).get(base))) return true;
  // A compound ("Hartley-Finch", "LinkedIn-style"): every part must be a known word or a dictionary word.
  const parts = word.split(/[-‐/]/).filter(Boolean);
  if (parts.length < 2) return false;
  const unknown = parts.filter((p) => !plain(p) && !plain(withoutPossessive(p) ?? p));
  return unknown.length === 0 || [...dictionaryKnows(unknown, dialect).values()].every(Boolean);
}

export const spellingRules: RuleFamily = {
  name: 'spelling',
  scope: 'prose',
  rules: SPELLING_RULES,
  check(context: RuleContext) {
    const { dialect } = context.facts;
    const names = new KnownWords(wordsOf(context.facts.names));
    const user = userWords(context.settings.words);
    let claims: Array<{ start: number; end: number }> | undefined;
    for (const block of proseBlocks(context)) {
      for (const unknown of unknownWords(block.text, dialect)) {
        const { word } = unknown;
        if (knownInDraft(word, names, user, dialect)) continue;
        const start = block.start + unknown.start;
        const end = block.start + unknown.end;
        // "dont" is a grammar/contraction finding, never also a spelling one.
        claims ??= grammarClaims(context);
        if (claims.some((c) => c.start < end && start < c.end)) continue;
        const suggestions = context.options.suggest ? suggestSpelling(word, dialect) : undefined;
        context.report({
          rule: 'spelling/unknown-word',
          start,
          end,
          message: suggestions?.length
            ? `"${word}" is not in the ${dialect} dictionary: did you mean "${suggestions[0]}"? If the word is right, add it to your words.`
            : `"${word}" is not in the ${dialect} dictionary. Correct the spelling, or add the word to your words if it is right.`,
          suggestions,
          data: { type: 'spelling', word, dialect },
        });
      }
    }
  },
};
