/**
 * A singular noun after words that count more than one: "a team of twelve cook", "many different aspect of
 * the role", "which of the two date", "a few intern", "several community event", "hundreds of invoice",
 * "most of the nurse". The noun is the head right after the count and its adjectives (after "several",
 * "many" and the like one noun before it may describe it: "community event"); after a number a noun
 * before another noun describes it ("a twelve month contract") and is left alone, as are nouns used
 * without a plural (time, advice, staff), names, and "most of the day" (a part of one thing).
 */
import { groupBit } from '../../language/lexicon';
import { isWord as word, normalOf, tagsOf, wordSet } from '../../language/tokenWords';
import type { Token } from '../../language/tokens';
import classes from './classes.json';
import { nounNumber, type AgreementSlip } from './subjectVerb';

const words = wordSet;
const NUMBER = words('two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety');
const MANY = words('several many various numerous multiple few both these those');
/** "hundreds of", "a couple of": the noun after "of" is plural. */
const COUNT_OF = words('hundreds dozens thousands millions couple number');
/** "one of the", "each of my": a plural noun follows. */
const ONE_OF = words('one each either neither many several few both which');
/** "most of the": a plural noun, or one thing in part ("most of the day"): only people are judged. */
const PART_OF = words('most some all none');
const DETERMINER = words('the my our your their his her these those its');
const OBJECT = words('me us them him her you it');
const COLLECTIVE = new Set(classes.COLLECTIVE as string[]);
/** A number after these is a label, not a count: "level three certificate", "Year Nine science". */
const LABEL = words('level levels year grade band stage step phase version room ward floor page section chapter tier module unit option number no item question point week day bay bed gate platform zone route line area block building site team group class set table box figure appendix slide paragraph clause article rule act code type size batch cohort round series season episode key part');
/** A number after these is part of a name: "a petit four trolley". */
const IN_A_NAME = words('petit petits');
const PEOPLE = new Set([...(classes.OCCUPATION as string[]), ...words('patient candidate applicant colleague member student pupil customer client guest resident volunteer interviewer recruiter referee child parent person friend')]);
/** Nouns used without a plural here, units and parts: "two year contract", "many thanks", "twelve noon". */
const LEFT_ALONE = new Set([
  ...(classes.UNCOUNT as string[]),
  ...(classes.MASS as string[]),
  ...(classes.INVARIANT as string[]).map((w) => w.toLowerCase()),
  ...words('time work money fun stuff effort support help pressure interest attention space room energy progress food coffee noise paperwork change travel research practice experience way while rest same world best most one kind sort type lot number couple bit part half third quarter hundred thousand million billion dozen percent per cent more less fewer other others people staff personnel noon midnight am pm data media series species means news pence police cattle clergy crew'),
]);

const bit = (name: string) => groupBit(name)!;
const NOUN = bit('N');
const ADJ = bit('JJ') | bit('JJR');

const isNoun = (t: Token | undefined) => word(t) && (tagsOf(t).primary & NOUN) !== 0 && !/^\p{Lu}/u.test(t.text);
const isAdjective = (t: Token | undefined) => word(t) && (tagsOf(t).primary & ADJ) !== 0;

