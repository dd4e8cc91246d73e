/**
 * Word forms the grammar fixes need: the -ing form, the he/she/it form and the plural form of a verb, the
 * plural and singular of a noun. Regular rules with the common exceptions; the fixes name the word.
 */

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
