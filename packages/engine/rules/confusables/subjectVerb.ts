/**
 * Subject-verb agreement across a whole subject. The grammar data's patterns see a few words either side
 * of a verb; a writer's subject is often longer ("The list of documents you asked for are attached"). This
 * reads a clause's subject from its start: a quantifier ("one of the", "a number of"), a determiner,
 * adjectives and nouns up to the head noun, then what may follow the head without changing its number
 * (prepositional phrases, "along with ...", a relative clause, "I met", "served at ...", a parenthesis
 * between commas, a second subject joined by "and"), and compares the head's number with the first verb
 * after it: only "is/are, was/were, has/have, does/do" and verbs that cannot be nouns are judged. After
 * "There" or "Here" the verb agrees with the noun phrase that follows it.
 *
 * It stays quiet wherever the number is not plain: collective nouns (a team may be either in British
 * English), names, "none", "data", nouns that are singular and plural at once, a subject it cannot read
 * to its end.
 */
import { groupBit } from '../../language/lexicon';
import { isWord, normalOf, tagsOf, wordSet } from '../../language/tokenWords';
import type { Token } from '../../language/tokens';
import { isKnownTerm } from '../../spelling/terms';
import classes from './classes.json';
import { baseForm, thirdPerson } from './forms';

export type GrammarNumber = 'sg' | 'pl';

export interface AgreementSlip {
  /** Token index of the verb that disagrees. */
  at: number;
  expected: string;
  why: string;
}

const bit = (name: string) => groupBit(name)!;
const NOUN = bit('N');
const PLURAL = bit('NNS');
const SINGULAR = bit('NN');
const PROPER = bit('NNP');
const VERB = bit('VB');
const VBZ = bit('VBZ');
const VBD = bit('VBD');
const VBN = bit('VBN');
const VBG = bit('VBG');
const ADJ = bit('JJ') | bit('JJR');
const ADV = bit('RB') | bit('RBR');
const CARDINAL = bit('CD');

const SINGULAR_VERB: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't" };
const PLURAL_VERB: Record<string, string> = Object.fromEntries(Object.entries(SINGULAR_VERB).map(([sg, pl]) => [pl, sg]));

const words = wordSet;
/** Words after which "were" may be the subjunctive with a singular subject ("if it were", "I wish the role were"). */
const SUBJUNCTIVE_OPENER = words('if unless though wish wished suppose supposing');
/** "requires that every operative pass", "essential that each driver have": after these and "that", a bare verb is the subjunctive. */
const MANDATIVE = words('require requires required requiring insist insists insisted suggest suggests suggested recommend recommends recommended request requests requested propose proposes proposed demand demands demanded ask asks asked urge urges urged advise advises advised essential vital important necessary crucial imperative mandatory compulsory');
const DETERMINER = words("the a an this that these those my our your their his her its each every all both many several some most no any another other such few various numerous");
const SINGULAR_DETERMINER = words('a an this that each every another');
const PLURAL_DETERMINER = words('these those both many several few various numerous two three four five six seven eight nine ten twelve twenty dozens hundreds thousands');
/** "one of the X", "each of my X": the quantifier is the subject, and it is singular. */
const SINGULAR_OF = words('one each either neither');
/** "both of the X", "several of my X": the quantifier is the subject, and it is plural. */
const PLURAL_OF = words('both several many few');
/** "most of the X", "a lot of X": the noun after "of" decides. */
const PARTITIVE = words('lot lots plenty most some all half rest majority bulk remainder part percent per cent third quarter');
const INDEFINITE_PRONOUN = words('everyone everybody someone somebody anyone anybody nobody no-one everything something nothing anything');
const PREPOSITION = words('of as from in at for on with about during across within under near behind between among over throughout including without like to by after before beyond inside outside around into onto towards toward regarding concerning');
/** Phrases after a subject that leave its number alone: "the leader, along with her deputies, was". */
const ALONG = words('along together alongside plus besides especially particularly including like');
const RELATIVE = words('who which that whom whose where when');
const SUBJECT_PRONOUN = words('i you we they he she it');
const OBJECT_PRONOUN = words('me you us them him her it myself yourself ourselves themselves');
/** Pronouns that can only be objects: after "suits" they make it a verb ("the programme suits me"). */
const VERB_OBJECT = words('me us them him myself ourselves themselves');
// Not "and" or "so": a clause after them is too easily part of a subject ("my passport and my permit").
const CLAUSE_OPENER = words('that because although though while whereas since but if when once unless');
/** Nouns that open a sentence as a time ("Last year I chose ..."), not as its subject. */
const TIME_NOUN = words('year years month months week weeks day days time times morning mornings evening evenings night afternoon weekend summer winter spring autumn fall term semester season quarter');
const MODAL = bit('MD');
const NOT_IN_NOUN_PHRASE = VERB | VBZ | VBD | bit('RB') | MODAL | bit('IN') | bit('PRP') | bit('DT') | bit('CC') | bit('UH');
/** Nouns in -s that are singular ("mathematics is"), and plural nouns without -s. */
const SINGULAR_IN_S = words('news mathematics maths physics genomics linguistics electronics robotics athletics gymnastics measles diabetes status campus focus bonus virus census bus gas lens process business address access success class glass loss boss');
const PLURAL_WITHOUT_S = words('people children men women police cattle criteria phenomena feet teeth mice');
/** Either number reads well: collectives (British English), and nouns used both ways. */
const EITHER = new Set([
  ...(classes.COLLECTIVE as string[]),
  ...words('data media staff personnel crew family couple majority number rest total none audience public government management faculty team panel board committee company firm department group class council agency'),
  // Amounts of a plural ("a significant minority of taxpayers are", "a growing proportion of our orders come").
  ...words('minority proportion percentage fraction handful host bunch variety range'),
  // Collectives the class list lacks (a kitchen's brigade, a trial's jury).
  ...words('brigade squad cohort unit choir orchestra cast jury congregation crowd delegation directorate partnership trust'),
  // A field of study is singular, its figures or workings plural ("statistics is my subject", "the statistics are").
  ...words('statistics economics politics ethics logistics analytics genetics mechanics dynamics graphics optics acoustics series species means headquarters premises crossroads')]);
