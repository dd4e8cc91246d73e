/**
 * A pronoun that refers back to a noun of the other number in its own sentence: "I read your annual report
 * and found them very informative" (it), "The interview questions were hard, but I enjoyed answering it"
 * (them). The noun is the head of the last noun phrase before a clause break ("and", "but", "so", a comma,
 * a semicolon), and no other noun phrase stands between the break and the pronoun.
 *
 * "them" is so often said of people the sentence does not name ("I enjoyed the visit and thanked them")
 * that it is judged only where every noun before it is singular and no person, and never after a verb said
 * of people (thank, meet, ask ...). "it" is judged only as an object, not as the empty "it" of "found it
 * useful to" or the subject of a clause ("I think it went well").
 */
import { groupBit } from '../../language/lexicon';
import { normalOf, tagsOf, wordSet } from '../../language/tokenWords';
import type { Token } from '../../language/tokens';
import classes from './classes.json';
import { nounNumber, nounPhrase, type AgreementSlip, type GrammarNumber } from './subjectVerb';


const words = wordSet;
const BREAK = words('and but so yet ;');
const SENTENCE_END = new Set(['.', '!', '?']);
/** Words that make what follows a phrase of its own: a noun after them is an antecedent candidate. */
const NP_START = words('the a an this that these those my our your their his her its each every several many some two three four five more much less enough any no another');
/** Verbs said of people: "them" after them is the people the writer met, named or not. */
const PEOPLE_VERB = words('thank thanked thanking meet met meeting see seeing saw seen tell told ask asked contact contacted let join joined help helped support supported show showed give gave invite invited introduce introduced call called email emailed inform informed remind reminded visit visited mentor mentored train trained teach taught manage managed lead led supervise supervised reassure reassured update updated wish wished congratulate congratulated assure assured hear heard know knew like liked');
const PEOPLE_NOUN = new Set([...(classes.OCCUPATION as string[]), ...words('person people manager colleague colleagues referee referees interviewer interviewers recruiter candidate friend mentor tutor supervisor director head lead client customer patient student pupil child parent family team panel staff everyone everybody someone somebody anyone anybody nobody member members chef nurse doctor teacher')]);
const PLURAL_PRONOUN = words('we us they them these those');
/** Verbs whose object "it" is often a situation or a piece of news rather than a noun before it. */
const PROPOSITION_VERB = words('hear heard hearing tell told telling say said mention mentioned mentioning notice noticed noticing know knew explain explained explaining understand understood raise raised flag flagged');
const AMOUNT_UNIT = words('years months weeks days hours minutes decades pounds dollars euros');
const MODIFIER = words('the a an my our your their his her its these those some any both several many few other own');

const bit = (name: string) => groupBit(name)!;
const VERB = bit('VB') | bit('VBZ') | bit('VBD') | bit('VBN') | bit('VBG');
const ADJ = bit('JJ') | bit('JJR');



interface Head {
  index: number;
  n: GrammarNumber | undefined;
  person: boolean;
}

/** Every pronoun in a block's tokens whose number disagrees with the noun it refers back to. */
export function pronounSlips(tokens: Token[]): AgreementSlip[] {
  const slips: AgreementSlip[] = [];
  let heads: Head[] = [];
  let pluralSeen = false;
  let singularSeen = false;
  let lastBreak = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.word && t.sentenceStart) {
      heads = [];
      pluralSeen = false;
      singularSeen = false;
      lastBreak = -1;
    }
    if (!t.word) {
      if (SENTENCE_END.has(t.text)) heads = [];
      if (t.text === ',' || t.text === ';') lastBreak = i;
      continue;
    }
    const w = normalOf(t);
    if (BREAK.has(w)) {
      // "X and Y" joins two noun phrases: a plural thing the pronoun may mean.
      const next = tokens[i + 1];
      if (w === 'and' && heads.length && heads[heads.length - 1].index === i - 1 && next?.word && NP_START.has(normalOf(next))) pluralSeen = true;
      lastBreak = i;
      continue;
    }
    if (PLURAL_PRONOUN.has(w) && w !== 'them') pluralSeen = true;
    // Any plural noun, or any singular one, may be what a pronoun means, with or without a determiner.
    // (Only words that cannot be verbs: "suit" in "both suit me" is not a thing the pronoun may mean.)
    const nounOnly = !(tagsOf(t).all & VERB);
    if (nounOnly && tagsOf(t).primary & bit('NNS')) pluralSeen = true;
    // A plural that can be a verb too is a noun after a determiner or an adjective, or before "of"
    // ("copies of my card", "my weld maps"): "them" may mean it.
    if (!nounOnly && tagsOf(t).primary & bit('NNS') && /s$/i.test(t.text) && nounPosition(tokens, i)) pluralSeen = true;
    if (nounOnly && tagsOf(t).primary & bit('NN') && !(tagsOf(t).primary & bit('NNS')) && !t.sentenceStart) singularSeen = true;
    if (NP_START.has(w) || (heads.length === 0 && t.sentenceStart)) {
      const np = nounPhrase(tokens, i);
      if (np) {
        const head = tokens[np.head];
        // "I spent four years there and enjoyed it": an amount of time or money is one thing to "it".
        const amount = ((tagsOf(t).all & bit('CD')) !== 0 || w === 'several') && AMOUNT_UNIT.has(normalOf(head));
        const n = amount ? undefined : nounNumber(head, np.head === 0 || head.sentenceStart);
        heads.push({ index: np.head, n, person: PEOPLE_NOUN.has(normalOf(head)) });
        if (n === 'pl') pluralSeen = true;
        i = np.end - 1;
        continue;
      }
    }
    if ((w === 'it' || w === 'them') && heads.length && lastBreak > heads[heads.length - 1].index) {
      const last = heads[heads.length - 1];
      const previous = tokens[i - 1];
      const next = tokens[i + 1];
      if (!previous?.word) continue;
      const objectSlot = (tagsOf(previous).all & (VERB | bit('IN'))) !== 0;
      if (!objectSlot) continue;
      // "hear it from me", "mention it": after a verb of saying or knowing, "it" is the news, not a noun.
      if (w === 'it' && last.n === 'pl' && !last.person && !PROPOSITION_VERB.has(normalOf(previous))) {
        // Not the empty "it" ("found it useful to", "make it clear that") nor a clause's subject ("think it went").
        if (next?.word && (tagsOf(next).primary & (ADJ | VERB | bit('MD') | bit('RB')) || words('to that as how what when whether if').has(normalOf(next)))) continue;
        if (heads.some((h) => h.n === 'sg') || singularSeen) continue;
        slips.push({ at: i, expected: 'them', why: `It refers back to "${tokens[last.index].text}", which is plural.` });
      } else if (w === 'them' && last.n === 'sg' && !pluralSeen && heads.every((h) => h.n === 'sg' && !h.person) && !PEOPLE_VERB.has(normalOf(previous))) {
        slips.push({ at: i, expected: 'it', why: `It refers back to "${tokens[last.index].text}", which is singular.` });
      }
    }
  }
  return slips;
}

/** Whether the word at `i` stands where a noun does: after a determiner, an adjective or a noun, or before "of". */
function nounPosition(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.word && normalOf(next) === 'of') return true;
  if (!previous?.word) return false;
  return MODIFIER.has(normalOf(previous)) || (tagsOf(previous).primary & ADJ) !== 0 || (tagsOf(previous).all & bit('N')) !== 0;
}
