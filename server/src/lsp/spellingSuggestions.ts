/**
 * Spelling suggestions for a code action, computed only when asked (they are too slow for every
 * keystroke): the one place the server gets them, from the spelling module's `suggestSpelling`.
 */
import type { Dialect } from '../engine/settings';
import { DIALECTS } from '../engine/settings';
import { suggestSpelling } from '../engine/spelling/suggest';

export function spellingSuggestions(word: string, dialect: string, fallbackDialect: Dialect): string[] {
  const known = DIALECTS.includes(dialect as Dialect) ? (dialect as Dialect) : fallbackDialect;
  return suggestSpelling(word, known);
}