const UNCOUNTABLE = new Set([...(classes.UNCOUNT as string[]), ...(classes.MASS as string[])]);

const MAX_SUBJECT = 24;
/** Words that describe the head right after a determiner, whatever else they can be ("the only means"). */
const DESCRIBER = words('only very same');
const NUMBER_COMPOUND = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred)-\p{L}/iu;
const AUXILIARY = words("am had be been being not did didn't");
/** Adverbs that may stand between a preposition and its object ("after just three winters"). */
const LIMITING = words('just only nearly almost roughly barely over under about around some');
/** Verbs after which a clause may start without "that": "I understand each candidate has to ...". */
const THAT_VERB = words('think thought believe believed understand understood hope hoped know knew noticed notice heard hear feel felt see saw learned learnt realise realised realize realized sure seems seemed assume assumed trust expect expected suppose guess');

const has = (t: Token, mask: number) => (tagsOf(t).all & mask) !== 0;
const primary = (t: Token, mask: number) => (tagsOf(t).primary & mask) !== 0;

/** Ends a clause: the subject never runs past these. */
const CLAUSE_STOP = new Set(['.', '!', '?', ';', ':', '(', ')', '"', '“', '”', '–', '—']);

/** The number a noun gives its verb, or undefined when either reads well or the noun is a name. */
export function nounNumber(t: Token, first: boolean): GrammarNumber | undefined {
  const w = normalOf(t);
  if (EITHER.has(w)) return undefined;
  if (SINGULAR_IN_S.has(w) || UNCOUNTABLE.has(w)) return 'sg';
  if (PLURAL_WITHOUT_S.has(w)) return 'pl';
  // A capitalised word inside a sentence is a name (a firm, a product): its number is its own; so is one
  // that starts a sentence and is a listed name ("Boots was my first employer").
  if (/^\p{Lu}/u.test(t.text) && (!first || isKnownTerm(t.text))) return undefined;
  const tags = tagsOf(t);
  if (!(tags.all & NOUN)) return undefined;
  if (tags.all & PROPER && !(tags.all & (SINGULAR | PLURAL) & ~PROPER)) return undefined;
  const plural = (tags.all & PLURAL) !== 0;
  const singular = (tags.all & SINGULAR) !== 0;
  if (plural && !singular) return 'pl';
  if (plural && singular) return w.endsWith('s') && !w.endsWith('ss') ? 'pl' : 'sg';
  return w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') ? undefined : 'sg';
}

/** A noun phrase from `i`: determiner, adjectives and nouns; its last noun is the head. */
export function nounPhrase(tokens: Token[], i: number): { end: number; head: number; determiner?: string } | undefined {
  let j = i;
  let determiner: string | undefined;
  if (isWord(tokens[j]) && (DETERMINER.has(normalOf(tokens[j])) || PLURAL_DETERMINER.has(normalOf(tokens[j])))) determiner = normalOf(tokens[j++]);
  // Without a determiner the phrase starts with a noun or an adjective: not a gerund ("Handling customers
  // is"), an adverb, a wh-word or "Please".
  // ("approved suppliers": a participle in -ed before a noun describes it.)
  const participle = isWord(tokens[j]) && primary(tokens[j], VBN | VBD) && /ed$/i.test(tokens[j].text) && isWord(tokens[j + 1]) && primary(tokens[j + 1], NOUN);
  if (!determiner && !participle && isWord(tokens[j]) && (!(tagsOf(tokens[j]).primary & (NOUN | ADJ | CARDINAL)) || /ing$/i.test(tokens[j].text))) return undefined;
  let head = -1;
  for (; j < tokens.length && j - i < 8; j++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    const w = normalOf(t);
    if (RELATIVE.has(w) || PREPOSITION.has(w) || w === 'and' || w === 'or' || SUBJECT_PRONOUN.has(w)) break;
    if (SINGULAR_VERB[w] || PLURAL_VERB[w]) break;
    const tags = tagsOf(t);
    if (tags.all & MODAL) break;
    // A possessive ("the panel's questions") is part of the determiner: the head comes after it.
    if (/['’]s$/.test(t.text) && !/^(?:it|that|there|here|what|who|he|she|let)['’]s$/i.test(t.text)) {
      head = -1;
      continue;
    }
    // A word that is mostly something else (a verb, an adverb) ends the phrase, unless it is most likely a noun.
    // Right after a determiner or an adjective a word that can be a noun is one ("the ward", "a new lead").
    // So is one after a gerund describing it ("my driving licence", "your mentoring programme").
    const afterModifier = (determiner !== undefined && (j === i + 1 || (j === i + 2 && DESCRIBER.has(normalOf(tokens[i + 1]))))) || (j > i && primary(tokens[j - 1], ADJ) && !has(tokens[j - 1], NOUN)) || (j > i && determiner !== undefined && primary(tokens[j - 1], VBG));
    // A noun after a noun, right before "is"/"are" and the like, ends a compound ("my work permit is").
    const beforeVerb = isWord(tokens[j + 1]) && (SINGULAR_VERB[normalOf(tokens[j + 1])] !== undefined || PLURAL_VERB[normalOf(tokens[j + 1])] !== undefined);
    if (participle && j === i) continue;
    // "the only means", "the very people": after a determiner these describe the head.
    if (determiner && j === i + 1 && DESCRIBER.has(w)) continue;
    // "Ward 3", "my Year 11 class": a number after a capitalised noun is part of its name.
    if (head >= 0 && head === j - 1 && /^\p{Lu}/u.test(tokens[head].text) && /^\d+$/.test(t.text)) continue;
    // "12-hour", "two-day": a number joined to a noun describes the head that follows.
    if (NUMBER_COMPOUND.test(t.text) && isWord(tokens[j + 1])) continue;
    const nounLike = (tags.primary & NOUN) !== 0 || ((tags.all & NOUN) !== 0 && (afterModifier || (head >= 0 && beforeVerb) || !(tags.primary & NOT_IN_NOUN_PHRASE)));
    // "suits me", "starts at": a word that can be a verb, followed by what follows a verb, is the verb.
    if (head >= 0 && tags.all & VBZ && isWord(tokens[j + 1]) && (VERB_OBJECT.has(normalOf(tokens[j + 1])) || primary(tokens[j + 1], bit('IN') | bit('DT') | bit('RB')))) break;
    if (nounLike || tags.primary & (ADJ | CARDINAL | VBG) || /-/.test(w)) {
      if (nounLike) head = j;
      else if (head >= 0 && !(tags.primary & ADJ)) break;
      continue;
    }
    break;
  }
  // ("Ward 3", "Level 2": a number after a capitalised head is part of its name.)
  if (head < 0 || (head !== j - 1 && !(head === j - 2 && /^\d+$/.test(tokens[j - 1].text)))) return undefined;
  return { end: j, head, determiner };
}

