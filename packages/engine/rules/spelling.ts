/**
 * spelling/unknown-word: words in neither the dialect's Hunspell dictionary (retext-spell) nor the draft's
 * own names, the user's words, the job-search words, acronyms, identifiers (v3.2, iOS), accented forms of
 * dictionary words (café), closed compounds of two dictionary words (failover, termbase) or the lists of
 * names and terms (terms.ts). spelling/possible-name: an unknown
 * word that looks like a name, reported quietly (wordKinds.ts says what looks like a name and what is
 * still a typo). The dictionary's verdicts are cached per
 * prose block; the draft-specific filtering below is cheap and runs on every check.
 */
import { GREETING } from '../letter';
import type { Dialect } from '../settings';
import { dictionaryKnows, isDictionaryWord, unknownWords } from '../spelling/spellcheck';
import { isKnownTerm } from '../spelling/terms';
import { inLoanPhrase } from '../spelling/loanPhrases';
import { afterTitle, hasAccents, inTitleCase, isClosedCompound, isIdentifier, isNameParticle, isPrefixedWord, isSpeciesEpithet, joinedToParticle, farFromDictionary, nearCommonWord, nearGreetingWord, startsSentence, withoutAccents } from '../spelling/wordKinds';
import { isAcronym, isBuiltInWord, KnownWords, withoutPossessive, wordsOf } from '../spelling/knownWords';
import { proseBlocks } from '../spelling/prose';
import { suggestSpelling } from '../spelling/suggest';
import { grammarClaims } from './grammar';
import { grammarDataClaims } from './confusables';
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
  {
    id: 'spelling/possible-name',
    severity: 'hint',
    summary: 'A word no dictionary knows that looks like a name: capitalised mid-sentence, accented, or after a title such as Dr or Chef, and not one slip away from a common word.',
    why: 'Names are what a spell checker gets wrong most often, and a wrongly flagged surname teaches you to ignore every warning. So a probable name is only pointed out quietly (a hint), with "add to words" as its first fix, and nothing is suggested that would turn it into an ordinary word. A capitalised word one slip from a common word ("Tuesay", "Febuary") is still a spelling warning.',
    bad: 'I enjoyed meeting Chef Oyelaran and Siobhán.',
    good: 'I enjoyed meeting Chef Oyelaran and Siobhán. (with both names in your words)',
    fix: 'Check the spelling of the name; if it is right, add it to your words (the first quick fix) so it is known everywhere.',
  },
  {
    id: 'spelling/possible-term',
    severity: 'hint',
    summary: 'A word in lower case that no dictionary knows and that no dictionary word is one letter away from (six letters or more, no common misspelling): more likely a term of a trade than a typo.',
    why: 'A typo stays close to the word meant ("recieve", "definately"), so a word far from every dictionary word is usually a term the dictionary lacks: a cut in a kitchen, a pin holder in floristry, an orchid. Flagging it as a mistake teaches you to ignore the warnings; it is pointed out quietly instead, with "add to words" first.',
    bad: 'I cut the shallots into a fine brunoise.',
    good: 'I cut the shallots into a fine brunoise. (with "brunoise" in your words)',
    fix: 'Check the spelling; if the word is right, add it to your words (the first quick fix) so it is known everywhere. Spelling suggestions are still offered.',
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
  const plain = (w: string) =>
    names.has(w) || user.has(w) || isBuiltInWord(w, dialect) || isAcronym(w) || isCode(w, dialect) || (hasAccents(w) && (names.has(withoutAccents(w)) || isDictionaryWord(withoutAccents(w), dialect)));
  if (plain(word) || isPrefixedWord(word, dialect) || isClosedCompound(word, dialect)) return true;
  const base = withoutPossessive(word);
  if (base && (plain(base) || dictionaryKnows([base], dialect).get(base))) return true;
  // A compound ("Hartley-Finch", "LinkedIn-style"): every part must be a known word or a dictionary word.
  const parts = word.split(/[-‐/]/).filter(Boolean);
  if (parts.length < 2) return false;
  // The plural of a compound takes its "s" on the last part only ("read-alouds", "check-ins").
  const last = parts[parts.length - 1];
  if (parts.length > 1 && /[^\P{Ll}s]s$/u.test(last) && !plain(last) && !isDictionaryWord(last, dialect)) parts[parts.length - 1] = last.slice(0, -1);
  const unknown = parts.filter((p) => !plain(p) && !plain(withoutPossessive(p) ?? p));
  return unknown.length === 0 || [...dictionaryKnows(unknown, dialect).values()].every(Boolean);
}

/**
 * A longer word in capitals (CRISPR, SOMATOM, NHSBSA) is an acronym or a product code, unless it is one
 * slip from a common word ("RECIEVE" is still a typo).
 */
