/**
 * What an unknown word may be when it is not a misspelling: an identifier (v3.2, iOS, GPT-4o), an
 * accented form of a dictionary word (café, rôle), or a name (capitalised mid-sentence, accented, after
 * a title). And the test that keeps a misspelling from hiding as one of those: a word one edit from a
 * common word (Tuesay, Febuary, recieve) is a typo, not a name.
 */
import { groupBit, lexicon } from '../language/lexicon';
import { NAME_PARTICLES } from '../language/nameParticles';
import { isTitle } from '../language/titles';
import type { Dialect } from '../settings';
import { frequencyRank } from './frequency';
import { LruCache } from './lru';
import { dictionaryKnows, isDictionaryWord } from './spellcheck';
import { commonCorrection } from './misspellings';
import { isKnownTerm } from './terms';

/**
 * Whether the word at [start, end) of the text belongs to an identifier: the run of non-space characters
 * around it (without closing punctuation) has a digit, a capital after a small letter, or a dot, slash or
 * underscore between letters.
 */
export function isIdentifier(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && !/[\s("“‘[]/.test(text[from - 1])) from--;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const token = text.slice(from, to).replace(/[.,;:!?)"”’'\]]+$/, '');
  // A file extension (".tbx", "*.csv") is an identifier too, and so is a word joined to capitals ("cryo-EM").
  if (/\p{Ll}-\p{Lu}{2,}(?![\p{Ll}])/u.test(token)) return true;
  return /\p{N}/u.test(token) || /\p{Ll}\p{Lu}/u.test(token) || /[\p{L}\p{N}][._/\\][\p{L}\p{N}]/u.test(token) || /^\*?\.[\p{L}\p{N}]{1,6}$/u.test(token);
}

/** The word without its accents: "café" -> "cafe", "rôle" -> "role". */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

export function hasAccents(word: string): boolean {
  return withoutAccents(word) !== word;
}

/**
 * Whether the word at [start, end) is a surname particle between two capitalised words (or between a
 * capitalised word and another particle: "van der Berg").
 */
export function isNameParticle(text: string, start: number, end: number): boolean {
  if (!NAME_PARTICLES.has(text.slice(start, end))) return false;
  const before = /(\p{Lu}[\p{L}'’-]*|\p{Ll}+) $/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^ (\p{Lu}\p{L}*|\p{Ll}+)/u.exec(text.slice(end, end + 40))?.[1];
  const side = (w: string | undefined) => !!w && (/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
  return side(before) && side(after) && (/^\p{Lu}/u.test(before!) || /^\p{Lu}/u.test(after!));
}

/**
 * Whether the word at [start, end) of the file's text is the second word of a species name in italics:
 * "*Ilex crenata*", "_E. coli_" (a capitalised genus, or its initial, right before it inside the same
 * emphasis). Latin epithets are in no dictionary, and the italics say the writer meant them.
 */
export function isSpeciesEpithet(fileText: string, start: number, end: number): boolean {
  const before = /([*_])\p{Lu}(?:\p{Ll}+|\.) $/u.exec(fileText.slice(Math.max(0, start - 40), start));
  return !!before && /^\p{Ll}+$/u.test(fileText.slice(start, end)) && fileText.charAt(end) === before[1];
}

/** Particles written only joined to the surname ("abu-Bakr", "d'Souza", "o'Neill"). */
const JOINED_PARTICLES = new Set(['abu', 'ben', 'bint', 'ul', 'd', 'o']);

/** A surname joined to its particle ("al-Harthy", "bin-Salleh", "d'Souza"). */
export function joinedToParticle(word: string): boolean {
  const m = /^(\p{Ll}+)['’-]\p{Lu}\p{Ll}/u.exec(word);
  return !!m && (NAME_PARTICLES.has(m[1]) || JOINED_PARTICLES.has(m[1]));
}

/** Whether the word at `start` follows a title ("Dr", "Ms.", "Chef"). */
export function afterTitle(text: string, start: number): boolean {
  const m = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  return !!m && isTitle(m[1]);
}

/** Whether the word at `start` begins a sentence: first in the text, or after . ! ? (quotes and brackets aside). */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/["“”‘’'(*_[\s]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

/**
 * A common word (among the most frequent) one edit from `word` that the dictionary accepts in its
 * capitalisation: the word is then a typo of it. With `properOnly`, only proper nouns that are not
 * people's names count ("Tuesay" mid-sentence is a typo of "Tuesday"; "Minh" is no typo of "mini",
 * nor "Mario" of "Maria"). `maxRank` limits how common.
 */
export function nearCommonWord(word: string, dialect: Dialect, properOnly: boolean, maxRank = Infinity): string | undefined {
  const key = `${dialect}${properOnly ? 'P' : 'A'}${maxRank}${word}`;
  const cached = nearCache.get(key);
  if (cached !== undefined) return cached || undefined;
  const typed = word.replace(/’/g, "'").toLowerCase();
  let found = '';
  if (/^[a-z']+$/.test(typed) && typed.length >= 3) {
    const capitalised = word[0] !== word[0].toLowerCase();
    for (const candidate of oneEdit(typed)) {
      const rank = frequencyRank(candidate);
      // Names are often one letter from another name: only a very common proper noun (a day, a month,
      // a country) makes a capitalised word a typo.
      if (rank === undefined || rank > maxRank || (properOnly && rank > PROPER_NOUN_RANK)) continue;
      const proper = candidate[0].toUpperCase() + candidate.slice(1);
      const known = dictionaryKnows([candidate, proper], dialect);
      // A day, a month, a place: not a person's name, which a name one letter away may well be.
      const isProper = !known.get(candidate) && known.get(proper) && !isKnownTerm(proper);
      if (properOnly ? isProper : capitalised ? known.get(proper) : known.get(candidate)) {
        found = capitalised ? proper : candidate;
        break;
      }
    }
  }
  nearCache.set(key, found);
  return found || undefined;
}

const nearCache = new LruCache<string, string>(5000);

/** How common a proper noun must be (frequency rank) for a capitalised word one edit away to be its typo. */
const PROPER_NOUN_RANK = 10_000;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function* oneEdit(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) yield head + tail.slice(1);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    for (const c of LETTERS) {
      if (tail && c !== tail[0]) yield head + c + tail.slice(1);
      yield head + c + tail;
    }
  }
}

/** Whether a dictionary word is one edit (deletion, transposition, substitution, insertion) from `word`. */
function oneEditFromDictionary(word: string, dialect: Dialect): boolean {
  for (const candidate of oneEdit(word)) if (isDictionaryWord(candidate, dialect)) return true;
  return false;
}

/** The words a greeting uses besides names ("Dear Hiring Manager", "Hi team", "Dear Sir or Madam"). */
const GREETING_WORDS = new Set(['hiring', 'manager', 'managers', 'recruiter', 'recruitment', 'team', 'sir', 'madam', 'committee', 'panel', 'colleagues', 'everyone', 'all', 'there', 'talent', 'department', 'board', 'members', 'friends', 'professor', 'doctor', 'chef']);

/**
 * Whether a word after a greeting is a slip of one of the greeting's own words ("Dear Hirring Manager")
 * rather than a name: a name there may well be one letter from an ordinary word ("Sanne", "sane").
 */
export function nearGreetingWord(word: string): boolean {
  const typed = word.toLowerCase();
  if (GREETING_WORDS.has(typed)) return false;
  for (const candidate of oneEdit(typed)) if (GREETING_WORDS.has(candidate)) return true;
  return false;
}

/** A saint's name follows these (St Ultan's, Saint Aidan's), not an ordinary word. */
const SAINT = /^(?:St|Saint)$/;

/**
 * Whether the word at [start, end) stands in title case ("Brightwell Housng Trust", a subject line such as
 * "Data Analyst Positon"): the word before or after it is a capitalised ordinary word. There a capital
 * does not mark a name, so a slip from any common word counts.
 */
export function inTitleCase(text: string, start: number, end: number, dialect: Dialect): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const beforeMatch = /([\p{L}'’]+)[\s&-]+(?:(?:of|the|for|on|in|to|a|an|at)\s+)?$/u.exec(window);
  // A word capitalised because it starts the sentence ("At Sahar in Chicago") is no sign of a title.
  const before = beforeMatch && !startsSentence(text, start - window.length + beforeMatch.index) ? beforeMatch[1] : undefined;
  const after = /^[\s&-]+(?:(?:of|the|for|on|in|to|a|an|at)\s+)?([\p{L}'’]+)/u.exec(text.slice(end, end + 40))?.[1];
  const ordinaryCapitalised = (w: string | undefined) => !!w && /^\p{Lu}\p{Ll}/u.test(w) && isDictionaryWord(w.toLowerCase(), dialect);
  return (ordinaryCapitalised(before) && !SAINT.test(before!)) || ordinaryCapitalised(after);
}


/**
 * Learned prefixes that make new words of trades ("anticoagulation", "postoperatively", "hyperlocal").
 * Short prefixes (re, co, de, un, dis, mis) are left out: their boundary is where typos hide.
 */
const PREFIX = /^(anti|non|pre|post|over|under|multi|inter|intra|sub|super|hyper|hypo|counter|micro|macro|semi|neuro|cardio|immuno|pharmaco|electro|thermo|peri|trans|extra|ultra|pseudo|cross|self)-?([a-z]{7,})$/;

const prefixedCache = new LruCache<string, boolean>(2000);

/**
 * A lower-case word made of a learned prefix and a dictionary word of seven letters or more
 * ("anti" + "coagulation"), unless the whole word is one edit from a dictionary word: then it is that
 * word's typo ("interelated" for "interrelated", "transending" for "transcending").
 */
export function isPrefixedWord(word: string, dialect: Dialect): boolean {
  const m = PREFIX.exec(word);
  if (!m || !isDictionaryWord(m[2], dialect)) return false;
  const key = `${dialect}${word}`;
  const cached = prefixedCache.get(key);
  if (cached !== undefined) return cached;
  const near = oneEditFromDictionary(word, dialect);
  prefixedCache.set(key, !near);
  return !near;
}

const compoundCache = new LruCache<string, boolean>(2000);
/** How common a word one edit away must be (frequency rank) for a closed compound to be its typo. */
const COMPOUND_NEAR_RANK = 30_000;
/** Words that never open a closed compound: "everytime", "eachother", "eventhough" stay typos. */
const FUNCTION_WORD = new Set(['every', 'each', 'some', 'even', 'much', 'more', 'most', 'such', 'what', 'when', 'where', 'thank', 'very', 'also', 'into', 'onto', 'upon', 'with', 'from', 'that', 'this', 'those', 'these', 'them', 'they', 'your', 'whole', 'good']);
const CLOSED_CLASS = ['DT', 'PRP', 'IN', 'CC', 'MD', 'UH'].reduce((mask, name) => mask | (groupBit(name) ?? 0), 0);
const PRONOUN_OR_DETERMINER = (groupBit('PRP') ?? 0) | (groupBit('DT') ?? 0);

/**
 * A closed compound of two dictionary words, as trades write their terms ("failover", "termbase",
 * "stockouts", "backtesting"): both parts of four letters or more, the first a content word and the
 * second no pronoun or determiner ("thankyou"), the whole no common misspelling and not one edit from a
 * word in common use (then it is that word's typo).
 */
export function isClosedCompound(word: string, dialect: Dialect): boolean {
  if (!/^\p{Ll}{8,}$/u.test(word)) return false;
  const key = `${dialect}${word}`;
  const cached = compoundCache.get(key);
  if (cached !== undefined) return cached;
  let found = false;
  for (let i = 4; i <= word.length - 4 && !found; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    if (FUNCTION_WORD.has(first) || lexicon().tags(first).primary & CLOSED_CLASS || lexicon().tags(second).primary & PRONOUN_OR_DETERMINER) continue;
    found = isDictionaryWord(first, dialect) && isDictionaryWord(second, dialect);
  }
  if (found && commonCorrection(word)) found = false;
  if (found) {
    for (const candidate of oneEdit(word)) {
      // Only a word in common use makes the compound its slip ("bloodwork" is not a typo of "bloodworm").
      if ((frequencyRank(candidate) ?? Infinity) <= COMPOUND_NEAR_RANK && isDictionaryWord(candidate, dialect)) {
        found = false;
        break;
      }
    }
  }
  compoundCache.set(key, found);
  return found;
}

const farCache = new LruCache<string, boolean>(2000);
/** Shorter words are too easily typos of something the dictionary lacks, or abbreviations. */
const FAR_MIN_LENGTH = 6;

/**
 * Whether a lower-case word is far from every dictionary word: none is one edit away (a deletion,
 * transposition, substitution or insertion), no split makes two common words ("alot"), and it is no
 * common misspelling. A typo stays close to the word meant; a word this far from all of them is more likely a
 * term of a trade the dictionary lacks ("brunoise", "kenzans", "phalaenopsis").
 */
export function farFromDictionary(word: string, dialect: Dialect): boolean {
  if (word.length < FAR_MIN_LENGTH || !/^[a-z]+$/.test(word) || commonCorrection(word)) return false;
  const key = `${dialect}${word}`;
  const cached = farCache.get(key);
  if (cached !== undefined) return cached;
  let far = !oneEditFromDictionary(word, dialect);
  // A missing space joins two words in common use ("alot", "infact"), not a rare word and a common one
  // ("bru" + "noise").
  const common = (part: string) => frequencyRank(part) !== undefined && isDictionaryWord(part, dialect);
  for (let i = 1; far && i < word.length; i++) if (common(word.slice(0, i)) && common(word.slice(i))) far = false;
  farCache.set(key, far);
  return far;
}