/** A name of one or two capitalised words ("Tuesday", "Wednesday afternoon" is a noun phrase). */
function properName(tokens: Token[], i: number): { end: number; head: number } | undefined {
  if (!isWord(tokens[i]) || !/^\p{Lu}/u.test(tokens[i].text)) return undefined;
  const end = isWord(tokens[i + 1]) && /^\p{Lu}/u.test(tokens[i + 1].text) ? i + 2 : i + 1;
  return { end, head: end - 1 };
}

/** Whether a determiner counts otherwise than its noun ("these kind", "a results"). */
function determinerDisagrees(determiner: string | undefined, n: GrammarNumber): boolean {
  return !!determiner && ((SINGULAR_DETERMINER.has(determiner) && n === 'pl') || (PLURAL_DETERMINER.has(determiner) && n === 'sg'));
}

/** Skips what may follow a subject's head without changing its number; returns the index after it. */
function skipModifiers(tokens: Token[], i: number, limit: number): number | undefined {
  let j = i;
  for (let guard = 0; guard < 8 && j < limit; guard++) {
    const t = tokens[j];
    if (!t) return j;
    const w = t.word ? normalOf(t) : t.text;
    // A parenthesis between commas: ", which lasted two hours," / ", along with her deputies," / ", who now works in Abuja,".
    if (w === ',') {
      const close = tokens.findIndex((x, k) => k > j + 1 && k < j + 16 && x.text === ',');
      const opener = tokens[j + 1] && normalOf(tokens[j + 1]);
      if (close < 0 || !opener || !(RELATIVE.has(opener) || ALONG.has(opener) || PREPOSITION.has(opener))) return j;
      if (tokens.slice(j + 1, close).some((x) => CLAUSE_STOP.has(x.text))) return undefined;
      j = close + 1;
      continue;
    }
    if (!t.word) return j;
    if ((w === 'along' || w === 'together') && tokens[j + 1] && normalOf(tokens[j + 1]) === 'with') {
      const np = objectPhrase(tokens, j + 2);
      if (!np) return undefined;
      j = np;
      continue;
    }
    // "The opportunity to mentor junior analysts was": an infinitive describing the head.
    if (w === 'to' && isWord(tokens[j + 1]) && primary(tokens[j + 1], VERB) && !primary(tokens[j + 1], NOUN)) {
      const object = objectPhrase(tokens, j + 2);
      j = object ?? j + 2;
      continue;
    }
    // "to" before a noun phrase is a preposition ("the approach to code reviews and postmortems").
    const toPhrase = w === 'to' && isWord(tokens[j + 1]) && (DETERMINER.has(normalOf(tokens[j + 1])) || (primary(tokens[j + 1], NOUN) && !primary(tokens[j + 1], VERB)));
    if ((PREPOSITION.has(w) && w !== 'to') || toPhrase) {
      // "after just three winters", "for nearly a decade": an adverb that limits the object comes first.
      const object = LIMITING.has(normalOf(tokens[j + 1] ?? t)) && isWord(tokens[j + 2]) ? j + 2 : j + 1;
      const np = objectPhrase(tokens, object);
      if (!np) return undefined;
      j = np;
      continue;
    }
    // "served at your restaurant", "organised by the council": a participle and its phrase.
    if (has(t, VBN) && !has(t, NOUN) && tokens[j + 1]?.word && PREPOSITION.has(normalOf(tokens[j + 1])) && normalOf(tokens[j + 1]) !== 'to') {
      j += 1;
      continue;
    }
    // A relative clause, with or without its pronoun: "who joins your scheme", "I spoke to", "you requested".
    if (RELATIVE.has(w) || (SUBJECT_PRONOUN.has(w) && w !== 'it') || DETERMINER.has(w)) {
      const end = relativeClause(tokens, RELATIVE.has(w) ? j + 1 : j, limit);
      if (end === undefined) return undefined;
      j = end;
      continue;
    }
    return j;
  }
  return undefined;
}