/** The index where the counted noun phrase starts after the counting words at `i`, and what kind they are. */
function counted(tokens: Token[], i: number): { start: number; kind: 'number' | 'many' | 'part' } | undefined {
  const w = normalOf(tokens[i]);
  const next = tokens[i + 1] && normalOf(tokens[i + 1]);
  const afterOf = (at: number) => (word(tokens[at]) && DETERMINER.has(normalOf(tokens[at])) ? at + 1 : at);
  if (next === 'of' && (ONE_OF.has(w) || NUMBER.has(w)) && word(tokens[i + 2]) && DETERMINER.has(normalOf(tokens[i + 2]))) return { start: i + 3, kind: 'many' };
  if (next === 'of' && PART_OF.has(w) && word(tokens[i + 2]) && DETERMINER.has(normalOf(tokens[i + 2]))) return { start: i + 3, kind: 'part' };
  if (next === 'of' && COUNT_OF.has(w) && (w !== 'couple' && w !== 'number' ? true : normalOf(tokens[i - 1] ?? tokens[i]) === 'a')) return { start: afterOf(i + 2), kind: 'many' };
  if (w === 'a' && next === 'few') return { start: i + 2, kind: 'many' };
  // "two a day", "a dollar or two an hour": the noun after "a" is one of what is counted per.
  if (NUMBER.has(w) && (next === 'a' || next === 'an')) return undefined;
  if (NUMBER.has(w)) {
    const before = normalOf(tokens[i - 1] ?? tokens[i]);
    return LABEL.has(before) || IN_A_NAME.has(before) ? undefined : { start: i + 1, kind: 'number' };
  }
  // "The shifts both suit me", "we both": "both" after its noun or pronoun counts nothing here.
  if (w === 'both' && word(tokens[i - 1]) && tagsOf(tokens[i - 1]).primary & (NOUN | bit('PRP'))) return undefined;
  // "many a candidate" is singular on purpose.
  if (next === 'a' || next === 'an') return undefined;
  if (MANY.has(w) && !(w === 'few' && normalOf(tokens[i - 1] ?? tokens[i]) === 'a')) return { start: i + 1, kind: 'many' };
  return undefined;
}

/** Every singular noun counted as more than one in a block's tokens. */
export function quantifierNounSlips(tokens: Token[]): AgreementSlip[] {
  const slips: AgreementSlip[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!word(tokens[i])) continue;
    const count = counted(tokens, i);
    if (!count) continue;
    let j = count.start;
    // "two more referee", "many different aspect": adjectives and "more" before the noun.
    // ("local" is mostly a noun in the lexicon, but before another noun it describes it.)
    const describes = (t: Token | undefined, next: Token | undefined) => isAdjective(t) || (word(t) && (tagsOf(t).all & ADJ) !== 0 && isNoun(next));
    while (j < count.start + 2 && (describes(tokens[j], tokens[j + 1]) || (word(tokens[j]) && normalOf(tokens[j]) === 'more')) && !(isNoun(tokens[j]) && !isNoun(tokens[j + 1]))) j++;
    let head = j;
    if (!isNoun(tokens[head])) continue;
    // "several community event": after a count word, one noun may describe the next.
    if (isNoun(tokens[head + 1])) {
      // Only a singular noun describes another ("community event"); after a plural one the next word is
      // its verb ("many of its recommendations line up").
      if (count.kind !== 'many' || count.start !== i + 1 || isNoun(tokens[head + 2]) || nounNumber(tokens[head], false) !== 'sg') continue;
      head += 1;
    }
    const t = tokens[head];
    const after = tokens[head + 1];
    if (after && (after.text === "'" || after.text === '’' || after.text === '-')) continue;
    // "the shifts you offered both suit me": a word that can be a verb, before its object, is one.
    if (tagsOf(t).all & bit('VB') && word(after) && OBJECT.has(normalOf(after))) continue;
    // "both day and night shifts": two nouns describing a third.
    if (word(after) && (normalOf(after) === 'and' || normalOf(after) === 'or')) continue;
    const w = normalOf(t);
    // A collective noun counts like any other here ("a few local school" is two or more schools).
    const singular = nounNumber(t, false) === 'sg' || (COLLECTIVE.has(w) && !/s$/.test(w));
    if (LEFT_ALONE.has(w) || /['’]s$/.test(w) || !singular) continue;
    if (count.kind === 'part' && !PEOPLE.has(w)) continue;
    slips.push({ at: head, expected: '{pl}', why: `"${t.text}" is counted as more than one here: use its plural.` });
    i = head;
  }
  return slips;
}