/** A capitals word one slip from a word at least this common (frequency rank) is a typo of it. */
const CODE_NEAR_RANK = 5000;

/** Whether the word at `start` follows a greeting on its line ("Dear", "Hi", "Dear Dr"). */
function inGreeting(text: string, start: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return line.length <= 40 && GREETING.test(line) && /^[\p{L}\s.'’-]*$/u.test(line);
}

function isCode(word: string, dialect: Dialect): boolean {
  return /^[\p{Lu}\d]{6,}s?$/u.test(word) && /\p{Lu}/u.test(word) && !nearCommonWord(word.toLowerCase(), dialect, false, CODE_NEAR_RANK);
}

/**
 * What an unknown word is: a known name or term (accepted), a probable name (a hint), or a typo; a word
 * one edit from a common word is always a typo, whatever list or shape it has. `proper-typo`: a typo of a
 * proper noun, written with a capital mid-sentence.
 */
function wordKind(word: string, text: string, start: number, dialect: Dialect): 'term' | 'name' | 'possible-term' | 'typo' | 'proper-typo' {
  const base = withoutPossessive(word) ?? word;
  const capitalised = /^\p{Lu}/u.test(base) && base !== base.toUpperCase();
  const midSentence = capitalised && !startsSentence(text, start);
  const listed = isKnownTerm(word) || isKnownTerm(base);
  // A listed name or term with a capital stands as it is; a listed word in lower case may still be a slip.
  if (listed && capitalised) return 'term';
  // A word without a vowel is a tool or an acronym, not a word missing its vowel: listed ("npm", "ssh"), or
  // short and in lower case ("dbt", "jq") unless one slip from a very common word ("tht", "wht").
  if (!/[aeiouy]/i.test(base) && (listed || (/^[a-z]{2,4}$/.test(base) && !nearCommonWord(base, dialect, false, ABBREVIATION_NEAR_RANK)))) return 'term';
  // The word after "Dear" or "Hi" is a name ("Dear Meera", "Hi Sanne"), unless it is a slip of the
  // greeting's own words ("Dear Hirring Manager").
  if (capitalised && inGreeting(text, start)) return nearGreetingWord(base) ? 'typo' : 'name';
  const near = nearCommonWord(base, dialect, midSentence) ?? (midSentence && inTitleCase(text, start, start + word.length, dialect) ? nearCommonWord(base, dialect, false) : undefined);
  if (near) return midSentence && /^\p{Lu}/u.test(near) && !isDictionaryWord(near.toLowerCase(), dialect) ? 'proper-typo' : 'typo';
  if (listed) return 'term';
  if (midSentence || hasAccents(base) || (capitalised && afterTitle(text, start)) || joinedToParticle(base)) return 'name';
  // A capitalised word at the start of a sentence, in no list and no slip from a common word: a name.
  if (capitalised) return 'name';
  // A word in lower case that no dictionary word is near: a term of a trade more likely than a typo.
  return farFromDictionary(base, dialect) ? 'possible-term' : 'typo';
}

/** How common a word must be for a vowel-less word one slip from it to be its typo. */
const ABBREVIATION_NEAR_RANK = 1_000;

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
        if (knownInDraft(word, names, user, dialect) || isIdentifier(block.text, unknown.start, unknown.end) || inLoanPhrase(block.text, unknown.start, unknown.end) || isNameParticle(block.text, unknown.start, unknown.end)) continue;
        const start = block.start + unknown.start;
        const end = block.start + unknown.end;
        if (isSpeciesEpithet(context.draft.text, start, end)) continue;
        // "dont" is a grammar/contraction finding, never also a spelling one.
        claims ??= [...grammarClaims(context), ...grammarDataClaims(context)];
        if (claims.some((c) => c.start < end && start < c.end)) continue;
        const kind = wordKind(word, block.text, unknown.start, dialect);
        if (kind === 'term') continue;
        if (kind === 'possible-term') {
          context.report({
            rule: 'spelling/possible-term',
            start,
            end,
            message: `"${word}" is not in the ${dialect} dictionary, and no word in it is one letter away: it may be a term of your trade. If it is spelled right, add it to your words.`,
            data: { type: 'spelling', word, dialect, term: true },
          });
          continue;
        }
        if (kind === 'name') {
          context.report({
            rule: 'spelling/possible-name',
            start,
            end,
            message: `"${word}" is not in the ${dialect} dictionary; it looks like a name. If it is spelled right, add it to your words.`,
            data: { type: 'spelling', word, dialect, name: true },
          });
          continue;
        }
        let suggestions = context.options.suggest ? suggestSpelling(word, dialect) : undefined;
        // A capital mid-sentence marks a name: never offer to turn it into an ordinary word.
        if (suggestions && kind === 'proper-typo') suggestions = suggestions.filter((s) => !isDictionaryWord(s.toLowerCase(), dialect));
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