/** The object of a preposition: a noun phrase, a pronoun or a number; the index after it. */
function objectPhrase(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  if (OBJECT_PRONOUN.has(normalOf(t))) return i + 1;
  // "three winters", "two of the sites": a number and the noun it counts.
  if (has(t, CARDINAL)) return (isWord(tokens[i + 1]) && !has(tokens[i + 1], CARDINAL) ? nounPhrase(tokens, i + 1)?.end : undefined) ?? i + 1;
  // "for leaving", "of working with children": a gerund and what it takes.
  if (primary(t, VBG) && /ing$/i.test(t.text)) {
    // Its object may be a bare plural ("recruiting older adults", "managing large teams").
    const bare = isWord(tokens[i + 1]) ? nounPhrase(tokens, i + 1) : undefined;
    const object = isWord(tokens[i + 1]) && (DETERMINER.has(normalOf(tokens[i + 1])) || OBJECT_PRONOUN.has(normalOf(tokens[i + 1]))) ? objectPhrase(tokens, i + 1) : bare && nounNumber(tokens[bare.head], false) === 'pl' ? bare.end : undefined;
    return object ?? i + 1;
  }
  const np = nounPhrase(tokens, i);
  return np?.end;
}

/**
 * A relative clause from `i` (after its pronoun, if any): an optional subject (a pronoun, a noun phrase),
 * its verb group, and what the verb takes (a particle, noun phrases, prepositional phrases, adverbs). Its
 * end is where the main clause's verb stands.
 */
function relativeClause(tokens: Token[], i: number, limit: number): number | undefined {
  let j = i;
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  if (SUBJECT_PRONOUN.has(normalOf(t))) j++;
  else if (DETERMINER.has(normalOf(t))) {
    const np = nounPhrase(tokens, j);
    if (!np) return undefined;
    j = np.end;
  }
  // The clause's verb group: auxiliaries, adverbs, then a verb.
  let verbs = 0;
  while (isWord(tokens[j]) && j < limit) {
    const v = tokens[j];
    const w = normalOf(v);
    if (has(v, MODAL) || SINGULAR_VERB[w] || PLURAL_VERB[w] || AUXILIARY.has(w) || (has(v, ADV) && !has(v, NOUN))) {
      j++;
      continue;
    }
    if (has(v, VERB | VBZ | VBD | VBN | VBG)) {
      j++;
      verbs++;
    }
    break;
  }
  if (!verbs) return undefined;
  // What the verb takes, up to the main verb.
  for (let guard = 0; guard < 6 && j < limit; guard++) {
    const v = tokens[j];
    if (!v) return undefined;
    if (!v.word) return v.text === ',' ? j : undefined;
    const w = normalOf(v);
    if (SINGULAR_VERB[w] || PLURAL_VERB[w] || isLexicalVerb(v, tokens[j + 1]) || (primary(v, VERB | VBZ | VBD) && !primary(v, NOUN))) return j;
    // "while volunteering at the food bank": a clause of time inside the relative clause.
    if ((w === 'while' || w === 'when' || w === 'after' || w === 'before') && isWord(tokens[j + 1]) && primary(tokens[j + 1], VBG)) {
      j += 2;
      continue;
    }
    // "chose to specialise": an infinitive belongs to the clause.
    if (w === 'to' && isWord(tokens[j + 1]) && primary(tokens[j + 1], VERB)) {
      j += 2;
      continue;
    }
    if (PREPOSITION.has(w) || w === 'up' || w === 'out' || w === 'off' || w === 'back') {
      const np = objectPhrase(tokens, j + 1);
      j = np ?? j + 1;
      continue;
    }
    if (OBJECT_PRONOUN.has(w)) {
      j++;
      continue;
    }
    if (has(v, ADV) && !has(v, NOUN)) {
      j++;
      continue;
    }
    const np = nounPhrase(tokens, j);
    if (!np) return undefined;
    j = np.end;
  }
  return undefined;
}

const BE = words('am be been being');
const VERB_FOLLOWER = words('me us them him my our your their his her its like to very really quite so well');

/** A verb that cannot be read as a noun or adjective ("inspire", "involves"), or one that can but is followed as a verb is. */
function isLexicalVerb(t: Token, next?: Token): boolean {
  if (BE.has(normalOf(t)) || has(t, MODAL)) return false;
  const tags = tagsOf(t);
  if ((tags.primary & (VERB | VBZ)) !== 0 && !(tags.all & (NOUN | ADJ | VBG))) return true;
  // A word that is also a noun ("sounds", "matches", "look") is the verb when what follows it is what
  // follows a verb: a determiner or object ("matches my own"), an adjective ("look manageable"), "like".
  const mostlyOther = (tags.primary & (bit('IN') | bit('RB') | bit('CC') | bit('DT') | bit('PRP'))) !== 0;
  return !mostlyOther && (tags.all & (VERB | VBZ)) !== 0 && isWord(next) && (VERB_FOLLOWER.has(normalOf(next)) || primary(next, ADJ | bit('DT'))) && !primary(next, NOUN);
}

/**
 * The verb at `i` (after adverbs) and what it should be for a subject of number `n`, if it disagrees;
 * `{ agrees }` (the verb's index) when it is a verb judged and found right; undefined when it is not judged.
 */
