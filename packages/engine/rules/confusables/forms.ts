/**
 * Word forms the grammar fixes need: the -ing form, the he/she/it form, the plural form, the past
 * participle and the base form of a verb, the plural and singular of a noun. Regular rules with the common
 * exceptions; irregular verbs come from irregular-verbs.json, which also gives the grammar data its
 * classes of past forms and base forms that differ from the participle ("went", "send").
 */
import { groupBit, lexicon } from '../../language/lexicon';
import irregular from './irregular-verbs.json';

const IRREGULAR = irregular.verbs as Array<[string, string, string]>;
/** Base or simple past -> past participle; simple past or participle -> base. */
const PARTICIPLE = new Map<string, string>();
const BASE_OF = new Map<string, string>();
for (const [base, past, participle] of IRREGULAR) {
  PARTICIPLE.set(base, participle);
  PARTICIPLE.set(past, participle);
  BASE_OF.set(past, base);
  BASE_OF.set(participle, base);
}

/** Simple past forms that are not also the participle ("went", "spoke"): wrong after "have" or "was". */
export const PAST_NOT_PARTICIPLE = IRREGULAR.filter(([, past, participle]) => past !== participle).map(([, past]) => past);
/** Base forms that are not also the participle ("send", "give"): wrong after "has been". */
export const BASE_NOT_PARTICIPLE = IRREGULAR.filter(([base, , participle]) => base !== participle).map(([base]) => base);

const VERB_BIT = groupBit('VB')!;
const isVerb = (word: string) => word.length > 1 && (lexicon().tags(word).all & VERB_BIT) !== 0;

/** Verbs of two syllables stressed on the last, which double their final consonant (preferred, admitted). */
const STRESSED_LAST = new Set(['prefer', 'refer', 'occur', 'admit', 'commit', 'submit', 'transfer', 'control', 'regret', 'permit', 'omit', 'equip', 'compel', 'propel', 'expel', 'rebel', 'deter', 'confer', 'infer']);

/** The past participle: went → gone, send → sent, mention → mentioned, satisfy → satisfied, stop → stopped. */
export function participle(verb: string): string {
  const lower = verb.toLowerCase();
  const irregularForm = PARTICIPLE.get(lower);
  if (irregularForm) return irregularForm;
  if (lower.endsWith('ed')) return verb;
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ied';
  if (lower.endsWith('e')) return verb + 'd';
  if (/^[^aeiou]*[aeiou][bdgklmnprtvz]$/.test(lower) || STRESSED_LAST.has(lower)) return verb + verb.slice(-1) + 'ed';
  return verb + 'ed';
}

/** The base form of a verb's -ing, past or participle: starting → start, heard → hear, organised → organise. */
export function baseVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregularForm = BASE_OF.get(lower);
  if (irregularForm) return irregularForm;
  if (/[^aeiou]ied$/.test(lower)) return lower.slice(0, -3) + 'y';
  const suffix = /(?:ing|ed)$/.exec(lower);
  if (!suffix) return verb;
  const stem = lower.slice(0, -suffix[0].length);
  // "stopped" → stop; "hoping", "organised" → hope, organise (a stem ending consonant-vowel-consonant lost
  // its e); "starting", "confirmed" → start, confirm.
  if (/([bdgklmnprtz])\1$/.test(stem)) return stem.slice(0, -1);
  const withE = stem + 'e';
  const tryFirst = /[aeiouy][^aeiouwxy]$/.test(stem) && !/[aeiou]{2}[^aeiou]$/.test(stem) ? [withE, stem] : [stem, withE];
  return tryFirst.find(isVerb) ?? stem;
}

const DOUBLED: Record<string, string> = { begin: 'beginning', submit: 'submitting', refer: 'referring', commit: 'committing', prefer: 'preferring', admit: 'admitting', forget: 'forgetting' };

/** The -ing form of a verb: hear → hearing, meet → meeting, chat → chatting, see → seeing. */
export function ingForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (DOUBLED[lower]) return DOUBLED[lower];
  if (lower.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (/(?:ee|ye|oe)$/.test(lower) || lower === 'be') return verb + 'ing';
  if (lower.endsWith('e')) return verb.slice(0, -1) + 'ing';
  if (/^[^aeiou]*[aeiou][bdfgklmnprstvz]$/.test(lower)) return verb + verb.slice(-1) + 'ing';
  return verb + 'ing';
}

const THIRD_PERSON: Record<string, string> = { have: 'has', do: 'does', go: 'goes', be: 'is' };

/** The he/she/it form of a verb: explain → explains, try → tries, watch → watches. */
export function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  if (THIRD_PERSON[lower]) return THIRD_PERSON[lower];
  if (/[^aeiou]y$/.test(lower)) return verb.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z|o)$/.test(lower)) return verb + 'es';
  return verb + 's';
}

const BASE: Record<string, string> = { has: 'have', does: 'do', goes: 'go', is: 'are' };

/** The plural form of a present-tense verb: includes → include, varies → vary, matches → match. */
export function baseForm(verb: string): string {
  const lower = verb.toLowerCase();
  if (BASE[lower]) return BASE[lower];
  if (/[^aeiou]ies$/.test(lower)) return verb.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return verb.slice(0, -2);
  return lower.endsWith('s') ? verb.slice(0, -1) : verb;
}

const PLURAL: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', analysis: 'analyses', criterion: 'criteria' };

/** The plural of a noun: year → years, supplier → suppliers, city → cities, box → boxes. */
export function pluralForm(noun: string): string {
  const lower = noun.toLowerCase();
  if (PLURAL[lower]) return PLURAL[lower];
  if (/[^aeiou]y$/.test(lower)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|sh|ch|x|z)$/.test(lower)) return noun + 'es';
  return noun + 's';
}

/** The singular of a plural noun: candidates → candidate, cities → city, boxes → box. */
export function singularForm(noun: string): string {
  const lower = noun.toLowerCase();
  const irregular = Object.entries(PLURAL).find(([, plural]) => plural === lower);
  if (irregular) return irregular[0];
  if (/[^aeiou]ies$/.test(lower)) return noun.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return noun.slice(0, -2);
  return lower.endsWith('s') ? noun.slice(0, -1) : noun;
}