function verbSlip(tokens: Token[], i: number, n: GrammarNumber, subject: string, amount: boolean): AgreementSlip | { agrees: number } | undefined {
  let j = i;
  while (isWord(tokens[j]) && ((primary(tokens[j], ADV) && !has(tokens[j], NOUN | VERB | VBZ) && normalOf(tokens[j]) !== 'to') || (n === 'pl' && (normalOf(tokens[j]) === 'both' || normalOf(tokens[j]) === 'all'))) && j < i + 2) j++;
  const t = tokens[j];
  if (!isWord(t)) return undefined;
  const w = normalOf(t);
  const why = `The subject ${subject} is ${n === 'sg' ? 'singular' : 'plural'}: the verb agrees with it, not with the words in between.`;
  // "Five miles is not far", "Two years was a long time": an amount is one thing.
  if (n === 'pl' && SINGULAR_VERB[w]) return amount ? undefined : { at: j, expected: SINGULAR_VERB[w], why };
  if (n === 'sg' && PLURAL_VERB[w]) return { at: j, expected: PLURAL_VERB[w], why };
  if (SINGULAR_VERB[w] || PLURAL_VERB[w]) return amount ? undefined : { agrees: j };
  // After an adverb ("often needs") a word that is mostly a verb is one: a noun does not follow "often".
  const afterAdverb = j > i && primary(t, VERB | VBZ) && !primary(t, NOUN | ADJ);
  // Right after a whole subject, a word that is mostly a verb and is followed by a preposition is the verb
  // ("the references I gave you knows about").
  const beforePreposition = primary(t, VERB | VBZ) && !primary(t, NOUN | ADJ) && isWord(tokens[j + 1]) && primary(tokens[j + 1], bit('IN')) && normalOf(tokens[j + 1]) !== 'to';
  if (!isLexicalVerb(t, tokens[j + 1]) && !afterAdverb && !beforePreposition) return undefined;
  // A verb-like word before another verb ("programme suits") may be a noun the lexicon does not know.
  const after = tokens[j + 1];
  if (!afterAdverb && isWord(after) && has(after, VERB | VBZ | VBD | MODAL) && !primary(after, NOUN | ADJ | bit('IN') | bit('DT') | bit('PRP'))) return undefined;
  if (amount && n === 'pl') return undefined;
  const tags = tagsOf(t);
  // A form in -s that the lexicon also lists as a plain present ("needs" VBZ|VBP) is the third person.
  const base = (tags.all & VERB) !== 0 && !(tags.all & VBZ && /[^s]s$/.test(w));
  if (n === 'sg' && base && !(tags.all & VBZ) && !(tags.all & VBD)) return { at: j, expected: thirdPerson(t.text), why };
  if (n === 'pl' && tags.all & VBZ && !base) return { at: j, expected: baseForm(t.text), why };
  return !amount && ((n === 'sg' && tags.all & VBZ) || (n === 'pl' && base)) ? { agrees: j } : undefined;
}

/**
 * A quantifier that is itself the subject, with the index of its "of": "one of", "each of", "every one
 * of" (singular), "both of", "several of", "many of", "few of" (plural).
 */
function quantifierSubject(tokens: Token[], i: number): { n: GrammarNumber; of: number } | undefined {
  const w = normalOf(tokens[i]);
  const next = tokens[i + 1] && normalOf(tokens[i + 1]);
  if ((w === 'every' || w === 'each') && next === 'one' && tokens[i + 2] && normalOf(tokens[i + 2]) === 'of') return { n: 'sg', of: i + 2 };
  if (next !== 'of') return undefined;
  if (SINGULAR_OF.has(w)) return { n: 'sg', of: i + 1 };
  if (PLURAL_OF.has(w)) return { n: 'pl', of: i + 1 };
  return undefined;
}

/** The subject starting at `i` (a clause's first word): its number and the index after it. */
function subjectAt(tokens: Token[], i: number): { n: GrammarNumber; end: number; text: string; amount: boolean; either?: boolean } | undefined {
  const limit = Math.min(tokens.length, i + MAX_SUBJECT);
  const t = tokens[i];
  if (!isWord(t)) return undefined;
  const w = normalOf(t);
  const quote = (from: number, to: number) => `"${tokens.slice(from, to).map((x) => x.text).join(' ')}"`;
  let n: GrammarNumber | undefined;
  let j: number;
  let headEnd: number;
  let amount = false;
  let either = false;
  const next = tokens[i + 1] && normalOf(tokens[i + 1]);
  if ((w === 'either' || w === 'neither') && !(next === 'of')) {
    // "Either Tuesday or Wednesday afternoon works": the verb agrees with the nearer subject.
    const first = nounPhrase(tokens, i + 1) ?? properName(tokens, i + 1);
    const joiner = first && tokens[first.end] && normalOf(tokens[first.end]);
    if (!first || (joiner !== 'or' && joiner !== 'nor')) return undefined;
    const second = nounPhrase(tokens, first.end + 1) ?? properName(tokens, first.end + 1);
    if (!second) return undefined;
    const number = nounNumber(tokens[second.head], true);
    if (!number) return undefined;
    const end = skipModifiers(tokens, second.end, limit);
    return end === undefined ? undefined : { n: number, end, text: quote(first.end + 1, second.end), amount: false };
  }
  // "Every one of the invoices", "both of the references": the quantifier is the subject.
  const quantifier = quantifierSubject(tokens, i);
  if (quantifier) {
    const np = objectPhrase(tokens, quantifier.of + 1);
    if (!np) return undefined;
    n = quantifier.n;
    headEnd = quantifier.of;
    j = np;
  } else if ((w === 'a' || w === 'the') && next === 'number' && normalOf(tokens[i + 2] ?? t) === 'of') {
    const np = nounPhrase(tokens, i + 3);
    if (!np) return undefined;
    n = w === 'a' ? 'pl' : 'sg';
    headEnd = i + 2;
    j = np.end;
  } else if (INDEFINITE_PRONOUN.has(w)) {
    n = 'sg';
    headEnd = i + 1;
    j = i + 1;
  } else {
    let start = i;
    // "A lot of my experience", "Most of the staff": the noun after "of" decides.
    if ((w === 'a' || w === 'the') && next && PARTITIVE.has(next) && normalOf(tokens[i + 2] ?? t) === 'of') start = i + 3;
    else if (PARTITIVE.has(w) && next === 'of') start = i + 2;
    const np = nounPhrase(tokens, start);
    if (!np) return start === i && t.sentenceStart ? gerundSubject(tokens, i, limit) : undefined;
    // "Ninety-five percent of our orders", "the rest of the staff": the noun after "of" decides; left alone.
    if (PARTITIVE.has(normalOf(tokens[np.head]))) return undefined;
    n = nounNumber(tokens[np.head], np.head === i);
    // "The company values its staff": a second noun that can be a verb, before "its" or "the", is the verb
    // ("The figures the team sent were" keeps its subject: there the noun stands alone).
    if (n === 'pl' && np.head > start && primary(tokens[np.head - 1], NOUN) && !DETERMINER.has(normalOf(tokens[np.head - 1])) && has(tokens[np.head], VBZ) && isWord(tokens[np.end]) && OBJECT_OPENER.has(normalOf(tokens[np.end]))) return undefined;
    // A head of either number ("means", "staff", "data"): its verb is right either way, once it is found.
    if (!n && EITHER.has(normalOf(tokens[np.head]))) {
      either = true;
      n = 'sg';
    }
    if (!n) return undefined;
    // A determiner that says otherwise ("these kind") is the noun rules' business.
    if (!either && determinerDisagrees(np.determiner, n)) return undefined;
    // "Each department has": "each" and "every" make even a collective singular.
    if (np.determiner && (np.determiner === 'each' || np.determiner === 'every')) {
      n = 'sg';
      either = false;
    }
    // "Last year I chose ...": a time before the subject, not the subject.
    if (TIME_NOUN.has(normalOf(tokens[np.head])) && isWord(tokens[np.end]) && SUBJECT_PRONOUN.has(normalOf(tokens[np.end]))) return undefined;
    const opener = tokens[start];
    amount = has(opener, CARDINAL) || PLURAL_DETERMINER.has(normalOf(opener));
    headEnd = np.end;
    j = np.end;
  }
  // Two subjects joined by "and" are plural ("my passport and my work permit are"), unless "each" or
  // "every" leads them ("every manager and supervisor was"). Only right after the first head: after a
  // prepositional phrase, "and" may join its objects ("the tour of the brewery and the bottling line was").
  if (isWord(tokens[j]) && normalOf(tokens[j]) === 'and') {
    const second = tokens[j + 1];
    if (!isWord(second)) return undefined;
    if (w === 'each' || w === 'every') {
      // "Every manager and supervisor I met was": each one of them, singular.
      const np = nounPhrase(tokens, j + 1);
      if (!np || np.determiner) return undefined;
      const end = skipModifiers(tokens, np.end, limit);
      return end === undefined ? undefined : { n: 'sg', end, text: quote(i, np.end), amount: false };
    }
    let end: number | undefined;
    if (normalOf(second) === 'i' || normalOf(second) === 'myself') end = j + 2;
    else {
      const np = nounPhrase(tokens, j + 1);
      // Without a determiner of its own the second noun may make one thing with the first ("fish and
      // chips", "the bread and butter of my role").
      if (!np || (!np.determiner && !(n === 'pl' && nounNumber(tokens[np.head], false) === 'pl'))) return undefined;
      end = skipModifiers(tokens, np.end, limit);
    }
    if (end === undefined) return undefined;
    return { n: 'pl', end, text: quote(i, end), amount: false };
  }
  const afterHead = skipModifiers(tokens, j, limit);
  if (afterHead === undefined) return undefined;
  j = afterHead;
  if (isWord(tokens[j]) && (normalOf(tokens[j]) === 'and' || normalOf(tokens[j]) === 'or')) return undefined;
  return { n, end: j, text: quote(i, headEnd), amount, either };
}

/**
 * A sentence that opens with a gerund and what it takes ("Managing the rotas for three wards was",
 * "Working with children and their families has"): one activity, singular. Only with a determiner or a
 * preposition after the gerund ("Training sessions are" is a compound noun), and not two gerunds joined
 * by "and" ("Cooking and cleaning are").
 */
function gerundSubject(tokens: Token[], i: number, limit: number): { n: GrammarNumber; end: number; text: string; amount: boolean } | undefined {
  const gerund = tokens[i];
  const next = tokens[i + 1];
  if (!has(gerund, VBG) || !/ing$/i.test(gerund.text) || !isWord(next)) return undefined;
  const w = normalOf(next);
  let j: number | undefined;
  if (PREPOSITION.has(w) && w !== 'to') j = skipModifiers(tokens, i + 1, limit);
  else if (DETERMINER.has(w) || PLURAL_DETERMINER.has(w)) {
    const object = objectPhrase(tokens, i + 1);
    j = object === undefined ? undefined : skipModifiers(tokens, object, limit);
  }
  // Objects joined by "and" ("with children and their families").
  while (j !== undefined && isWord(tokens[j]) && normalOf(tokens[j]) === 'and') {
    const after = tokens[j + 1];
    if (!isWord(after) || primary(after, VBG)) return undefined;
    const object = objectPhrase(tokens, j + 1);
    j = object === undefined ? undefined : skipModifiers(tokens, object, limit);
  }
  if (j === undefined) return undefined;
  // "Watching the team dismantle the beech was": after watching, seeing or letting, a base verb and its
  // object complete the gerund's object; the subject's verb comes after them.
  if (PERCEIVING.has(normalOf(gerund)) && isWord(tokens[j]) && has(tokens[j], VERB)) {
    j = skipModifiers(tokens, objectPhrase(tokens, j + 1) ?? j + 1, limit);
    if (j === undefined) return undefined;
  }
  // "Seeing your cue stack for the production was": a word that can be a noun, with "was" still to come in
  // the clause, ends the object; the subject reaches further than this reading sees.
  if (has(tokens[j], NOUN) && beVerbAhead(tokens, j + 1)) return undefined;
  return { n: 'sg', end: j, text: `"${tokens.slice(i, j).map((x) => x.text).join(' ')}"`, amount: false };
}

/**
 * Verbs of seeing and hearing, after which a noun and a bare verb say what was seen ("saw the crew weld",
 * "heard the supervisor explain"). Not "see", "hear" or "feel": "I feel the role suit me" and "I hear the firm plan" report a clause, whose verb agrees.
 */
const SMALL_CLAUSE_VERB = words('saw watched watch watching heard noticed observed');
/** Words that open an object, so the word before them is a verb ("values its staff", "runs the site"). */
const OBJECT_OPENER = words('its their his her our my your the a an this these those every each');

/** Gerunds whose object a bare verb may follow ("watching the crew rig", "letting the team decide"). */
const PERCEIVING = words('watching seeing hearing noticing observing letting making helping having feeling');

/** Whether a form of "be", "have" or "do" comes within the next eight words of the clause. */
function beVerbAhead(tokens: Token[], from: number): boolean {
  for (let k = from; k < from + 8 && isWord(tokens[k]); k++) if (SINGULAR_VERB[normalOf(tokens[k])] || PLURAL_VERB[normalOf(tokens[k])]) return true;
  return false;
}

const EXISTENTIAL_ADVERB = words('still also currently now only just always already definitely actually certainly usually often');

/** "There is/are ..." and "Here is/are ...": the verb agrees with the noun phrase after it. */
function existentialSlip(tokens: Token[], i: number): AgreementSlip | undefined {
  const verb = tokens[i + 1];
  if (!isWord(verb)) return undefined;
  const v = normalOf(verb);
  let phrase = i + 2;
  if ((v === 'has' || v === 'have' || v === "hasn't" || v === "haven't") && normalOf(tokens[i + 2] ?? verb) === 'been') phrase = i + 3;
  else if ((v === 'seem' || v === 'seems' || v === 'appear' || v === 'appears') && normalOf(tokens[i + 2] ?? verb) === 'to' && normalOf(tokens[i + 3] ?? verb) === 'be') phrase = i + 4;
  else if (!SINGULAR_VERB[v] && !PLURAL_VERB[v]) return undefined;
  const n = numberAfterThere(tokens, phrase);
  if (!n) return undefined;
  const why = `After "${tokens[i].text}", the verb agrees with what follows it, which is ${n === 'sg' ? 'singular' : 'plural'}.`;
  if (v === 'seem' && n === 'sg') return { at: i + 1, expected: 'seems', why };
  if (v === 'seems' && n === 'pl') return { at: i + 1, expected: 'seem', why };
  if (v === 'appear' && n === 'sg') return { at: i + 1, expected: 'appears', why };
  if (v === 'appears' && n === 'pl') return { at: i + 1, expected: 'appear', why };
  if (n === 'pl' && SINGULAR_VERB[v]) return { at: i + 1, expected: SINGULAR_VERB[v], why };
  if (n === 'sg' && PLURAL_VERB[v]) return { at: i + 1, expected: PLURAL_VERB[v], why };
  return undefined;
}

const WH_WORD = words('where when why how what which who');

/**
 * The number of what follows "there is/are" from `phrase` on, adverbs first ("There is still two
 * certificates"); undefined where it is not plain ("a lot of", a compound, "no doubt" aside).
 */
function numberAfterThere(tokens: Token[], phrase: number): GrammarNumber | undefined {
  while (isWord(tokens[phrase]) && EXISTENTIAL_ADVERB.has(normalOf(tokens[phrase]))) phrase++;
  const first = tokens[phrase];
  if (!isWord(first)) return undefined;
  const f = normalOf(first);
  const second = normalOf(tokens[phrase + 1] ?? first);
  if (f === 'a' && ['few', 'number', 'couple'].includes(second)) return 'pl';
  if (f === 'a' && ['lot', 'range', 'variety'].includes(second)) return undefined;
  if (PLURAL_DETERMINER.has(f) || f === 'lots') return 'pl';
  if (f === 'a' || f === 'an' || f === 'one' || f === 'another' || f === 'much') return 'sg';
  const np = nounPhrase(tokens, phrase);
  if (!np) return undefined;
  // "There is no doubt", "any questions": number from the noun; a compound ("a ward and a clinic") is left alone.
  if (tokens[np.end] && normalOf(tokens[np.end]) === 'and') return undefined;
  return nounNumber(tokens[np.head], false);
}

/** "There's still two documents": "there's" before a plural is "there are" (not "there's lots of", said of amounts). */
function contractedExistentialSlip(tokens: Token[], i: number): AgreementSlip | undefined {
  if (numberAfterThere(tokens, i + 1) !== 'pl' || tokens.slice(i + 1, i + 4).some((t) => t.word && normalOf(t) === 'lots')) return undefined;
  const word = normalOf(tokens[i]) === "here's" ? 'here' : 'there';
  const expected = `${/^\p{Lu}/u.test(tokens[i].text) ? word[0].toUpperCase() + word.slice(1) : word} are`;
  return { at: i, expected, why: `After "${word}", the verb agrees with what follows it, which is plural.` };
}

/** "Is the forms ready?", "Has the other candidates ...": a question's verb agrees with the subject after it. */
function questionSlip(tokens: Token[], i: number): AgreementSlip | undefined {
  const verb = normalOf(tokens[i]);
  const next = tokens[i + 1];
  if (!isWord(next) || !DETERMINER.has(normalOf(next))) return undefined;
  const np = nounPhrase(tokens, i + 1);
  if (!np || !np.determiner) return undefined;
  const n = nounNumber(tokens[np.head], false);
  if (!n || determinerDisagrees(np.determiner, n)) return undefined;
  // "Is the team and the panel ...": a second subject makes it plural; left alone.
  if (isWord(tokens[np.end]) && (normalOf(tokens[np.end]) === 'and' || normalOf(tokens[np.end]) === 'or')) return undefined;
  // "Were the role to become full time, I would ...": an inverted condition, in the subjunctive.
  if (verb === 'were' && isWord(tokens[np.end]) && normalOf(tokens[np.end]) === 'to') return undefined;
  const why = `The question's subject "${tokens.slice(i + 1, np.end).map((x) => x.text).join(' ')}" is ${n === 'sg' ? 'singular' : 'plural'}: the verb before it agrees with it.`;
  if (n === 'pl' && SINGULAR_VERB[verb]) return { at: i, expected: SINGULAR_VERB[verb], why };
  if (n === 'sg' && PLURAL_VERB[verb]) return { at: i, expected: PLURAL_VERB[verb], why };
  return undefined;
}

/** What the whole-subject reading found in a block: the verbs that disagree, and those it read as agreeing. */
export interface SubjectVerbReading {
  slips: AgreementSlip[];
  /** Token indexes of verbs whose whole subject was read and agrees with them ("each of my inspections has"). */
  agreeing: Set<number>;
}

const VBZ_OR_PAST = (groupBit('VBZ') ?? 0) | (groupBit('VBD') ?? 0);

/** Whether the clause at `i` follows "that" after a word of requiring ("requires that", "essential that"). */
function mandativeThat(tokens: Token[], i: number): boolean {
  const that = tokens[i - 1];
  const before = tokens[i - 2];
  return isWord(that) && normalOf(that) === 'that' && isWord(before) && MANDATIVE.has(normalOf(before));
}

/** Every verb in a block's tokens that disagrees with its clause's subject, and those that agree with it. */
export function readSubjectVerbs(tokens: Token[]): SubjectVerbReading {
  const slips: AgreementSlip[] = [];
  const agreeing = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    const previous = tokens[i - 1];
    const determinerHere = DETERMINER.has(normalOf(t)) || PLURAL_DETERMINER.has(normalOf(t));
    const opensClause =
      t.sentenceStart ||
      (determinerHere && previous && ((previous.word && (CLAUSE_OPENER.has(normalOf(previous)) || THAT_VERB.has(normalOf(previous)))) || previous.text === ';' || previous.text === ':'));
    if (t.sentenceStart && (SINGULAR_VERB[normalOf(t)] || PLURAL_VERB[normalOf(t)])) {
      const slip = questionSlip(tokens, i);
      if (slip) slips.push(slip);
      continue;
    }
    const w = normalOf(t);
    // "There's still two documents": the contracted "is" agrees with what follows it too.
    if ((w === "there's" || w === "here's") && (t.sentenceStart || previous?.text === ',' || previous?.text === ';')) {
      const slip = contractedExistentialSlip(tokens, i);
      if (slip) slips.push(slip);
      continue;
    }
    // "Where is the training sessions held?", "Why does the opening hours change?": after a wh-word the
    // verb agrees with the subject that follows it.
    if (t.sentenceStart && WH_WORD.has(w) && isWord(tokens[i + 1]) && (SINGULAR_VERB[normalOf(tokens[i + 1])] || PLURAL_VERB[normalOf(tokens[i + 1])])) {
      const slip = questionSlip(tokens, i + 1);
      if (slip) slips.push(slip);
      continue;
    }
    // "there" opens a clause after a comma or a clause opener too ("Having thought about it, there is a few").
    const thereMidSentence = w === 'there' && previous && (previous.text === ',' || previous.text === ';' || (previous.word && (CLAUSE_OPENER.has(normalOf(previous)) || THAT_VERB.has(normalOf(previous)))));
    if ((w === 'there' || w === 'here') && (t.sentenceStart || thereMidSentence)) {
      const slip = existentialSlip(tokens, i);
      if (slip) slips.push(slip);
      continue;
    }
    if (!opensClause) continue;
    const subject = subjectAt(tokens, i);
    if (!subject) continue;
    if (subject.either) {
      // Either form of the verb agrees: mark whichever verb stands there as agreeing.
      const reading = verbSlip(tokens, subject.end, 'sg', subject.text, false) ?? verbSlip(tokens, subject.end, 'pl', subject.text, false);
      if (reading) agreeing.add('agrees' in reading ? reading.agrees : reading.at);
      continue;
    }
    const slip = verbSlip(tokens, subject.end, subject.n, subject.text, subject.amount);
    if (slip && 'agrees' in slip) agreeing.add(slip.agrees);
    // "If a January start were essential", "as if the plan were": "were" after "if" is the subjunctive.
    else if (slip && normalOf(tokens[slip.at]) === 'were' && previous?.word && SUBJUNCTIVE_OPENER.has(normalOf(previous))) agreeing.add(slip.at);
    // "It is essential that each driver have": a singular subject with the bare verb, after a word of requiring.
    else if (slip && subject.n === 'sg' && mandativeThat(tokens, i) && !(tagsOf(tokens[slip.at]).all & VBZ_OR_PAST)) agreeing.add(slip.at);
    // "I saw one of the apprentices weld a frame": after a verb of seeing or hearing, a bare verb completes
    // what was seen; it is no verb of a subject.
    else if (slip && previous?.word && SMALL_CLAUSE_VERB.has(normalOf(previous)) && !SINGULAR_VERB[normalOf(tokens[slip.at])] && !PLURAL_VERB[normalOf(tokens[slip.at])]) continue;
    else if (slip) slips.push(slip);
  }
  return { slips, agreeing };
}
